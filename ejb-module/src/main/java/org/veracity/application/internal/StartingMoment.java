package org.veracity.application.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.veracity.application.FieldProblem;
import org.veracity.application.RefusedException;

/** When a designation or suspension starts: now when left empty, later if asked, never in the past (R14). */
final class StartingMoment {

    /** A moment typed into a form a little while ago still means "now". */
    static final Duration FORM_TOLERANCE = Duration.ofMinutes(5);

    private StartingMoment() {
    }

    static Instant of(Instant requested, Instant now, String field, String what) {
        if (requested == null) {
            return now;
        }
        if (!requested.isBefore(now)) {
            return requested;
        }
        if (requested.isBefore(now.minus(FORM_TOLERANCE))) {
            throw new RefusedException(what + " never reaches back", List.of(new FieldProblem(field,
                    "must not be in the past (" + what + " never applies to earlier posts); leave it empty for now")));
        }
        return now;
    }
}
