package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.ArrayList;
import java.time.Duration;
import java.time.Instant;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.content.WebDomain;
import org.veracity.application.FieldProblem;

/** Turns Bean Validation violations of one submission into field problems, so one bad item rejects only itself. */
@ApplicationScoped
class SubmissionValidator {

    /** Integrators' clocks drift; a post "from the future" beyond this is an error, not drift. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    @Inject
    Validator validator;

    <T> List<FieldProblem> problemsOf(T submission) {
        return validator.validate(submission).stream()
                .map(SubmissionValidator::toProblem)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    /** Everything wrong with one content item as intake and the pre-publication check see it (R1). */
    List<FieldProblem> problemsOf(ContentSubmission s, Instant now) {
        List<FieldProblem> problems = new ArrayList<>(problemsOf(s));
        if (s.url() != null && !s.url().isBlank() && !WebDomain.isWebUrl(s.url())) {
            problems.add(new FieldProblem("url", "must be an http or https URL"));
        }
        if (s.resolvedUrl() != null && !s.resolvedUrl().isBlank() && !WebDomain.isWebUrl(s.resolvedUrl())) {
            problems.add(new FieldProblem("resolvedUrl", "must be an http or https URL"));
        }
        if (s.postedAt() != null && s.postedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            problems.add(new FieldProblem("postedAt", "must not be in the future"));
        }
        return problems;
    }

    private static FieldProblem toProblem(ConstraintViolation<?> v) {
        return new FieldProblem(v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""), v.getMessage());
    }
}
