package org.veracity.domain.sponsorship;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * R17's rule: which sponsorship asks a post to disclose, and by when. A request needs a recorded relationship
 * that covers the author at the moment of posting, a text that promotes the sponsor or its candidate, and no
 * disclosure on the post; a mention alone never opens one (no monetary relationship is assumed).
 *
 * @param deadline how long a post has to disclose, from the moment the request opens (7 days by default)
 */
public record DisclosurePolicy(Duration deadline) {

    public static final String CODE = "sponsorship-disclosure";

    public DisclosurePolicy {
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("the disclosure deadline must be positive");
        }
    }

    /** The sponsorship that asks this post to disclose, if any (the first recorded one wins). */
    public Optional<Sponsorship> sponsorshipRequiring(Collection<Sponsorship> recorded, String authorId,
                                                      Instant postedAt, String text, String disclosure) {
        if (isDisclosed(disclosure)) {
            return Optional.empty();
        }
        return recorded.stream().filter(s -> s.covers(authorId, postedAt) && s.isPromotedBy(text)).findFirst();
    }

    /**
     * The deadline of a request opened at {@code openedAt}, on a whole second (a fraction of a second is rounded up,
     * so the post never gets less than the full period and people read a plain time).
     */
    public Instant deadlineFor(Instant openedAt) {
        Instant exact = openedAt.plus(deadline);
        Instant second = exact.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return second.equals(exact) ? exact : second.plusSeconds(1);
    }

    public static boolean isDisclosed(String disclosure) {
        return disclosure != null && !disclosure.isBlank();
    }

    /** What a request says, in words. */
    public static String reasonFor(Sponsorship s) {
        return "registered paid poster of " + s.getSponsor() + " promoting it without a disclosure; add \""
                + s.label() + "\"";
    }
}
