package org.veracity.domain.sponsorship;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.content.ContentItem;

public interface SponsorshipRepository {

    void store(Sponsorship sponsorship);

    /**
     * Held by an intake batch, until it commits, before it reads the sponsorships; batches do not wait for each
     * other, only for a sponsorship being recorded ({@link #holdForRecording}).
     */
    void holdForIntake();

    /** Held while a sponsorship is recorded and the existing posts are scanned: intake batches wait for it. */
    void holdForRecording();

    Optional<Sponsorship> find(long id);

    List<Sponsorship> recent(int limit);

    /** Sponsorships that register any of these authors, in one query. */
    List<Sponsorship> forAuthors(Collection<String> authorIds);

    /**
     * Circulating posts by these authors made in [from, to) (to null: open-ended) that carry no disclosure and
     * have no request yet: the candidates for a retroactive request when a sponsorship is recorded.
     */
    List<ContentItem> undisclosedPostsBy(Collection<String> authorIds, Instant from, Instant to);

    void store(DisclosureRequest request);

    /** Requests of these items (by item id), in one query; at most one per item. */
    List<DisclosureRequest> requestsForItemIds(Collection<Long> itemIds);

    /**
     * Open requests of these items (by item id), for the distribution answer's hot path: one query whose SQL is
     * the same for any number of ids (an array parameter).
     */
    List<DisclosureRequest> openForItemIds(Collection<Long> itemIds);

    /** Open requests of these items, by platform id (any deadline). */
    List<DisclosureRequest> openForPlatformIds(Collection<String> platformIds);

    List<DisclosureRequest> recentRequests(int limit);

    Optional<DisclosureRequest> findRequest(long id);

    /** Ids of open requests whose deadline is at or before {@code asOf}, after {@code afterId}, in id order. */
    List<Long> overdueAfter(Instant asOf, long afterId, int limit);

    long countOverdue(Instant asOf);

    /** Requests closed as REMOVED whose deadline is at or before {@code asOf}: a run's progress. */
    long countRemovedDueBy(Instant asOf);

    /**
     * Of these requests, those still open and overdue at {@code asOf}, locked for this transaction; a request a
     * concurrent transaction closed is re-checked after its commit and left out.
     */
    List<DisclosureRequest> lockOverdue(Collection<Long> requestIds, Instant asOf);
}
