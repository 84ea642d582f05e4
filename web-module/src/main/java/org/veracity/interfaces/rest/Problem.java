package org.veracity.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.veracity.application.FieldProblem;

/** An RFC 9457 problem document with the field-level {@code errors} list of DESIGN §4. */
@XmlRootElement(name = "problem")
@XmlAccessorType(XmlAccessType.FIELD)
@Schema(name = "Problem", description = "An RFC 9457 problem document with the fields at fault")
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    @Schema(example = "about:blank")
    public String type = "about:blank";
    @Schema(example = "Bad Request")
    public String title;
    @Schema(description = "The HTTP status", example = "400")
    public int status;
    @Schema(description = "What went wrong, in words", example = "the request is not valid")
    public String detail;
    public String instance;
    @XmlElement(name = "errors")
    @Schema(description = "One entry per field at fault; empty when no field is")
    public List<FieldError> errors = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "FieldError")
    public static class FieldError {
        @Schema(description = "The field at fault, as named in the request", example = "postedAt")
        public String field;
        @Schema(example = "must be an ISO-8601 instant such as 2020-10-14T12:00:00Z")
        public String message;

        public FieldError() {
        }

        public FieldError(String field, String message) {
            this.field = field;
            this.message = message;
        }
    }

    public static Problem of(Response.Status status, String detail) {
        Problem p = new Problem();
        p.status = status.getStatusCode();
        p.title = status.getReasonPhrase();
        p.detail = detail;
        return p;
    }

    public Problem withErrors(List<FieldProblem> problems) {
        problems.forEach(fp -> errors.add(new FieldError(fp.field(), fp.message())));
        return this;
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
