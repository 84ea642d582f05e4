package org.veracity.infrastructure.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.veracity.domain.transparency.DumpManifest;

class DumpFilesTest {

    private static final List<String> HEADER = List.of("id", "claim", "appearanceUrl");
    private static final List<List<?>> ROWS = List.of(Arrays.asList(1, "He said, \"no\"\nthen left", null),
            Arrays.asList(2, "plain", "https://example.org/a"));

    @Test
    void the_same_rows_give_the_same_bytes_with_no_time_in_the_gzip_header() throws IOException {
        byte[] first = DumpFiles.csvGz(HEADER, ROWS);
        byte[] again = DumpFiles.csvGz(HEADER, ROWS);
        assertArrayEquals(first, again);
        assertEquals(0, first[4] | first[5] | first[6] | first[7], "MTIME is zero");
        assertEquals(0, first[3], "no FNAME, FCOMMENT or FEXTRA flag");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(first))) {
            assertEquals("id,claim,appearanceUrl\n1,\"He said, \"\"no\"\"\nthen left\",\n2,plain,https://example.org/a\n",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), "RFC 4180 quoting, \\n line ends");
        }
    }

    @Test
    void the_manifest_names_each_file_with_rows_bytes_and_sha256_and_no_time_of_generation() {
        byte[] file = DumpFiles.csvGz(HEADER, ROWS);
        DumpManifest m = new DumpManifest(LocalDate.parse("2026-12-03"),
                List.of(new DumpManifest.Entry("fact-checks.csv.gz", 2, file.length, DumpFiles.sha256(file))));
        assertEquals("{\"day\":\"2026-12-03\",\"files\":[{\"name\":\"fact-checks.csv.gz\",\"rows\":2,\"bytes\":" + file.length
                + ",\"sha256\":\"" + DumpFiles.sha256(file) + "\"}]}\n", new String(DumpFiles.manifest(m), StandardCharsets.UTF_8));
        assertEquals(64, DumpFiles.sha256(file).length());
    }
}
