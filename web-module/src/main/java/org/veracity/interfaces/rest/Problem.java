package org.veracity.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.veracity.application.FieldProblem;

/** An RFC 9457 problem document with the field-level {@code errors} list of DESIGN §4. */
@XmlRootElement(name = "problem")
@XmlAccessorType(XmlAccessType.FIELD)
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public String type = "about:blank";
    public String title;
    public int status;
    public String detail;
    public String instance;
    @XmlElement(name = "errors")
    public List<FieldError> errors = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class FieldError {
        public String field;
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
