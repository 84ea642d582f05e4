package org.veracity.application;

import java.time.Instant;
import java.util.List;

/**
 * What an RFH entry or a whole break-glass measure would have done to the content received in the last {@code days}
 * days had it been enforced (issue 10, item 5): which items intake would block, which it would send to the
 * specialists' review queue, with the evidence. Nothing is changed by a dry run except its audit event.
 *
 * @param inWindow how many items were received in the window
 * @param scanned  how many of them were read, newest first; fewer than {@code inWindow} when the run was bounded
 * @param hits     the blocks first, then the reviews, each group closest first; at most {@code shownLimit}
 */
public record DryRunReport(String subject, List<String> claims, int days, Instant since, long inWindow, long scanned,
                           int wouldBlock, int wouldReview, int tooOldForPolicy, List<Hit> hits, int shownLimit,
                           long millis) {

    public DryRunReport {
        claims = List.copyOf(claims);
        hits = List.copyOf(hits);
    }

    public boolean bounded() {
        return scanned < inWindow;
    }

    /**
     * @param outcome BLOCK or REVIEW, as intake would decide now
     * @param note    why intake would not act although the text matches (the post predates the policy, R14), or null
     */
    public record Hit(String contentId, String text, Instant receivedAt, String outcome, long entryId, String claim,
                      String kind, double similarity, String evidence, String note) {
    }
}
