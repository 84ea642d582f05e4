package org.veracity.domain.signal;

/** What all signals recorded for one item add up to. */
public record SignalTotals(long falseNewsReports, long disbelief, long externalFalsity, Double classifierScore) {

    public static final SignalTotals NONE = new SignalTotals(0, 0, 0, null);
}
