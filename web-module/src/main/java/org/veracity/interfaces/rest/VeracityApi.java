package org.veracity.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The integrators' REST API under /api (DESIGN §4). JSON and XML come from the same JAXB-annotated classes. */
@ApplicationPath("api")
public class VeracityApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Without the first Jersey answers JAXB-annotated classes through JSON-B, which renders them as {}.
        // No WADL: /api/application.wadl and OPTIONS would describe the API to anyone without a token.
        return Map.of("jersey.config.jsonFeature", "MoxyJsonFeature",
                "jersey.config.server.wadl.disableWadl", true);
    }
}
