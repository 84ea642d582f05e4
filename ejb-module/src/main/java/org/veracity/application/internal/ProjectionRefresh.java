package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.veracity.application.DistributionProjectionService.ReconciledPage;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.distribution.DistributionProjection;
import org.veracity.domain.distribution.ItemProjection;
import org.veracity.domain.distribution.PenaltyBook;
import org.veracity.domain.distribution.ProjectionStamps;
import org.veracity.infrastructure.persistence.ReadOnlyTransactions;

/**
 * Reads items from the database and publishes them to the distribution projection, each call in a transaction of its
 * own that draws its stamp before it reads (see {@link DistributionProjection} for why that orders racing publishers).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ProjectionRefresh {

    @Inject
    ContentRepository contents;

    @Inject
    TreatmentLoader loader;

    @Inject
    DistributionProjection projection;

    @Inject
    ProjectionStamps stamps;

    @Inject
    Clock clock;

    @Inject
    ReadOnlyTransactions readOnly;

    public void items(Collection<Long> ids) {
        long stamp = stamps.next();
        readOnly.markCurrent();
        projection.publish(stamp, loader.projections(contents.refsByIds(ids), clock.instant()));
    }

    public void penalties() {
        long stamp = stamps.next();
        readOnly.markCurrent();
        projection.publishPenalties(stamp, loader.allPenalties(clock.instant()));
    }

    /** One page of the rebuild: publishes the items after {@code afterId}; answers the last id, or -1 at the end. */
    public long rebuildPage(long afterId, int size) {
        List<Long> ids = contents.idsAfter(afterId, size);
        if (ids.isEmpty()) {
            return -1;
        }
        items(ids);
        return ids.get(ids.size() - 1);
    }

    /**
     * One page of reconciliation: compares the items after {@code afterId} with the database and republishes those
     * that differ or are missing. An item published since this page's stamp is newer than what it read, and is left.
     */
    public ReconciledPage reconcilePage(long afterId, int size) {
        List<Long> ids = contents.idsAfter(afterId, size);
        if (ids.isEmpty()) {
            return new ReconciledPage(-1, 0, List.of());
        }
        long stamp = stamps.next();
        readOnly.markCurrent();
        Instant now = clock.instant();
        List<ItemProjection> truth = loader.projections(contents.refsByIds(ids), now);
        Map<String, ItemProjection> held = projection.items(truth.stream().map(ItemProjection::platformId).toList());
        List<ItemProjection> drifted = new ArrayList<>();
        for (ItemProjection p : truth) {
            ItemProjection h = held.get(p.platformId());
            if (h == null || !p.equals(h.withoutLapsed(now))) {
                drifted.add(p);
            }
        }
        projection.publish(stamp, drifted);
        return new ReconciledPage(ids.get(ids.size() - 1), ids.size(),
                drifted.stream().map(ItemProjection::platformId).toList());
    }

    /** Whether the penalty book differs from the database's; republishes it if so. */
    public boolean reconcilePenalties() {
        long stamp = stamps.next();
        readOnly.markCurrent();
        Instant now = clock.instant();
        PenaltyBook truth = loader.allPenalties(now);
        boolean drift = !truth.equals(projection.penalties().withoutLapsed(now));
        if (drift) {
            projection.publishPenalties(stamp, truth);
        }
        return drift;
    }
}
