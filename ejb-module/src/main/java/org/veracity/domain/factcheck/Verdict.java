package org.veracity.domain.factcheck;

/** The rating a fact-checker gives an item (R7). */
public enum Verdict {
    FALSE, ALTERED, PARTLY_FALSE, MISSING_CONTEXT, SATIRE, TRUE, NOT_ELIGIBLE;

    /** The ratings that count towards repeat offences (R8) and reject ads (R7, R19). */
    public boolean isFalseOrAltered() {
        return this == FALSE || this == ALTERED;
    }
}
