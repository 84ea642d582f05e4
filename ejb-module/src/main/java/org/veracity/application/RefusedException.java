package org.veracity.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A rule refuses the action (not eligible, a criterion missing, a policy not in effect): 422 over
 * HTTP, messages next to the fields in the desk. Nothing was written.
 */
@ApplicationException(rollback = true)
public class RefusedException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public RefusedException(String reason, List<FieldProblem> problems) {
        super(reason);
        this.problems = List.copyOf(problems);
    }

    public RefusedException(String reason) {
        this(reason, List.of());
    }

    /** A refusal that belongs next to one field, which shows the same message. */
    public static RefusedException onField(String field, String message) {
        return new RefusedException(message, List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
