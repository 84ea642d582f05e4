package org.veracity.interfaces.batch.disclosure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.veracity.application.DisclosureService;
import org.veracity.interfaces.batch.RunParameters;

/**
 * Removes one chunk's overdue posts through the service, which locks and re-checks each request: a chunk replayed
 * after a crash, or closed meanwhile by a concurrent run, removes and audits nothing a second time. The count this
 * execution removed is kept in the job context for {@link DisclosureDeadlineReport}.
 */
@Named("overdueRequestEnforcer")
@Dependent
public class OverdueRequestEnforcer extends AbstractItemWriter {

    @Inject
    DisclosureService disclosures;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = "asOf")
    String asOfProperty;

    private Instant asOf;

    @Override
    public void open(Serializable checkpoint) {
        asOf = asOfProperty == null || asOfProperty.isBlank() ? RunParameters.asOf(job) : Instant.parse(asOfProperty);
    }

    @Override
    public void writeItems(List<Object> items) {
        int removed = disclosures.enforce(items.stream().map(Long.class::cast).toList(), asOf);
        job.setTransientUserData(DisclosureDeadlineReport.removed(job) + removed);
    }
}
