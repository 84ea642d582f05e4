package org.veracity.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A use case was called with input that breaks its declared constraints; nothing was written.
 * Mapped once to a 400 problem document and once to JSF messages next to the fields.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
