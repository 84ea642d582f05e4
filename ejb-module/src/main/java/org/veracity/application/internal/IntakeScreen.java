package org.veracity.application.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.access.Actor;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.screening.Screening;

/**
 * A rule that judges each new item before it circulates: RFH blocking (R11), movement bans and
 * account suspensions (R16). Every CDI bean implementing it is asked at intake and by the
 * pre-publication check; the strongest verdict wins.
 */
public interface IntakeScreen {

    /**
     * What this rule says about a submission received at {@code now}; empty when it does not apply.
     * Screens judge the moment of receipt, never the {@code postedAt} the integrator chose
     * ({@link org.veracity.domain.content.RuleMoment#RECEIVED}). Writes
     * nothing: the pre-publication check asks the same question without storing anything.
     */
    Optional<Screening> screen(ContentSubmission submission, Instant now);

    /**
     * {@link #screen} for each submission of an intake batch, in order. A screen that reads the database
     * overrides this to ask once for the whole batch rather than once per item.
     */
    default List<Optional<Screening>> screenAll(List<ContentSubmission> submissions, Instant now) {
        return submissions.stream().map(s -> screen(s, now)).toList();
    }

    /**
     * Keeps this rule's own record of a verdict it gave (match evidence, a review-queue entry), in
     * the intake transaction, once the item is stored. Called only on the screen whose verdict won.
     */
    default void recordOutcome(ContentItem item, Screening screening, Actor actor) {
    }

    /** The {@link Screening#source()} this screen writes, so intake can hand the verdict back to it. */
    String source();
}
