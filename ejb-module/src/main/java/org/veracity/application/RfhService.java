package org.veracity.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.veracity.domain.access.Actor;
import org.veracity.domain.hoax.MatchKind;
import org.veracity.domain.hoax.MatchTier;
import org.veracity.domain.rfh.RfhMatchStatus;
import org.veracity.domain.rfh.RfhStatus;
import org.veracity.domain.rfh.Severity;

/**
 * R11: repeatedly fact-checked hoaxes. A specialist nominates a claim with its evidence; a policy
 * lead other than the nominator approves or rejects it; while the entry's break-glass measure is
 * active, intake blocks new versions or sends close calls to the specialists' review queue.
 */
public interface RfhService {

    long nominate(@NotNull @Valid Nomination nomination, @NotNull Actor actor);

    void approve(@Min(1) long entryId, @Size(max = 2000) String note, @NotNull Actor actor);

    void reject(@Min(1) long entryId,
                @NotBlank(message = "say why the nomination is rejected") @Size(max = 2000) String reason,
                @NotNull Actor actor);

    /** Stops an approved entry from matching. */
    void retire(@Min(1) long entryId,
                @NotBlank(message = "say why the entry is retired") @Size(max = 2000) String reason,
                @NotNull Actor actor);

    List<EntryView> entries();

    /**
     * Issue 10: what the entry would block and send to review among the content received in the last {@code days}
     * days, were it enforced; it changes nothing but records that the dry run took place.
     */
    DryRunReport dryRun(@Min(1) long entryId, int days, @NotNull Actor actor);

    /** Matches of the review tier waiting for a specialist, oldest first. */
    List<MatchView> reviewQueue(@NotNull Actor actor);

    /** A specialist confirms a review-tier match: the item is blocked, citing the entry. */
    void confirmBlock(@Min(1) long matchId, @Size(max = 2000) String note, @NotNull Actor actor);

    /** A specialist finds a review-tier match is not a version of the hoax: the item circulates. */
    void clear(@Min(1) long matchId,
               @NotBlank(message = "say why the item is not a version of the hoax") @Size(max = 2000) String reason,
               @NotNull Actor actor);

    /** What intake found for one item (empty when it matched nothing or is unknown). */
    List<MatchView> matchesFor(@NotBlank String contentId);

    /**
     * @param evidenceItems platform ids of items that carry the claim: at least one rated FALSE or
     *                      ALTERED (falsity), together reaching the virality threshold
     * @param links         links that are the hoax wherever they appear (optional)
     * @param mediaHashes   PDQ hashes (64 hex digits) of the hoax's images (optional)
     */
    record Nomination(
            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String claim,
            @Min(value = 1, message = "choose the break-glass measure the entry belongs to") long measureId,
            @NotEmpty(message = "name the rated items that carry the claim") List<@NotBlank String> evidenceItems,
            @NotNull(message = "is required") Severity severity,
            @NotBlank(message = "explain why the hoax is severe")
            @Size(min = 20, max = 4000, message = "explain the severity in 20 to 4000 characters") String severityRationale,
            List<@NotBlank String> links,
            List<@NotBlank String> mediaHashes) {

        public Nomination {
            evidenceItems = evidenceItems == null ? List.of() : List.copyOf(evidenceItems);
            links = links == null ? List.of() : List.copyOf(links);
            mediaHashes = mediaHashes == null ? List.of() : List.copyOf(mediaHashes);
        }
    }

    record EntryView(long id, String claim, long measureId, String measure, boolean measureActive, RfhStatus status,
                     String falsity, long reach, Severity severity, String severityRationale,
                     List<String> evidenceItems, List<String> links, List<String> mediaHashes, int variants,
                     String nominatedBy, Instant nominatedAt, String decidedBy, Instant decidedAt, String decisionNote,
                     String retiredBy, Instant retiredAt, String retirementReason) {

        /** Whether intake matches against it now. */
        public boolean enforced() {
            return status == RfhStatus.APPROVED && measureActive;
        }
    }

    /** @param entryHistory the audit trail of the entry and its measure (nomination, decision, switches), oldest first */
    record MatchView(long id, String contentId, String text, long entryId, String claim, String measure,
                     MatchTier tier, MatchKind kind, Double similarity, String evidence, RfhMatchStatus status,
                     Instant matchedAt, String decidedBy, Instant decidedAt, String decisionNote,
                     List<String> entryHistory) {
        public MatchView {
            entryHistory = List.copyOf(entryHistory);
        }
    }
}
