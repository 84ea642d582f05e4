package org.veracity.interfaces.batch.transparency;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.veracity.application.OpenDataDumpService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.transparency.DumpManifest;

/**
 * Step of {@code publish-open-data}: writes the dump of the {@code day} parameter, or of the day before the
 * run's {@code asOf} moment (the nightly run publishes yesterday).
 */
@Named("openDataPublisher")
@Dependent
public class OpenDataPublisher extends AbstractBatchlet {

    @Inject
    OpenDataDumpService dumps;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = "day")
    String day;

    @Inject
    @BatchProperty(name = "asOf")
    String asOf;

    @Override
    public String process() {
        LocalDate which = day != null && !day.isBlank() ? LocalDate.parse(day.trim())
                : LocalDate.ofInstant(Instant.parse(asOf), ZoneOffset.UTC).minusDays(1);
        DumpManifest manifest = dumps.publish(which, Actor.SYSTEM);
        job.setExitStatus(which + ": " + String.join(", ", manifest.files().stream()
                .map(f -> f.name() + " " + f.rows() + " rows").toList()));
        return BatchStatus.COMPLETED.name();
    }
}
