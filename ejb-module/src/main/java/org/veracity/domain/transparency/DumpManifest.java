package org.veracity.domain.transparency;

import java.time.LocalDate;
import java.util.List;

/** What a day's dump holds: each file with its data rows, its size and its SHA-256. */
public record DumpManifest(LocalDate day, List<Entry> files) {

    public record Entry(String name, long rows, long bytes, String sha256) {
    }
}
