package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.screening.Screening;

/** R16 at intake: what a suspended author posts during the suspension is removed. */
@ApplicationScoped
public class SuspensionScreen implements IntakeScreen {

    static final String SOURCE = "suspension";

    @Inject
    MovementEnforcement enforcement;

    @Override
    public Optional<Screening> screen(ContentSubmission submission, Instant now) {
        return enforcement.suspensionVerdict(submission, now);
    }

    @Override
    public List<Optional<Screening>> screenAll(List<ContentSubmission> submissions, Instant now) {
        return enforcement.suspensionVerdicts(submissions, now);
    }

    @Override
    public String source() {
        return SOURCE;
    }
}
