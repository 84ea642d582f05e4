package org.veracity.domain.policy;

/** Codes of the policies that the code itself enforces; the catalogue rows come from migrations. */
public final class PolicyCodes {

    public static final String TEMPORARY_DEMOTION = "temporary-demotion";
    public static final String POPULAR_SITE_EXEMPTION = "popular-site-exemption";
    public static final String FACT_CHECK_RATINGS = "fact-check-ratings";
    public static final String REPEAT_OFFENDERS = "repeat-offenders";

    private PolicyCodes() {
    }
}
