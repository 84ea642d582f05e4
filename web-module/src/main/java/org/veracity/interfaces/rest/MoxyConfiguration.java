package org.veracity.interfaces.rest;

import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.moxy.json.MoxyJsonConfig;

/** JSON without a root element, and lists always as arrays, even when they hold one element or none. */
@Provider
public class MoxyConfiguration implements ContextResolver<MoxyJsonConfig> {

    private final MoxyJsonConfig config = new MoxyJsonConfig()
            .setIncludeRoot(false)
            .setMarshalEmptyCollections(true)
            .setFormattedOutput(false);

    @Override
    public MoxyJsonConfig getContext(Class<?> type) {
        return config;
    }
}
