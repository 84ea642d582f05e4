package org.veracity.interfaces.batch.exemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veracity.application.ExemptionService.RankedHost;

class RankingSurveyTest {

    @TempDir
    Path dir;

    @Test
    void a_tranco_style_file_with_header_crlf_bom_and_host_names_is_accepted() throws IOException {
        Path file = write("\uFEFFrank,domain\r\n1,Google.com\r\n2,\"news.bbc.co.uk\"\r\n\r\n3,www.example.org.\r\n");
        RankingSurvey survey = RankingSurvey.of(file);
        assertEquals(3, survey.rows);
        assertEquals(0, survey.unreadable);
        assertTrue(survey.problem(3, 0.01).isEmpty());
        assertEquals(List.of(new RankedHost(1, "google.com"), new RankedHost(2, "news.bbc.co.uk"),
                new RankedHost(3, "www.example.org")), entries(file));
    }

    @Test
    void an_empty_file_or_one_with_only_a_header_is_rejected() throws IOException {
        assertEquals("empty: no ranking rows", RankingSurvey.of(write("")).problem(1, 0.01).orElseThrow());
        assertEquals("empty: no ranking rows", RankingSurvey.of(write("rank,domain\n")).problem(1, 0.01).orElseThrow());
    }

    @Test
    void fewer_rows_than_the_top_n_is_truncated() throws IOException {
        assertTrue(RankingSurvey.of(write("1,a.com\n2,b.com\n")).problem(3, 0.01).orElseThrow().startsWith("truncated: 2 readable rows"));
    }

    @Test
    void ranks_that_do_not_start_at_one_or_do_not_increase_are_rejected() throws IOException {
        assertTrue(RankingSurvey.of(write("2,a.com\n3,b.com\n")).problem(2, 0.01).orElseThrow().contains("start at 2"));
        assertTrue(RankingSurvey.of(write("1,a.com\n3,b.com\n2,c.com\n")).problem(3, 0.01).orElseThrow()
                .contains("rank 2 follows rank 3 at record 3"));
    }

    @Test
    void more_unreadable_rows_than_the_allowed_share_is_garbled() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            rows.append(i == 50 || i == 150 ? "x?!,<html>" : i + ",site" + i + ".com").append('\n');
        }
        RankingSurvey survey = RankingSurvey.of(write(rows.toString()));
        assertEquals(2, survey.unreadable);
        assertTrue(survey.problem(100, 0.01).isEmpty(), "2 of 200 is exactly the 1% allowed");
        assertTrue(survey.problem(100, 0.005).orElseThrow().startsWith("garbled: 2 of 200 rows unreadable"));
    }

    @Test
    void an_unterminated_quote_breaks_the_file() throws IOException {
        assertTrue(RankingSurvey.of(write("1,a.com\n2,\"b.com\n3,c.com\n")).problem(1, 0.5).orElseThrow()
                .startsWith("unreadable file"));
    }

    private Path write(String text) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "ranking", ".csv"), text, StandardCharsets.UTF_8);
    }

    private static List<RankedHost> entries(Path file) throws IOException {
        List<RankedHost> entries = new ArrayList<>();
        try (CSVParser parser = RankingFormat.open(file)) {
            for (CSVRecord r : parser) {
                if (!RankingFormat.isHeader(r)) {
                    try {
                        entries.add(RankingFormat.parse(r));
                    } catch (UnreadableRankingLine e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return entries;
    }
}
