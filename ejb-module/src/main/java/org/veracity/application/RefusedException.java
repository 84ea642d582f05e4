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

    public List<FieldProblem> problems() {
        return problems;
    }
}
