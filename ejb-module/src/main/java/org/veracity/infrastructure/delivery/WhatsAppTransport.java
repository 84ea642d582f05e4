package org.veracity.infrastructure.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.veracity.domain.notification.Channel;
import org.veracity.domain.notification.Transport;
import org.veracity.infrastructure.config.DeliverySettings;

/**
 * WhatsApp Business Cloud API template messages (R20): {@code POST {base}/{version}/{phone-number-id}/messages}
 * with the bearer token. The template's body parameters are the subject's id and its new status (or the topic).
 * A 401 means the token expired or was revoked: the delivery is held, not retried, until an admin replaces it.
 */
@ApplicationScoped
public class WhatsAppTransport implements Transport {

    @Inject
    DeliverySettings settings;

    @Inject
    WhatsAppCredentials credentials;

    @Inject
    Clock clock;

    private volatile HttpClient client;

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public SendResult send(Dispatch d) {
        Optional<String> phoneNumberId = settings.whatsAppPhoneNumberId();
        if (phoneNumberId.isEmpty()) {
            return SendResult.failed("WhatsApp is not configured: set veracity.whatsapp.phone-number-id");
        }
        Optional<String> token = credentials.token();
        if (token.isEmpty()) {
            String error = "no WhatsApp token: set VERACITY_WHATSAPP_TOKEN or enter one on the delivery page";
            credentials.refused(error, clock.instant());
            return SendResult.credentialsRefused(error);
        }
        String url = stripSlash(settings.whatsAppBaseUrl()) + "/" + settings.whatsAppApiVersion() + "/"
                + phoneNumberId.get() + "/messages";
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token.get())
                    .POST(HttpRequest.BodyPublishers.ofString(message(d), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                String error = "WhatsApp Cloud API answered 401 (the token expired or was revoked)"
                        + Http.excerpt(response.body()) + "; replace the token on the delivery page";
                credentials.refused(error, clock.instant());
                return SendResult.credentialsRefused(error);
            }
            return response.statusCode() / 100 == 2 ? SendResult.delivered()
                    : SendResult.failed("WhatsApp Cloud API answered " + response.statusCode() + Http.excerpt(response.body()));
        } catch (IOException | IllegalArgumentException e) {
            return SendResult.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.failed("interrupted");
        }
    }

    String message(Dispatch d) {
        JsonArrayBuilder parameters = Json.createArrayBuilder()
                .add(text(d.subjectId()))
                .add(text(statusOf(d.body()).orElse(d.topic())));
        JsonObjectBuilder template = Json.createObjectBuilder()
                .add("name", settings.whatsAppTemplate(d.topic()))
                .add("language", Json.createObjectBuilder().add("code", settings.whatsAppLanguage()))
                .add("components", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "body").add("parameters", parameters)));
        return Json.createObjectBuilder()
                .add("messaging_product", "whatsapp")
                .add("to", d.target())
                .add("type", "template")
                .add("template", template)
                .build().toString();
    }

    private static JsonObject text(String value) {
        return Json.createObjectBuilder().add("type", "text").add("text", value).build();
    }

    /** The body's "status" field, when the body is a JSON object that has one. */
    static Optional<String> statusOf(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject o && o.get("status") instanceof JsonString s) {
                return Optional.of(s.getString());
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
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
