package org.veracity.domain.transparency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;

/** The ISO 8601 week (UTC) an event falls in, written as {@code 2026-W49}: the key the public counts use. */
public final class IsoWeek {

    private IsoWeek() {
    }

    public static String of(Instant at) {
        return of(LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    public static String of(LocalDate day) {
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
