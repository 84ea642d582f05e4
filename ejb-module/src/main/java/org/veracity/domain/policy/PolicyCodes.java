package org.veracity.domain.policy;

/** Codes of the policies that the code itself enforces; the catalogue rows come from migrations. */
public final class PolicyCodes {

    public static final String TEMPORARY_DEMOTION = "temporary-demotion";

    private PolicyCodes() {
    }
}
