package org.veracity.interfaces.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.veracity.application.TransparencyService;
import org.veracity.domain.access.Actor;

/**
 * The demo's public figures (issue 13): recomputed at every demo start, after the demo's enforcements and
 * ratings are loaded, so the transparency pages show them without waiting for the nightly job.
 */
@Dependent
public class DemoTransparency {

    private static final Logger LOG = Logger.getLogger(DemoTransparency.class.getName());

    @Inject
    TransparencyService transparency;

    public void recompute(Actor loader) {
        transparency.recompute(loader).forEach(f -> LOG.info(() -> "demo mode: transparency figures " + f.figures()
                + " recomputed from " + f.sourceRows() + " rows"));
    }
}
