package org.veracity.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.veracity.domain.notification.Channel;
import org.veracity.domain.notification.Transport;
import org.veracity.domain.notification.Transport.Dispatch;
import org.veracity.domain.notification.Transport.SendResult;
import org.veracity.infrastructure.config.DeliverySettings;

/**
 * Delivers the outbox on this instance (R20): every {@code veracity.outbox.poll-interval} it takes due deliveries
 * in batches and sends each batch in parallel — a batch holds at most one delivery per recipient and subject, the
 * oldest, so order is kept — until none is due. Every instance runs one; SKIP LOCKED and the lease make each
 * delivery go to one of them. All state is in the database, so a restart loses nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService senders;

    @Inject
    OutboxDelivery outbox;

    @Inject
    DeliverySettings settings;

    @Inject
    Instance<Transport> transports;

    private final Map<Channel, Transport> byChannel = new EnumMap<>(Channel.class);
    private ScheduledFuture<?> task;
    private volatile boolean paused;

    @PostConstruct
    void start() {
        transports.forEach(t -> byChannel.put(t.channel(), t));
        if (settings.enabled()) {
            long every = Math.max(50, settings.pollInterval().toMillis());
            task = scheduler.scheduleWithFixedDelay(this::drain, every, every, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Stops taking deliveries on this instance (they wait in the outbox) until {@link #resume}. */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    public boolean paused() {
        return paused;
    }

    /** Delivers until nothing is due; answers how many attempts were made. */
    public int drain() {
        int attempts = 0;
        try {
            List<Dispatch> batch;
            while (!paused && !(batch = outbox.claim(settings.batchSize())).isEmpty()) {
                outbox.record(send(batch));
                attempts += batch.size();
            }
        } catch (RuntimeException e) {
            // Claimed rows keep their lease and are taken again once it lapses.
            LOG.log(Level.WARNING, "outbox delivery: " + e.getMessage(), e);
        }
        return attempts;
    }

    private Map<Long, SendResult> send(List<Dispatch> batch) {
        List<Future<SendResult>> sent = new ArrayList<>(batch.size());
        for (Dispatch d : batch) {
            sent.add(senders.submit(() -> sendOne(d)));
        }
        Map<Long, SendResult> results = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            results.put(batch.get(i).deliveryId(), outcome(sent.get(i)));
        }
        return results;
    }

    private SendResult sendOne(Dispatch d) {
        Transport t = byChannel.get(d.channel());
        return t == null ? SendResult.failed("no transport for " + d.channel()) : t.send(d);
    }

    private static SendResult outcome(Future<SendResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.failed("interrupted");
        } catch (ExecutionException e) {
            return SendResult.failed(String.valueOf(e.getCause()));
        }
    }
}
