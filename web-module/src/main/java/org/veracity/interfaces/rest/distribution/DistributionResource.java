package org.veracity.interfaces.rest.distribution;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.veracity.application.DistributionService;
import org.veracity.domain.access.Scope;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.access.RequiresScope;

@Path("v1/distribution")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class DistributionResource {

    @Inject
    DistributionService distribution;

    /** R22: the feed ranking system's question, for up to 1,000 ids at a time. */
    @POST
    @RequiresScope(Scope.DISTRIBUTION_READ)
    public DistributionItems answer(DistributionRequest request) {
        return DistributionItems.of(distribution.answer(request == null ? null : request.ids));
    }
}
