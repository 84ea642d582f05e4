package org.veracity.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.veracity.domain.notification.Channel;
import org.veracity.domain.notification.Delivery;
import org.veracity.domain.notification.Notice;
import org.veracity.domain.notification.OutboxMessage;
import org.veracity.domain.notification.OutboxRepository;
import org.veracity.domain.notification.WebhookSubscription;

/**
 * Writes each {@link Notice} to the outbox in the transaction of the change it reports (a synchronous observer;
 * the outbox's entity manager joins the caller's transaction and refuses to work without one), with one
 * delivery per recipient: the subscriptions that receive it, the reporter's e-mail address, its WhatsApp number.
 * A notice nobody is to receive writes nothing. The live subscriptions are read once per transaction, so a job
 * that changes thousands of items does not ask for them thousands of times.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final Object SUBSCRIPTIONS = new Object();

    @Inject
    OutboxRepository outbox;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transaction;

    void on(@Observes Notice notice) {
        List<WebhookSubscription> to = subscriptions().stream().filter(s -> s.receives(notice)).toList();
        boolean email = present(notice.email());
        boolean whatsApp = present(notice.whatsapp());
        if (to.isEmpty() && !email && !whatsApp) {
            return;
        }
        Instant now = clock.instant();
        OutboxMessage message = new OutboxMessage(notice, now);
        outbox.store(message);
        for (WebhookSubscription s : to) {
            outbox.store(Delivery.webhook(message, s, now));
        }
        if (email) {
            outbox.store(Delivery.direct(message, Channel.EMAIL, notice.email().strip(), now));
        }
        if (whatsApp) {
            outbox.store(Delivery.direct(message, Channel.WHATSAPP, notice.whatsapp().strip(), now));
        }
    }

    @SuppressWarnings("unchecked")
    private List<WebhookSubscription> subscriptions() {
        List<WebhookSubscription> cached = (List<WebhookSubscription>) transaction.getResource(SUBSCRIPTIONS);
        if (cached == null) {
            cached = outbox.subscriptions();
            transaction.putResource(SUBSCRIPTIONS, cached);
        }
        return cached;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
