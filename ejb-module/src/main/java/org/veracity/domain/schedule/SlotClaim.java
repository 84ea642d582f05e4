package org.veracity.domain.schedule;

import java.time.Instant;

/** Which instance started a scheduled job's run of {@code slot}, and when it claimed it. */
public record SlotClaim(String jobName, Instant slot, String instance, Instant claimedAt) {
}
