package org.veracity.application;

import java.time.Duration;
import java.time.Instant;

/** How far behind the semantic RFH screen is (issue 10), for the measures page. */
public interface SemanticScreenService {

    BacklogView backlog();

    /**
     * @param waiting items stored by intake and not yet screened for meaning
     * @param oldest  when the longest-waiting one was queued; null when none waits
     * @param behind  how long that one has waited; zero when none waits
     */
    record BacklogView(long waiting, Instant oldest, Duration behind) {
    }
}
