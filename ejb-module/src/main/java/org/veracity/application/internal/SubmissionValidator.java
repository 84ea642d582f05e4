package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.veracity.application.FieldProblem;

/** Turns Bean Validation violations of one submission into field problems, so one bad item rejects only itself. */
@ApplicationScoped
class SubmissionValidator {

    @Inject
    Validator validator;

    <T> List<FieldProblem> problemsOf(T submission) {
        return validator.validate(submission).stream()
                .map(SubmissionValidator::toProblem)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    private static FieldProblem toProblem(ConstraintViolation<?> v) {
        return new FieldProblem(v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""), v.getMessage());
    }
}
