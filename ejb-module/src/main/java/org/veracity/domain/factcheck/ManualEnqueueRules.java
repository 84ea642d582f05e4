package org.veracity.domain.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.Problem;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.importance.IssueOfImportance;

/**
 * R5's criteria for enqueueing an item by hand. Staff (moderators, specialists) name an active issue of importance
 * the item relates to and an external signal of falsity, recorded or described; a partner's fact-checker enqueues
 * only within its organisation's languages and regions, without the temporary demotion, on its own judgement.
 */
public final class ManualEnqueueRules {

    /**
     * The request as the rules see it: {@code partner} is the organisation the enqueuer acts for (empty for staff),
     * {@code issue} the active issue named, {@code externalSignal} the one described, if any.
     */
    public record Request(ContentItem item, List<String> ineligibility, Optional<PartnerOrganisation> partner,
                          boolean withDemotion, Optional<IssueOfImportance> issue, boolean externalSignalRecorded,
                          String externalSignal) {

        boolean externalSignalGiven() {
            return externalSignal != null && !externalSignal.isBlank();
        }
    }

    private ManualEnqueueRules() {
    }

    /** Every criterion the request misses, each next to its field; none when the item may be enqueued. */
    public static List<Problem> problemsOf(Request r) {
        List<Problem> missing = new ArrayList<>();
        r.ineligibility().forEach(p -> missing.add(new Problem("contentId", "not eligible: " + p)));
        if (r.partner().isPresent()) {
            PartnerOrganisation own = r.partner().get();
            if (!own.covers(r.item())) {
                missing.add(new Problem("contentId", "outside " + own.getName() + "'s languages and regions "
                        + own.getLanguages() + " / " + own.getRegions()));
            }
            if (r.withDemotion()) {
                missing.add(new Problem("withDemotion", "fact-checkers enqueue without the temporary demotion"));
            }
            return missing;
        }
        if (r.issue().isEmpty()) {
            missing.add(new Problem("issueId", "choose an active issue of importance the item is related to"));
        }
        if (!r.externalSignalRecorded() && !r.externalSignalGiven()) {
            missing.add(new Problem("externalSignal",
                    "no external signal of falsity is recorded for this item: describe the one you rely on"));
        }
        return missing;
    }

    /** What the queue entry's evidence says about the criteria met. */
    public static String evidence(Request r, String note) {
        return "eligible: yes; issue: " + r.issue().map(IssueOfImportance::getName).orElse("-")
                + r.issue().map(i -> i.matches(r.item()) ? " (matches)" : " (moderator's judgement)").orElse("")
                + "; external signal: " + (r.externalSignalGiven() ? r.externalSignal()
                        : r.externalSignalRecorded() ? "recorded" : "-")
                + "; note: " + note;
    }
}
