package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.veracity.domain.access.Actor;

/**
 * R20: what the outbox is doing, for the admin's delivery page — counts, deliveries that fail and why, dead
 * letters (replayable), deliveries held for new credentials, the WhatsApp token's state — and the two things an
 * admin does there: replay a dead letter, replace the WhatsApp token.
 */
public interface DeliveryService {

    DeliveryStatusView status(@NotNull Actor actor);

    void replay(long deliveryId, @NotNull Actor actor);

    /** Replaces the WhatsApp Cloud API token (kept in memory, never stored or logged) and releases held messages. */
    int replaceWhatsAppToken(@NotBlank(message = "enter the new token") @Size(max = 1000) String token,
                             @NotNull Actor actor);

    record DeliveryStatusView(Map<String, Long> counts, List<DeliveryView> failing, List<DeliveryView> dead,
                              List<DeliveryView> held, List<DeliveryView> delivered, WhatsAppView whatsApp) {
    }

    record DeliveryView(long id, long messageId, String channel, String target, String topic, String subject,
                        String status, int attempts, Instant queuedAt, Instant nextAttemptAt, Instant deliveredAt,
                        String lastError) {
    }

    record WhatsAppView(boolean configured, boolean hasToken, String tokenSource, Instant refusedAt, String refusal) {
    }
}
