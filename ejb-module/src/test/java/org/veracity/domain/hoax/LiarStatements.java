package org.veracity.domain.hoax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the LIAR data set (Wang 2017): {@code train.tsv}, {@code valid.tsv}, {@code test.tsv}, 14 tab-separated
 * columns; column 1 is the statement id, 2 its PolitiFact rating, 3 the statement, 4 the subjects, 5 the speaker.
 * Test support only: the evaluation fixture and the benchmark are built from it.
 */
public final class LiarStatements {

    /** A few statements carry JSON escapes such as {@code \u201C} as literal text; they are decoded. */
    private static final Pattern LITERAL_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    private LiarStatements() {
    }

    public record Statement(String id, String rating, String text, List<String> subjects, String speaker) {

        public boolean isFalse() {
            return rating.equals("false") || rating.equals("pants-fire");
        }
    }

    public static List<Statement> read(Path liarDirectory) {
        List<Statement> statements = new ArrayList<>();
        for (String file : List.of("train.tsv", "valid.tsv", "test.tsv")) {
            Path path = liarDirectory.resolve(file);
            try {
                for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                    String[] columns = line.split("\t", -1);
                    if (columns.length < 5 || columns[2].isBlank()) {
                        continue;
                    }
                    statements.add(new Statement(columns[0].replace(".json", ""), columns[1],
                            clean(columns[2]), Arrays.asList(columns[3].split(",")), columns[4]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read LIAR file " + path, e);
            }
        }
        return statements;
    }

    static String clean(String statement) {
        Matcher m = LITERAL_ESCAPE.matcher(statement);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
