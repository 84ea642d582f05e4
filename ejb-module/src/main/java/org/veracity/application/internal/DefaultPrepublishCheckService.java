package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.veracity.application.FieldProblem;
import org.veracity.application.InvalidInputException;
import org.veracity.application.PrepublishCheckService;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.screening.Screening;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultPrepublishCheckService implements PrepublishCheckService {

    @Inject
    SubmissionValidator validator;

    @Inject
    IntakeScreening screening;

    @Inject
    Clock clock;

    // A transaction only to read consistently (screens load policies lazily); nothing is written in it.
    @Override
    public PrepublishDecision check(ContentSubmission item) {
        Instant now = clock.instant();
        List<FieldProblem> problems = validator.problemsOf(item, now);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return screening.judge(item, now).map(DefaultPrepublishCheckService::decisionOf)
                .orElseGet(() -> new PrepublishDecision(Decision.OK, List.of(), List.of()));
    }

    private static PrepublishDecision decisionOf(Screening verdict) {
        List<String> evidence = verdict.evidence() == null ? List.of() : List.of(verdict.evidence());
        return switch (verdict.outcome()) {
            case REMOVE -> new PrepublishDecision(Decision.REMOVED, List.of(verdict.citedReason()), evidence);
            case BLOCK -> new PrepublishDecision(Decision.BLOCKED, List.of(verdict.citedReason()), evidence);
            case REVIEW -> new PrepublishDecision(Decision.OK,
                    List.of("would be published and held for specialist review: " + verdict.citedReason()), evidence);
        };
    }
}
