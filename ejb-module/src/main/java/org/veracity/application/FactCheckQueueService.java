package org.veracity.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

public interface FactCheckQueueService {

    /** Open queue entries, highest priority first, each with its multiplier now. */
    List<QueueRow> openEntries(@Min(0) int offset, @Min(1) @Max(500) int limit);

    long countOpen();
}
