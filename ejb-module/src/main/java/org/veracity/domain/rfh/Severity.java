package org.veracity.domain.rfh;

/** How much harm a hoax does if it keeps spreading; a nomination names one with a rationale (R11). */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** R11 blocks only severe hoaxes: a nomination needs at least {@link #HIGH}. */
    public boolean qualifies() {
        return this == HIGH || this == CRITICAL;
    }
}
