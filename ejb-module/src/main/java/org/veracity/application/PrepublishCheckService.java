package org.veracity.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.veracity.domain.content.ContentSubmission;

/**
 * R24: a third-party publishing app asks, before publishing, what intake would do with a post.
 * The same screens as intake decide (R11, R16); nothing is stored or audited.
 */
public interface PrepublishCheckService {

    PrepublishDecision check(@NotNull(message = "is required") ContentSubmission item);

    enum Decision { OK, BLOCKED, NEEDS_DISCLOSURE, REMOVED }

    /** @param evidence what the decision rests on (e.g. the matched RFH entry and similarity), if anything */
    record PrepublishDecision(Decision decision, List<String> reasons, List<String> evidence) {
        public PrepublishDecision {
            reasons = List.copyOf(reasons);
            evidence = List.copyOf(evidence);
        }
    }
}
