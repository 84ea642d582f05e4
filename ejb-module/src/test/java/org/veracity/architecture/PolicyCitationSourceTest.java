package org.veracity.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * R14 (issue 14): an enforcement cites the policy version in force, found through {@code PolicyVersions};
 * a version written into the code ("fact-check-ratings@v1") would go on being cited after a policy lead
 * publishes v2. This reads every main source file of every module and refuses such a literal.
 */
class PolicyCitationSourceTest {

    private static final Pattern LITERAL_CITATION = Pattern.compile("\"[a-z0-9-]*@v[0-9]+\"");
    private static final List<String> MODULES = List.of("ejb-module", "web-module", "batch-module");

    @Test
    void no_main_source_cites_a_policy_version_literally() {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> found = new ArrayList<>();
        int files = 0;
        for (String module : MODULES) {
            Path sources = root.resolve(module).resolve("src/main/java");
            for (Path file : javaFiles(sources)) {
                files++;
                found.addAll(literalsIn(root, file));
            }
        }
        assertTrue(files > 100, "expected to read the main sources of " + MODULES + ", read " + files + " files");
        assertEquals(List.of(), found, "policy versions must come from PolicyVersions, not literals");
    }

    @Test
    void the_check_finds_a_literal_citation() {
        assertTrue(LITERAL_CITATION.matcher("record(actor, item, \"RATED\", \"fact-check-ratings@v1\", why)").find());
        assertTrue(LITERAL_CITATION.matcher("PolicyCodes.TEMPORARY_DEMOTION + \"@v1\"").find());
    }

    /** Comments and OpenAPI examples show what a citation looks like; they cite nothing. */
    private static boolean isDocumentation(String line) {
        String code = line.trim();
        return code.startsWith("*") || code.startsWith("//") || code.matches(".*\\bexample\\s*=\\s*\"[a-z0-9-]*@v[0-9]+\".*");
    }

    private static List<Path> javaFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> literalsIn(Path root, Path file) {
        List<String> found = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = LITERAL_CITATION.matcher(lines.get(i));
                if (m.find() && !isDocumentation(lines.get(i))) {
                    found.add(root.relativize(file) + ":" + (i + 1) + " " + m.group());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
