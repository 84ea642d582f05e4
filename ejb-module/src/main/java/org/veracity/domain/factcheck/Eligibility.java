package org.veracity.domain.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentStatus;

/**
 * R6: what keeps an item away from fact-checkers. Ineligible items can still be labelled or
 * removed under other rules.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /** The reasons the item is not eligible; empty when it is. */
    public static List<String> problemsOf(ContentItem item, Optional<Verdict> currentRating) {
        List<String> problems = new ArrayList<>();
        if (item.getAuthorKind().isPoliticalSpeaker()) {
            problems.add("posts and ads by politicians and campaigns are not fact-checked");
        }
        if (item.getStatus() != ContentStatus.ACTIVE) {
            problems.add("the item was " + item.getStatus().name().toLowerCase());
        }
        currentRating.ifPresent(v -> problems.add(v == Verdict.NOT_ELIGIBLE
                ? "a fact-checker marked it not eligible (opinion or satire presented as such)"
                : "it already carries a final rating (" + v + ")"));
        return problems;
    }
}
