package org.veracity.interfaces.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veracity.application.PoliticalAdService.LibraryEntry;

/** Every open-data CSV is written one way (R23): RFC 4180 quoting, and formulas from the public defused. */
class OpenDataCsvTest {

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_written_as_text() {
        String csv = OpenDataAnswers.csv(List.of("text", "count"), List.of(
                List.of("=HYPERLINK(\"http://evil\")", -3),
                List.of("+1 555", 4),
                List.of("@SUM(A1)", 5),
                List.of("plain, with a comma", 6)));
        assertEquals("""
                text,count
                "'=HYPERLINK(""http://evil"")",-3
                '+1 555,4
                '@SUM(A1),5
                "plain, with a comma",6
                """, csv, "numbers stay numbers; only text is defused");
    }

    @Test
    void the_ad_library_csv_has_its_header_and_one_record_per_ad_written_by_the_shared_writer() {
        LibraryEntry ad = new LibraryEntry("ad-1", "campaign-x", "CAMPAIGN", "-Friends of X", "NZ",
                Instant.parse("2026-11-01T10:00:00Z"), null, 5000L, "Vote \"X\"", "REJECTED",
                "political ads are banned in NZ");
        assertEquals("""
                id,advertiser,advertiserKind,paidForBy,region,postedAt,until,reach,status,reason,text
                ad-1,campaign-x,CAMPAIGN,'-Friends of X,NZ,2026-11-01T10:00:00Z,,5000,REJECTED,political ads are banned in NZ,"Vote ""X\"""
                """, PoliticalAdsResource.csv(List.of(ad)));
    }
}
