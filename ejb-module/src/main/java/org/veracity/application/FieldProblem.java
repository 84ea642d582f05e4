package org.veracity.application;

import java.util.List;
import org.veracity.domain.Problem;

/** One input problem, named by the field it concerns, in words a person can act on. */
public record FieldProblem(String field, String message) {

    /** The domain's problems, as callers of the use cases receive them. */
    public static List<FieldProblem> of(List<Problem> problems) {
        return problems.stream().map(p -> new FieldProblem(p.field(), p.message())).toList();
    }
}
