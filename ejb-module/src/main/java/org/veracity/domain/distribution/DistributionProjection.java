package org.veracity.domain.distribution;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Every item's {@link ItemProjection} and the {@link PenaltyBook}, held in memory across the cluster (the Payara data
 * grid) so that distribution answers need no database query. PostgreSQL stays the system of record: the projection
 * is rebuilt from it and reconciled with it, and while it is not complete the answers come from the database.
 * <p>
 * Each value is published with a stamp drawn from the database before it was read; a value never replaces one with a
 * higher stamp, so publishers racing on one item leave the newest reading in place whatever order they finish in.
 */
public interface DistributionProjection {

    /** False when there is no data grid: answers then always come from the database. */
    boolean isAvailable();

    /** True once a rebuild finished and no refresh has failed since. */
    boolean isComplete();

    void markComplete(boolean complete);

    /**
     * The answer's read: those ids' projections (by platform id; ids the grid does not hold are left out) and the
     * penalty book, reflecting every change whose caller has had an answer before this call; empty when the
     * projection is not complete or the grid cannot be read, and the database must answer.
     */
    Optional<Reading> current(Collection<String> platformIds);

    record Reading(Map<String, ItemProjection> items, PenaltyBook penalties) {
    }

    /** The projections of those ids the grid holds, by platform id, as the grid holds them now. */
    Map<String, ItemProjection> items(Collection<String> platformIds);

    PenaltyBook penalties();

    void publish(long stamp, Collection<ItemProjection> items);

    void publishPenalties(long stamp, PenaltyBook book);

    /** Runs {@code work} if no other instance of the cluster runs work under the same name; false if one does. */
    boolean runAlone(String name, Runnable work);

    /** How much memory the items take on this instance (owned entries, their backups apart), how many, in how many
     * partitions the grid splits its data, among how many instances, and how many entries this instance's decoded
     * copy holds. */
    Footprint footprint();

    record Footprint(long entries, long bytes, long backupBytes, int partitions, int members, long localEntries) {
    }
}
