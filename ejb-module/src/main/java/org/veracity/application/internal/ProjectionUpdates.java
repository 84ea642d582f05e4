package org.veracity.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.veracity.domain.distribution.DistributionProjection;
import org.veracity.domain.distribution.TreatmentChanges;

/**
 * Keeps the distribution projection equal to the database (issue 15). Every committed change to an item's treatments
 * is read back and published before the caller of the change gets its answer, so the next distribution answer on any
 * instance has it. At start, and whenever a refresh failed, the projection is rebuilt from the database by one
 * instance of the cluster; until it is complete, distribution answers come from the database.
 */
@Singleton
@LocalBean
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProjectionUpdates implements TreatmentChanges.Listener {

    private static final Logger LOG = Logger.getLogger(ProjectionUpdates.class.getName());
    static final int PAGE = 1_000;
    private static final long REFRESH_TIMEOUT_SECONDS = 10;

    @Inject
    DistributionProjection projection;

    @EJB
    ProjectionRefresh refresh;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        if (!projection.isAvailable()) {
            return;
        }
        TreatmentChanges.listen(this);
        if (!projection.isComplete()) {
            executor.submit(this::rebuild);
        }
    }

    @PreDestroy
    void stop() {
        TreatmentChanges.stopListening(this);
    }

    /**
     * Called in the committing thread after the commit. The reading runs in a task of its own, since the finished
     * transaction is still bound to this thread; this thread waits for it, so the change is in the grid when its
     * caller is answered. A refresh that fails leaves the item stale, so the whole projection is set aside (answers
     * from the database) until a rebuild has run.
     */
    @Override
    public void committed(Set<Long> itemIds, boolean penaltiesChanged) {
        Future<?> done = executor.submit(() -> {
            for (List<Long> page : pages(itemIds)) {
                refresh.items(page);
            }
            if (penaltiesChanged) {
                refresh.penalties();
            }
        });
        try {
            done.get(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.log(Level.WARNING, "distribution projection: a refresh of " + itemIds.size()
                    + " items failed; answering from the database until it is rebuilt", e);
            projection.markComplete(false);
            executor.submit(this::rebuild);
        }
    }

    /** Rebuilds the projection from the database unless another instance is doing it; answers whether this one did. */
    public boolean rebuild() {
        return projection.runAlone("rebuild", () -> {
            long started = System.nanoTime();
            projection.markComplete(false);
            refresh.penalties();
            long items = 0;
            for (long last = 0; (last = refresh.rebuildPage(last, PAGE)) >= 0; ) {
                items += PAGE;
                if (items % 100_000 == 0) {
                    LOG.info("distribution projection: rebuilding, " + items + " items so far");
                }
            }
            projection.markComplete(true);
            LOG.info("distribution projection: rebuilt from the database in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
        });
    }

    private static List<List<Long>> pages(Set<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> pages = new ArrayList<>();
        for (int from = 0; from < all.size(); from += PAGE) {
            pages.add(all.subList(from, Math.min(all.size(), from + PAGE)));
        }
        return pages;
    }
}
