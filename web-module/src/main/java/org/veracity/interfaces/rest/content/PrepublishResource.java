package org.veracity.interfaces.rest.content;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.veracity.application.FieldProblem;
import org.veracity.application.InvalidInputException;
import org.veracity.application.PrepublishCheckService;
import org.veracity.domain.access.Scope;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.access.RequiresScope;

/** R24: what intake would do with a post, asked before publishing; nothing is stored. */
@Path("v1/prepublish-check")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class PrepublishResource {

    @Inject
    PrepublishCheckService checks;

    @POST
    @RequiresScope(Scope.CONTENT_READ)
    public PrepublishAnswer check(PrepublishItem item) {
        if (item == null) {
            throw new InvalidInputException(List.of(new FieldProblem("item", "is required")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        ContentSubmission submission = item.toSubmission(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return PrepublishAnswer.of(checks.check(submission));
    }
}
