package org.veracity.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drains the semantic backlog on this instance (issue 10): every {@code veracity.rfh.semantic.poll-interval} it
 * screens waiting items in batches until none is left. A fixed delay, so one drain at a time per instance; other
 * instances take other rows (SKIP LOCKED). The model is loaded at the first run, not by the first item.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator") // its first run reads the RFH generation, which the migrations create
public class SemanticBacklogWorker {

    private static final Logger LOG = Logger.getLogger(SemanticBacklogWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    SemanticScreening screening;

    @Inject
    @ConfigProperty(name = "veracity.rfh.semantic.enabled")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "veracity.rfh.semantic.poll-interval")
    Duration interval;

    @Inject
    @ConfigProperty(name = "veracity.rfh.semantic.batch-size")
    int batch;

    private ScheduledFuture<?> task;
    private volatile boolean warm;

    @PostConstruct
    void start() {
        if (enabled) {
            task = executor.scheduleWithFixedDelay(this::drain, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void drain() {
        try {
            if (!warm) {
                screening.warmUp();
                warm = true;
            }
            while (screening.screenWaiting(batch) > 0) {
                // keep going while items wait
            }
        } catch (RuntimeException e) {
            // The rows stay in the backlog and are tried again at the next run.
            LOG.log(Level.WARNING, "semantic screen: " + e.getMessage(), e);
        }
    }
}
