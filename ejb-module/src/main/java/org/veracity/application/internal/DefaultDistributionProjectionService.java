package org.veracity.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import org.veracity.application.DistributionProjectionService;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.distribution.DistributionProjection;
import org.veracity.domain.distribution.DistributionProjection.Footprint;

/** Each page in a transaction of its own ({@link ProjectionRefresh}); nothing here holds one across pages. */
@Stateless
@Interceptors(UseCaseValidation.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultDistributionProjectionService implements DistributionProjectionService {

    @Inject
    DistributionProjection projection;

    @EJB
    ProjectionRefresh refresh;

    @EJB
    ProjectionUpdates updates;

    @Inject
    ContentRepository contents;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Status status() {
        if (!projection.isAvailable()) {
            return new Status(false, false, contents.count(), 0, 0, 0, 0, 0, 0);
        }
        Footprint f = projection.footprint();
        return new Status(true, projection.isComplete(), contents.count(), f.entries(), f.bytes(), f.backupBytes(),
                f.partitions(), f.members(), f.localEntries());
    }

    @Override
    public String reconcilePenaltiesOrRebuild() {
        if (!projection.isAvailable()) {
            return NO_GRID;
        }
        if (!projection.isComplete()) {
            return updates.rebuild() ? REBUILT : REBUILDING_ELSEWHERE;
        }
        return refresh.reconcilePenalties() ? "penalty book repaired" : "penalty book matches";
    }

    @Override
    public ReconciledPage reconcileItemsAfter(long afterId, int size) {
        if (!projection.isAvailable()) {
            return new ReconciledPage(-1, 0, List.of());
        }
        return refresh.reconcilePage(afterId, size);
    }
}
