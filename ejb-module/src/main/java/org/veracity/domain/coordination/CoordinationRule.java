package org.veracity.domain.coordination;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veracity.domain.hoax.NearDuplicates;

/**
 * R18: {@code minAccounts} (20 by default) or more distinct accounts posting near-identical text within
 * {@code window} (one hour by default) is coordinated posting. "Within" includes the end: posts exactly one hour
 * apart are within an hour; one second more is not.
 *
 * @param similarity the RFH text similarity at or above which two posts are near-identical
 */
public record CoordinationRule(int minAccounts, Duration window, double similarity) {

    public static final String POLICY = "coordinated-behaviour";

    public CoordinationRule {
        if (minAccounts < 2) {
            throw new IllegalArgumentException("coordination needs at least 2 accounts, got " + minAccounts);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive, got " + window);
        }
        if (!(similarity > 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in (0, 1], got " + similarity);
        }
    }

    /** Whether a later post is near-identical to an earlier one. */
    public boolean nearIdentical(PostTrace earlier, PostTrace later) {
        return NearDuplicates.similarity(earlier.terms(), later.terms()) >= similarity;
    }

    /** Whether a later post is close enough in time to an earlier one to be compared at all. */
    public boolean withinReach(PostTrace a, PostTrace b) {
        return Duration.between(a.getPostedAt(), b.getPostedAt()).abs().compareTo(window) <= 0;
    }

    /** Whether some window of this rule's length holds posts of at least {@code minAccounts} distinct accounts. */
    public boolean isCoordinated(Collection<PostTrace> posts) {
        List<PostTrace> byTime = new ArrayList<>(posts);
        byTime.sort(Comparator.comparing(PostTrace::getPostedAt));
        Map<String, Integer> inWindow = new HashMap<>();
        int start = 0;
        for (PostTrace post : byTime) {
            inWindow.merge(post.getAuthorId(), 1, Integer::sum);
            while (Duration.between(byTime.get(start).getPostedAt(), post.getPostedAt()).compareTo(window) > 0) {
                inWindow.computeIfPresent(byTime.get(start).getAuthorId(), (a, n) -> n == 1 ? null : n - 1);
                start++;
            }
            if (inWindow.size() >= minAccounts) {
                return true;
            }
        }
        return false;
    }
}
