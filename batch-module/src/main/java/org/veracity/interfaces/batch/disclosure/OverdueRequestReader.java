package org.veracity.interfaces.batch.disclosure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.veracity.application.DisclosureService;
import org.veracity.interfaces.batch.RunParameters;

/**
 * Reads the ids of disclosure requests open past their deadline at the run's cut-off, in id order. The checkpoint
 * is the last id handed out, so a restart carries on after it.
 */
@Named("overdueRequestReader")
@Dependent
public class OverdueRequestReader extends AbstractItemReader {

    static final int PAGE = 1000;

    @Inject
    DisclosureService disclosures;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = "asOf")
    String asOfProperty;

    private final Deque<Long> ahead = new ArrayDeque<>();
    private Instant asOf;
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        asOf = asOfProperty == null || asOfProperty.isBlank() ? RunParameters.asOf(job) : Instant.parse(asOfProperty);
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (ahead.isEmpty() && !exhausted) {
            ahead.addAll(disclosures.overdueAfter(asOf, lastId, PAGE));
            exhausted = ahead.size() < PAGE;
        }
        Long next = ahead.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
