package org.veracity.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * docs/operations.md promises a row for every configuration key, with its default and its
 * environment-variable form. Keys get added with features; this keeps the promise true.
 */
class OperationsDocumentationIT {

    @Test
    void everyConfigurationKeyIsDocumentedWithDefaultAndEnvironmentVariable() throws IOException {
        String root = System.getProperty("veracity.it.repoRoot");
        assertNotNull(root, "run through Maven: mvn verify -pl ear");
        Path repo = Path.of(root);
        Properties keys = new Properties();
        try (Reader in = Files.newBufferedReader(
                repo.resolve("ejb-module/src/main/resources/META-INF/microprofile-config.properties"))) {
            keys.load(in);
        }
        List<String> rows = Files.readAllLines(repo.resolve("docs/operations.md")).stream()
                .filter(line -> line.startsWith("| `veracity.")).toList();

        List<String> missing = keys.stringPropertyNames().stream().sorted().filter(key -> {
            String value = keys.getProperty(key);
            String expected = "| `" + key + "` | " + (value.isEmpty() ? "(empty)" : "`" + value + "`")
                    + " | `" + environmentForm(key) + "` |";
            return rows.stream().noneMatch(row -> row.startsWith(expected));
        }).map(key -> key + "=" + keys.getProperty(key)).toList();

        assertEquals(List.of(), missing,
                "keys without an up-to-date row in docs/operations.md (| `key` | `default` | `ENV_FORM` | meaning |)");
    }

    /** MicroProfile Config's environment-variable form of a property name. */
    private static String environmentForm(String key) {
        return key.replaceAll("[^A-Za-z0-9_]", "_").toUpperCase(Locale.ROOT);
    }
}
