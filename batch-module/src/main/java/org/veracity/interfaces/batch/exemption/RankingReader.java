package org.veracity.interfaces.batch.exemption;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the ranking's entries up to rank topN (the file was checked to rank in increasing order, so
 * the rest can be left unread). The checkpoint is the number of records consumed.
 */
@Named("rankingReader")
@Dependent
public class RankingReader extends AbstractItemReader {

    @Inject
    RebuildSettings settings;

    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private int topN;
    private long consumed;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        topN = settings.topN();
        parser = RankingFormat.open(settings.file());
        records = parser.iterator();
        long resumeAfter = checkpoint == null ? 0L : (Long) checkpoint;
        while (consumed < resumeAfter && records.hasNext()) {
            consumed = records.next().getRecordNumber();
        }
    }

    @Override
    public Object readItem() throws UnreadableRankingLine {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            consumed = record.getRecordNumber();
            if (RankingFormat.isHeader(record)) {
                continue;
            }
            var entry = RankingFormat.parse(record);
            return entry.rank() <= topN ? entry : null;
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return consumed;
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }
}
