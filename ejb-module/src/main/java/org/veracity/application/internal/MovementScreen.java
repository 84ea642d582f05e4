package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.screening.Screening;

/** R16 at intake: posts to shut-down groups of designated movements, and matching content under a ban, are removed. */
@ApplicationScoped
public class MovementScreen implements IntakeScreen {

    static final String SOURCE = "movement";

    @Inject
    MovementEnforcement enforcement;

    @Override
    public Optional<Screening> screen(ContentSubmission submission, Instant now) {
        return enforcement.movementVerdict(submission, now);
    }

    @Override
    public List<Optional<Screening>> screenAll(List<ContentSubmission> submissions, Instant now) {
        return enforcement.movementVerdicts(submissions, now);
    }

    @Override
    public String source() {
        return SOURCE;
    }
}
