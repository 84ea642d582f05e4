package org.veracity.domain.factcheck;

/**
 * A reporter's size (R20), the band the public service levels are published by. {@link #PUBLIC} is the band of
 * people who report through the public form without an organisation; partners are national, statewide or local.
 */
public enum SizeBand {
    NATIONAL("national"),
    STATEWIDE("statewide"),
    LOCAL("local"),
    PUBLIC("public (no organisation)");

    private final String label;

    SizeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isForPartners() {
        return this != PUBLIC;
    }
}
