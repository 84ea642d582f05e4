package org.veracity.interfaces.batch.expiry;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.veracity.application.DemotionExpiryService;

/**
 * Closes one chunk of lapsed demotions. The service's conditional update makes this safe to repeat:
 * a chunk replayed after a crash, or closed meanwhile by a concurrent run, closes and audits nothing
 * a second time. What it closed is added up in the partition's step context for
 * {@link ClosedCountCollector}.
 */
@Named("lapsedDemotionCloser")
@Dependent
public class LapsedDemotionCloser extends AbstractItemWriter {

    @Inject
    DemotionExpiryService expiry;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = LapsedDemotionShares.AS_OF)
    String asOfProperty;

    private Instant asOf;

    @Override
    public void open(Serializable checkpoint) {
        asOf = Instant.parse(asOfProperty);
    }

    @Override
    public void writeItems(List<Object> items) {
        int closed = expiry.close(items.stream().map(Long.class::cast).toList(), asOf);
        step.setTransientUserData(ClosedCountCollector.pending(step) + closed);
    }
}
