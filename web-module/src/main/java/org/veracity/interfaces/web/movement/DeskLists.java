package org.veracity.interfaces.web.movement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Form input as the R16 use cases take it: identifiers one per line (or comma-separated), moments in UTC. */
final class DeskLists {

    private DeskLists() {
    }

    /** Lines, or commas too when {@code commas}; blanks dropped. Phrases keep their commas. */
    static List<String> parse(String text, boolean commas) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(commas ? "[\\r\\n,]+" : "[\\r\\n]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    static Instant utc(LocalDateTime at) {
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
