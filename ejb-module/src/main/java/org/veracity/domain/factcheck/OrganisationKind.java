package org.veracity.domain.factcheck;

/** What kind of partner organisation it is: fact-checkers review items (R7); the others report escalations (R20). */
public enum OrganisationKind {
    FACT_CHECKER("fact-checker"),
    CAMPAIGN("campaign"),
    PARTY("party"),
    ELECTION_AUTHORITY("election authority"),
    CIVIL_SOCIETY("civil-society group");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
