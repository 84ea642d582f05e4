package org.veracity.interfaces.rest.content;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.veracity.application.ContentQueryService;
import org.veracity.application.IntakeService;
import org.veracity.domain.access.Scope;
import org.veracity.interfaces.rest.IntakeResults;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.access.Caller;
import org.veracity.interfaces.rest.access.RequiresScope;

@Path("v1/content")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class ContentResource {

    @Inject
    IntakeService intake;

    @Inject
    ContentQueryService queries;

    @Inject
    Caller caller;

    /** R1 intake: one result per item, in the order sent; a bad item never rejects the good ones. */
    @POST
    @RequiresScope(Scope.CONTENT_WRITE)
    public IntakeResults submit(ContentBatch batch) {
        List<ContentBatch.Item> items = batch == null ? null : batch.items;
        return IntakeResults.of(new BatchIntake<>(items, ContentBatch.Item::toSubmission, i -> i.id)
                .submitWith(valid -> intake.submitContent(valid, caller.actor())));
    }

    @GET
    @Path("{id}")
    @RequiresScope(Scope.CONTENT_READ)
    public ContentDetail get(@PathParam("id") String id) {
        return queries.find(id).map(ContentDetail::of)
                .orElseThrow(() -> new NotFoundException("no content item " + id));
    }
}
