package org.veracity.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * The distribution projection's upkeep (issue 15): how it stands, and reconciling it with the database, which stays
 * the system of record. Used by the {@code reconcile-distribution-projection} job and the jobs page.
 */
public interface DistributionProjectionService {

    Status status();

    String NO_GRID = "NO GRID";
    String REBUILT = "REBUILT";
    String REBUILDING_ELSEWHERE = "REBUILDING ELSEWHERE";

    /**
     * Rebuilds the projection if it is not complete (one instance of the cluster does it; the others wait for none);
     * otherwise compares the penalty book with the database and repairs it. Answers what it did: {@link #NO_GRID},
     * {@link #REBUILT}, {@link #REBUILDING_ELSEWHERE}, or how the penalty book compared.
     */
    String reconcilePenaltiesOrRebuild();

    /** Compares the items after {@code afterId} (at most {@code size}) with the database, republishing any that differ. */
    ReconciledPage reconcileItemsAfter(@Min(0) long afterId, @Min(1) @Max(10_000) int size);

    record Status(boolean available, boolean complete, long items, long entries, long bytes, long backupBytes,
                  int partitions, int members, long localEntries) {
    }

    /** {@code lastId} is -1 once there are no more items. */
    record ReconciledPage(long lastId, int checked, List<String> repaired) {
    }
}
