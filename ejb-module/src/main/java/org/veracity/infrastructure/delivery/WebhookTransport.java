package org.veracity.infrastructure.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.veracity.domain.notification.Channel;
import org.veracity.domain.notification.Transport;
import org.veracity.domain.notification.WebhookSignature;
import org.veracity.infrastructure.config.DeliverySettings;

/** Signed webhooks (R20): a POST of the notice's JSON body; any 2xx answer counts as delivered. */
@ApplicationScoped
public class WebhookTransport implements Transport {

    @Inject
    DeliverySettings settings;

    @Inject
    Clock clock;

    private volatile HttpClient client;

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public SendResult send(Dispatch d) {
        long timestamp = clock.instant().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.target()))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Veracity-Webhooks/1")
                    .header(WebhookSignature.ID_HEADER, Long.toString(d.deliveryId()))
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.TOPIC_HEADER, d.topic())
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(d.secret(), timestamp, d.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? SendResult.delivered()
                    : SendResult.failed("HTTP " + response.statusCode() + " from " + d.target() + Http.excerpt(response.body()));
        } catch (IOException | IllegalArgumentException e) {
            return SendResult.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.failed("interrupted");
        }
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            c = Http.client(settings.timeout());
            client = c;
        }
        return c;
    }
}
