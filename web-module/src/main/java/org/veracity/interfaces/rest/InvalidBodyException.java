package org.veracity.interfaces.rest;

import jakarta.ws.rs.BadRequestException;
import java.util.List;
import org.veracity.application.FieldProblem;

/** A request body whose fields do not have the kinds its transfer object needs: 400, one problem per field. */
public class InvalidBodyException extends BadRequestException {

    private final transient List<FieldProblem> problems;

    public InvalidBodyException(List<FieldProblem> problems) {
        super("the request body is not valid");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
