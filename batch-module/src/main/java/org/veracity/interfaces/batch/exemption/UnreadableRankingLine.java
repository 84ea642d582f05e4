package org.veracity.interfaces.batch.exemption;

import org.apache.commons.csv.CSVRecord;

/** A ranking record that is not {@code rank,host}; the rebuild skips it and logs it (a checked exception, so a skippable one). */
public class UnreadableRankingLine extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadableRankingLine(CSVRecord record, String why) {
        super("record " + record.getRecordNumber() + " (" + abbreviate(String.join(",", record.toList())) + "): " + why);
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
