package org.veracity.interfaces.batch.exemption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.veracity.application.ExemptionService.RankedHost;

/**
 * One pass over a whole ranking file before anything is staged, so that an empty, truncated or
 * garbled download can never replace the list in force.
 */
final class RankingSurvey {

    long rows;
    long unreadable;
    long readable;
    int firstRank;
    /** The first place where ranks stop increasing, if any. */
    String disorder;
    /** A defect that stopped the parser itself (an unterminated quote, an unreadable file). */
    String broken;

    private RankingSurvey() {
    }

    static RankingSurvey of(Path file) {
        RankingSurvey survey = new RankingSurvey();
        try (CSVParser parser = RankingFormat.open(file)) {
            int previous = 0;
            for (CSVRecord record : parser) {
                if (RankingFormat.isHeader(record)) {
                    continue;
                }
                survey.rows++;
                RankedHost entry;
                try {
                    entry = RankingFormat.parse(record);
                } catch (UnreadableRankingLine e) {
                    survey.unreadable++;
                    continue;
                }
                if (survey.readable++ == 0) {
                    survey.firstRank = entry.rank();
                } else if (entry.rank() <= previous && survey.disorder == null) {
                    survey.disorder = "rank " + entry.rank() + " follows rank " + previous + " at record "
                            + record.getRecordNumber();
                }
                previous = entry.rank();
            }
        } catch (IOException | UncheckedIOException e) {
            survey.broken = e.getMessage();
        }
        return survey;
    }

    /** Why the file must not become the exemption list, or empty when it may. */
    Optional<String> problem(int topN, double maxUnreadableShare) {
        if (broken != null) {
            return Optional.of("unreadable file: " + broken);
        }
        if (rows == 0) {
            return Optional.of("empty: no ranking rows");
        }
        if (unreadable > maxUnreadableShare * rows) {
            return Optional.of(String.format(Locale.ROOT, "garbled: %d of %d rows unreadable, more than %.2f%%",
                    unreadable, rows, maxUnreadableShare * 100));
        }
        if (firstRank != 1) {
            return Optional.of("truncated: ranks start at " + firstRank + ", not 1");
        }
        if (disorder != null) {
            return Optional.of("garbled: ranks do not increase, " + disorder);
        }
        if (readable < topN) {
            return Optional.of("truncated: " + readable + " readable rows, fewer than the top " + topN + " to take");
        }
        return Optional.empty();
    }

    String summary() {
        return rows + " rows, " + unreadable + " unreadable";
    }
}
