package org.veracity.interfaces.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.veracity.application.InvalidInputException;

/** Maps expected failures to problem documents, once, for every resource. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** Input that breaks a use case's constraints: 400 with one entry per field. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.of(Response.Status.BAD_REQUEST, "the request is not valid").withErrors(e.problems())
                    .toResponse();
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
