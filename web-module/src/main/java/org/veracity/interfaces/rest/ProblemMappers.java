package org.veracity.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.veracity.application.FieldProblem;

/** Maps expected failures to problem documents, once, for every resource. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** Bean Validation at a service interface: 400 with one entry per field. */
    @Provider
    public static class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<FieldProblem> problems = e.getConstraintViolations().stream()
                    .map(ConstraintViolations::toProblem)
                    .sorted(Comparator.comparing(FieldProblem::field))
                    .toList();
            return Problem.of(Response.Status.BAD_REQUEST, "the request is not valid").withErrors(problems).toResponse();
        }

        /** "submitContent.items" → "items": callers know the body's fields, not our method names. */
        private static FieldProblem toProblem(ConstraintViolation<?> v) {
            String path = v.getPropertyPath().toString();
            String[] parts = path.split("\\.", 2);
            String field = parts.length == 2 ? parts[1].replaceFirst("^[^.]*?arg\\d+", "body") : path;
            return new FieldProblem(field.replaceAll("\\.<[^>]+>", ""), v.getMessage());
        }
    }

    /** Unreadable bodies, unknown paths, wrong methods: the status Jersey chose, as a problem document. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            Response.Status known = status == null ? Response.Status.BAD_REQUEST : status;
            String detail = e instanceof NotFoundException ? "no such resource" : describe(e);
            return Problem.of(known, detail).toResponse();
        }

        private static String describe(WebApplicationException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root == e ? e.getMessage() : "the request body could not be read: " + root.getMessage();
        }
    }
}
