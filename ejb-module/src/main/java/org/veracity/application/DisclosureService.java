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

/**
 * R17: paid relationships recorded from evidence, the disclosure requests they open (also retroactively, for
 * posts made within the relationship's period before it was recorded), disclosures that close them, and the
 * removal of posts whose deadline passed in silence.
 */
public interface DisclosureService {

    /** Records a sponsorship and asks every covered, promoting, undisclosed post made so far to disclose. */
    SponsorshipView record(@NotNull @Valid SponsorshipRecord sponsorship, @NotNull Actor actor);

    /**
     * Asks the given posts to disclose (for example the posts of a coordination case whose accounts a sponsor
     * registered). Only posts whose author a recorded sponsorship covers at the time of posting get a request: a
     * monetary relationship is never assumed. Answers the ids of the posts asked now; posts already asked, or
     * not covered, are left as they are.
     */
    List<String> requestDisclosure(@NotNull @Size(max = 1000) List<@NotBlank String> itemIds, @NotNull Actor actor,
                                   @NotBlank(message = "is required") @Size(max = 1000) String reason);

    /** A specialist records that the post now carries its disclosure: the request closes and the label is added. */
    void recordDisclosure(@NotBlank(message = "is required") String itemId, @NotNull Actor actor);

    /** The request of one post, if it has one. */
    List<DisclosureRequestView> requestsOf(@NotBlank String itemId);

    List<DisclosureRequestView> recentRequests(@Min(1) int limit, @NotNull Actor actor);

    List<SponsorshipView> sponsorships(@Min(1) int limit, @NotNull Actor actor);

    /** Ids of requests open with their deadline at or before {@code asOf}, after {@code afterId}, in id order. */
    List<Long> overdueAfter(@NotNull Instant asOf, long afterId, @Min(1) int limit);

    /**
     * Removes the posts of those requests that are still open and overdue at {@code asOf}, citing the policy
     * version, one audit event each. Exactly once: rows are locked and re-checked, so a replayed chunk or a
     * concurrent run finds nothing left. Answers how many this call closed.
     */
    int enforce(@NotNull List<Long> requestIds, @NotNull Instant asOf);

    long countOverdue(@NotNull Instant asOf);

    /** Requests whose posts were removed for a deadline at or before {@code asOf} (a run's progress). */
    long countRemovedDueBy(@NotNull Instant asOf);

    /**
     * What a specialist or a sponsor's integrator records.
     *
     * @param to exclusive; null while the relationship lasts
     */
    record SponsorshipRecord(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String sponsor,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String paidForBy,
            @NotEmpty(message = "must name the sponsor or its candidate at least once") @Size(max = 50, message = "must list at most 50 names")
            List<@NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters") String> mentions,
            @NotEmpty(message = "must list at least one account") @Size(max = 10000, message = "must list at most 10000 accounts")
            List<@NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters") String> accounts,
            @NotNull(message = "is required") Instant from,
            Instant to,
            @NotBlank(message = "is required: the source of the evidence of payment") @Size(max = 2000, message = "must be at most 2000 characters") String evidence) {
    }

    record SponsorshipView(long id, String sponsor, String paidForBy, List<String> mentions, List<String> accounts,
                           Instant from, Instant to, String evidence, String recordedBy, Instant recordedAt,
                           int requestsOpened) {
    }

    record DisclosureRequestView(long id, String itemId, String authorId, String sponsor, String paidForBy,
                                 String reason, Instant openedAt, Instant deadline, String status, Instant closedAt,
                                 String policyVersion, boolean overdue) {
    }
}
