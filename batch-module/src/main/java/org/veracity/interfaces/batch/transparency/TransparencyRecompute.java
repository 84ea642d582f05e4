package org.veracity.interfaces.batch.transparency;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import org.veracity.application.TransparencyService;
import org.veracity.domain.access.Actor;

/** Step of {@code recompute-transparency}: rebuilds the public figures' summary tables (R23). */
@Named("transparencyRecompute")
@Dependent
public class TransparencyRecompute extends AbstractBatchlet {

    @Inject
    TransparencyService transparency;

    @Inject
    JobContext job;

    @Override
    public String process() {
        job.setExitStatus(transparency.recompute(Actor.SYSTEM).stream()
                .map(f -> f.figures() + " from " + f.sourceRows() + " rows")
                .collect(Collectors.joining("; ")));
        return BatchStatus.COMPLETED.name();
    }
}
