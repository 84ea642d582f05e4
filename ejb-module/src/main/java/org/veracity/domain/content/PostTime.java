package org.veracity.domain.content;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Which posting times are believable: none before the Web existed, none later than the clocks' drift allows. */
public final class PostTime {

    /** No platform whose posts reach Veracity existed before this. */
    public static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    private PostTime() {
    }

    /**
     * Why {@code postedAt} cannot be the moment a post was made when it arrives at {@code now}, or empty
     * when it can. {@code skew} is how far an integrator's clock may run ahead of ours.
     */
    public static Optional<String> implausibility(Instant postedAt, Instant now, Duration skew) {
        if (postedAt == null) {
            return Optional.empty();
        }
        if (postedAt.isBefore(EARLIEST)) {
            return Optional.of("must not be before " + EARLIEST);
        }
        if (postedAt.isAfter(now.plus(skew))) {
            return Optional.of("must not be in the future (more than " + skew.toSeconds() + " s ahead of "
                    + now + ")");
        }
        return Optional.empty();
    }
}
