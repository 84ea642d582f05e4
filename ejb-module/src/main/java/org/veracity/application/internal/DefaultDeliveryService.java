package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veracity.application.ConflictException;
import org.veracity.application.DeliveryService;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.notification.Channel;
import org.veracity.domain.notification.Delivery;
import org.veracity.domain.notification.DeliveryStatus;
import org.veracity.domain.notification.OutboxRepository;
import org.veracity.infrastructure.delivery.WhatsAppCredentials;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultDeliveryService implements DeliveryService {

    private static final int SHOWN = 50;

    @Inject
    OutboxRepository outbox;

    @Inject
    WhatsAppCredentials whatsApp;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public DeliveryStatusView status(Actor actor) {
        Permissions.require(actor, "seeing deliveries", Permission.VIEW_DELIVERIES);
        Map<String, Long> counts = new LinkedHashMap<>();
        outbox.countsByStatus().forEach((s, n) -> counts.put(s.name(), n));
        WhatsAppCredentials.State w = whatsApp.state();
        return new DeliveryStatusView(counts, views(outbox.failing(SHOWN)),
                views(outbox.withStatus(DeliveryStatus.DEAD, SHOWN)), views(outbox.withStatus(DeliveryStatus.HELD, SHOWN)),
                views(outbox.withStatus(DeliveryStatus.DELIVERED, 20)),
                new WhatsAppView(w.configured(), w.hasToken(), w.tokenSource(), w.refusedAt(), w.refusal()));
    }

    @Override
    public void replay(long deliveryId, Actor actor) {
        Permissions.require(actor, "replaying a dead letter", Permission.MANAGE_DELIVERIES);
        Delivery d = outbox.findDelivery(deliveryId)
                .orElseThrow(() -> new UnknownSubjectException("no delivery " + deliveryId));
        if (d.getStatus() != DeliveryStatus.DEAD) {
            throw new ConflictException("delivery " + deliveryId + " is " + d.getStatus() + ", not a dead letter");
        }
        d.replay(clock.instant());
        audit.record(AuditEntry.of(actor, AuditSubject.DELIVERY, String.valueOf(deliveryId),
                AuditAction.DELIVERY_REPLAYED, null,
                d.getChannel() + " to " + d.getTarget() + " after " + d.getAttempts() + " attempts: " + d.getLastError()));
    }

    @Override
    public int replaceWhatsAppToken(String token, Actor actor) {
        Permissions.require(actor, "replacing the WhatsApp token", Permission.MANAGE_DELIVERIES);
        whatsApp.replace(token.strip(), clock.instant());
        List<Delivery> held = outbox.held(Channel.WHATSAPP);
        held.forEach(d -> d.release(clock.instant()));
        // The token itself is never recorded.
        audit.record(AuditEntry.of(actor, AuditSubject.DELIVERY, "whatsapp", AuditAction.WHATSAPP_TOKEN_REPLACED, null,
                held.size() + " held message(s) released"));
        return held.size();
    }

    private static List<DeliveryView> views(List<Delivery> deliveries) {
        return deliveries.stream().map(d -> new DeliveryView(d.getId(), d.getMessage().getId(), d.getChannel().name(),
                d.getTarget(), d.getMessage().getTopic(), d.getMessage().getSubjectType() + " "
                + d.getMessage().getSubjectId(), d.getStatus().name(), d.getAttempts(), d.getCreatedAt(),
                d.getNextAttemptAt(), d.getDeliveredAt(), d.getLastError())).toList();
    }
}
