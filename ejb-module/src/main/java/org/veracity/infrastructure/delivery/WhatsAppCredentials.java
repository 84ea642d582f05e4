package org.veracity.infrastructure.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.veracity.infrastructure.config.DeliverySettings;

/**
 * The WhatsApp Cloud API bearer token: the configured one (VERACITY_WHATSAPP_TOKEN), or the one an admin set on
 * the desk, which is kept in this instance's memory only — never stored, never logged — and so lasts until a
 * restart; put a lasting token into the environment (docs/operations.md). Remembers the Cloud API's last refusal
 * for the admin's delivery page.
 */
@ApplicationScoped
public class WhatsAppCredentials {

    @Inject
    DeliverySettings settings;

    private volatile String replacement;
    private volatile Instant replacedAt;
    private volatile Instant refusedAt;
    private volatile String refusal;

    public Optional<String> token() {
        return Optional.ofNullable(replacement).or(settings::whatsAppToken);
    }

    public void replace(String token, Instant at) {
        replacement = token;
        replacedAt = at;
        refusedAt = null;
        refusal = null;
    }

    void refused(String error, Instant at) {
        refusal = error;
        refusedAt = at;
    }

    public State state() {
        return new State(settings.whatsAppPhoneNumberId().isPresent(), token().isPresent(),
                replacement != null ? "set on the desk at " + replacedAt + " (this instance, until restart)"
                        : settings.whatsAppToken().isPresent() ? "configuration" : "none",
                refusedAt, refusal);
    }

    /** What the delivery page shows: never the token itself. */
    public record State(boolean configured, boolean hasToken, String tokenSource, Instant refusedAt, String refusal) {
    }
}
