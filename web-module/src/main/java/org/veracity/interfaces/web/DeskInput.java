package org.veracity.interfaces.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Form input as the use cases take it: lists split from one text field, moments in UTC. */
public final class DeskInput {

    /** One entry per line, or separated by commas too. */
    public static final String LINES_OR_COMMAS = "[\\r\\n,]+";
    /** One entry per line; commas stay inside an entry (phrases). */
    public static final String LINES = "[\\r\\n]+";
    /** Separated by commas or any white space (ids, codes, hashes). */
    public static final String COMMAS_OR_SPACES = "[,\\s]+";
    /** Separated by white space (links). */
    public static final String SPACES = "\\s+";

    private DeskInput() {
    }

    /** The entries of {@code text} between {@code separators} (a regular expression), stripped; blanks dropped. */
    public static List<String> list(String text, String separators) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The desk's date pickers show UTC. */
    public static Instant utc(LocalDateTime at) {
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
