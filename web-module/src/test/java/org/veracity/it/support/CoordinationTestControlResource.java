package org.veracity.it.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.veracity.infrastructure.config.CoordinationSettings;

/** Test deployments only: switches R18's detection at intake, so the intake benchmark can measure without it. */
@Path("test/coordination")
@Produces(MediaType.TEXT_PLAIN)
public class CoordinationTestControlResource {

    @Inject
    CoordinationSettings settings;

    @POST
    @Path("detection")
    public String detection(@FormParam("enabled") boolean enabled) {
        settings.enable(enabled);
        return Boolean.toString(settings.enabled());
    }
}
