package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.application.FieldProblem;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.content.PostTime;

/** Turns Bean Validation violations of one submission into field problems, so one bad item rejects only itself. */
@ApplicationScoped
class SubmissionValidator {

    @Inject
    Validator validator;

    /** How far an integrator's clock may run ahead of ours before a post "from the future" is an error. */
    @Inject
    @ConfigProperty(name = "veracity.intake.clock-skew")
    Duration clockSkew;

    <T> List<FieldProblem> problemsOf(T submission) {
        return validator.validate(submission).stream()
                .map(SubmissionValidator::toProblem)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    /** Everything wrong with one content item as intake and the pre-publication check see it (R1). */
    List<FieldProblem> problemsOf(ContentSubmission s, Instant now) {
        List<FieldProblem> problems = new ArrayList<>(problemsOf(s));
        PostTime.implausibility(s.postedAt(), now, clockSkew)
                .ifPresent(why -> problems.add(new FieldProblem("postedAt", why)));
        return problems;
    }

    private static FieldProblem toProblem(ConstraintViolation<?> v) {
        return new FieldProblem(v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""), v.getMessage());
    }
}
