package org.veracity.interfaces.web.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.veracity.application.DeliveryService;
import org.veracity.application.SubscriptionService;
import org.veracity.application.SubscriptionService.SubscriptionView;
import org.veracity.application.DeliveryService.DeliveryStatusView;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.access.DeskUser;

/**
 * /desk/deliveries: the outbox's delivery status, dead letters with replay, the WhatsApp token and the webhook
 * subscriptions (ADMIN, R20).
 */
@Named
@RequestScoped
public class DeliveriesBean {

    private static final Map<String, String> TOKEN_FIELDS = Map.of("token", "whatsapp:token");

    @Inject
    DeliveryService deliveries;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    DeskUser user;

    private DeliveryStatusView status;
    private List<SubscriptionView> subscribers;
    private String token;

    public DeliveryStatusView getStatus() {
        if (status == null) {
            status = deliveries.status(user.actor());
        }
        return status;
    }

    /** Every live webhook subscription, of every partner (an admin sees them all; secrets are never shown). */
    public List<SubscriptionView> getSubscriptions() {
        if (subscribers == null) {
            subscribers = subscriptions.list(user.actor());
        }
        return subscribers;
    }

    public void replay(long deliveryId) {
        if (DeskMessages.attempt(() -> deliveries.replay(deliveryId, user.actor()), Map.of())) {
            DeskMessages.info("Delivery " + deliveryId + " is queued again.");
            status = null;
        }
    }

    public void replaceToken() {
        int[] released = new int[1];
        if (DeskMessages.attempt(() -> released[0] = deliveries.replaceWhatsAppToken(token, user.actor()), TOKEN_FIELDS)) {
            DeskMessages.info("WhatsApp token replaced; " + released[0] + " held message(s) go out now.");
            token = null;
            status = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
