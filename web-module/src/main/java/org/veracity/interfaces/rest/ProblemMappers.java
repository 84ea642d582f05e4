package org.veracity.interfaces.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.veracity.application.ConflictException;
import org.veracity.application.InvalidInputException;
import org.veracity.application.RefusedException;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.NotPermittedException;

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

    /** A body whose fields have the wrong kinds ({@link StrictBodies}): 400 with one entry per field. */
    @Provider
    public static class InvalidBody implements ExceptionMapper<InvalidBodyException> {
        @Override
        public Response toResponse(InvalidBodyException e) {
            return Problem.of(Response.Status.BAD_REQUEST, e.getMessage()).withErrors(e.problems()).toResponse();
        }
    }

    /** A rule refuses the action: 422 with the reasons per field. */
    @Provider
    public static class Refused implements ExceptionMapper<RefusedException> {
        @Override
        public Response toResponse(RefusedException e) {
            Problem p = Problem.of(Response.Status.BAD_REQUEST, e.getMessage()).withErrors(e.problems());
            p.status = 422;
            p.title = "Unprocessable Content";
            return p.toResponse();
        }
    }

    @Provider
    public static class NotPermitted implements ExceptionMapper<NotPermittedException> {
        @Override
        public Response toResponse(NotPermittedException e) {
            return Problem.of(Response.Status.FORBIDDEN, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class UnknownSubject implements ExceptionMapper<UnknownSubjectException> {
        @Override
        public Response toResponse(UnknownSubjectException e) {
            return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.of(Response.Status.CONFLICT, e.getMessage()).toResponse();
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

    /**
     * Anything else is a defect of ours, not of the request: 500 as a problem document that says so,
     * never the server's HTML page with exception or SQL text. The stack trace goes to the log, once.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "REST request failed (incident " + incident + ")", e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                    "Veracity failed to answer; the operators can find incident " + incident + " in the log").toResponse();
        }
    }
}
