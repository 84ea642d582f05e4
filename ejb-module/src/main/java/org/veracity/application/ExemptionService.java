package org.veracity.application;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.veracity.domain.access.Actor;
import org.veracity.domain.exemption.OverrideMode;

/**
 * R4: the popular-site exemption list, its rebuilds from a ranking, and specialists' overrides.
 * A rebuild is staged: {@link #beginRebuild}, any number of {@link #addRanked} chunks, then
 * {@link #completeRebuild}, which switches lists atomically; until then the current list stays in force.
 */
public interface ExemptionService {

    ExemptionStatus status(@Min(0) int offset, @Min(1) int limit);

    /** A per-domain override with a reason and an optional expiry; answers its id. */
    long overrideDomain(@NotBlank @Size(max = 255) String domain, @NotNull OverrideMode mode,
                        @NotBlank @Size(max = 1000) String reason, Instant expiresAt, @NotNull Actor actor);

    void revokeOverride(@Min(1) long overrideId, @NotNull Actor actor);

    /** Applies the temporary demotion to an item of an exempt domain anyway, optionally ending earlier. */
    void demoteAnyway(@NotBlank String contentId, @NotBlank @Size(max = 500) String reason, Instant until,
                      @NotNull Actor actor);

    long beginRebuild(@NotBlank @Size(max = 500) String source, @Min(1) int topN);

    /** Adds ranked entries (rank, host); hosts are reduced to registrable domains, the first rank of each kept. */
    int addRanked(@Min(1) long listId, @NotNull List<RankedHost> entries);

    /** Records what entered and left, and makes the new list the active one in the same transaction. */
    RebuildOutcome completeRebuild(@Min(1) long listId, @NotNull Actor actor);

    void abandonRebuild(@Min(1) long listId);

    record RankedHost(int rank, String host) {
    }

    record RebuildOutcome(long listId, int size, int entered, int left) {
    }

    record ExemptionStatus(ListInfo active, List<String> domains, List<ListInfo> history,
                           List<OverrideView> overrides, List<String> userContentHosts) {
    }

    record ListInfo(long id, String source, Instant builtAt, int topN, int size, int entered, int left, boolean active) {
    }

    record OverrideView(long id, String domain, String mode, String reason, String by, Instant createdAt,
                        Instant expiresAt, Instant revokedAt, boolean inForce) {
    }
}
