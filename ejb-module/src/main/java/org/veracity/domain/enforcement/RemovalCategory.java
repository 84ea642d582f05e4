package org.veracity.domain.enforcement;

/**
 * R13: what may be removed outright, without fact-checkers, and under which policy. Imminent-harm
 * removals are a specialist's call unless a designated {@link RemovalException} applies.
 */
public enum RemovalCategory {
    VOTER_INTERFERENCE("voter-interference", false),
    CENSUS_INTERFERENCE("census-interference", false),
    MANIPULATED_MEDIA("manipulated-media", false),
    /** R14's example: not retroactive, so posts made before 2020-10-07 are out of its reach. */
    MILITARIZED_LANGUAGE_POLLING_PLACES("militarized-language-polling-places", false),
    IMMINENT_HARM("imminent-harm", true);

    private final String policyCode;
    private final boolean specialistsOnly;

    RemovalCategory(String policyCode, boolean specialistsOnly) {
        this.policyCode = policyCode;
        this.specialistsOnly = specialistsOnly;
    }

    public String policyCode() {
        return policyCode;
    }

    /** Whether a moderator needs a designated exception to remove in this category. */
    public boolean isSpecialistsOnly() {
        return specialistsOnly;
    }
}
