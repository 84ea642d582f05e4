package org.veracity.domain.transparency;

import java.time.Instant;

/**
 * A specialist's exemption override as the public sees it (R4, R23): the domain, the mode and the public reason,
 * with its window. Who made it is not published.
 */
public record PublicOverride(String domain, String mode, String reason, Instant since, Instant expiresAt) {
}
