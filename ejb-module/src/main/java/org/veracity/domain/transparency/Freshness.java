package org.veracity.domain.transparency;

import java.time.Instant;

/** When a set of public figures was last recomputed, and from how many source rows. */
public record Freshness(String figures, Instant refreshedAt, long sourceRows) {

    public static final String ENFORCEMENT = "enforcement";
    public static final String FACT_CHECKING = "fact-checking";
}
