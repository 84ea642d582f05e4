package org.veracity.interfaces.batch.exemption;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.veracity.application.ExemptionService.RankedHost;

/**
 * A popularity ranking as published: {@code rank,domain} records (Tranco lists registrable domains,
 * other rankings full host names), optionally quoted, with or without a header, LF or CRLF, possibly
 * with a byte-order mark. Turning a host into a registrable domain is the exemption service's job.
 */
final class RankingFormat {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setTrim(true).get();

    /** Labels of letters, digits, hyphens (and underscores, which real host names carry), at least two. */
    private static final Pattern HOST = Pattern.compile("[\\p{L}\\p{N}_-]+(\\.[\\p{L}\\p{N}_-]+)+");
    private static final Pattern RANK = Pattern.compile("\\d{1,9}");

    private RankingFormat() {
    }

    /** Undecodable bytes become U+FFFD, which no host name matches: such a row counts as unreadable. */
    static CSVParser open(Path file) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return CSV.parse(reader);
    }

    /** Only the first record can be a header, and a header's first field is not a rank. */
    static boolean isHeader(CSVRecord record) {
        return record.getRecordNumber() == 1 && record.size() > 0 && !RANK.matcher(record.get(0)).matches();
    }

    static RankedHost parse(CSVRecord record) throws UnreadableRankingLine {
        if (record.size() != 2) {
            throw new UnreadableRankingLine(record, "expected rank,domain but found " + record.size() + " fields");
        }
        if (!RANK.matcher(record.get(0)).matches() || Integer.parseInt(record.get(0)) < 1) {
            throw new UnreadableRankingLine(record, "the rank is not a positive whole number");
        }
        String host = record.get(1).toLowerCase(Locale.ROOT);
        host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (!HOST.matcher(host).matches()) {
            throw new UnreadableRankingLine(record, "not a host name");
        }
        return new RankedHost(Integer.parseInt(record.get(0)), host);
    }
}
