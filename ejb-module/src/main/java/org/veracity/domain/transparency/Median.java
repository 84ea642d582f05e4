package org.veracity.domain.transparency;

import java.time.Duration;
import java.util.List;

/** The median of durations, in hours (the fact-checking page's "median time from enqueue to rating"). */
public final class Median {

    private Median() {
    }

    /** The median in hours, or empty for no durations; an even count takes the mean of the middle two. */
    public static java.util.OptionalDouble hours(List<Duration> durations) {
        if (durations.isEmpty()) {
            return java.util.OptionalDouble.empty();
        }
        long[] seconds = durations.stream().mapToLong(Duration::toSeconds).sorted().toArray();
        int mid = seconds.length / 2;
        double median = seconds.length % 2 == 1 ? seconds[mid] : (seconds[mid - 1] + seconds[mid]) / 2.0;
        return java.util.OptionalDouble.of(median / 3600.0);
    }
}
