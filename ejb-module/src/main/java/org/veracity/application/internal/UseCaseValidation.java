package org.veracity.application.internal;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.veracity.application.FieldProblem;
import org.veracity.application.InvalidInputException;

/**
 * Enforces the Bean Validation constraints declared on the service interfaces before a use case
 * runs. Payara does not apply Bean Validation's own method interceptor to these EJBs, so every
 * {@code Default…Service} names this one explicitly.
 */
public class UseCaseValidation {

    @Inject
    Validator validator;

    @AroundInvoke
    Object validate(InvocationContext call) throws Exception {
        // Payara hands a null parameter array to interceptors of methods without parameters.
        if (call.getParameters() == null || call.getParameters().length == 0) {
            return call.proceed();
        }
        Set<ConstraintViolation<Object>> violations = validator.forExecutables()
                .validateParameters(call.getTarget(), call.getMethod(), call.getParameters());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream().map(UseCaseValidation::toProblem)
                    .sorted(Comparator.comparing(FieldProblem::field)).toList());
        }
        return call.proceed();
    }

    /**
     * "answer.ids" → "ids", "rate.rating.claim" → "claim": callers know their input's fields, not our
     * method and parameter names.
     */
    private static FieldProblem toProblem(ConstraintViolation<Object> v) {
        String[] parts = v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "").split("\\.");
        String field = parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
        return new FieldProblem(field, v.getMessage());
    }

}
