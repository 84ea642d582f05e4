package org.veracity.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.domain.escalation.PublicFormLimits;
import org.veracity.domain.escalation.ServiceLevels;

/**
 * R20's settings: {@code veracity.escalations.first-response} (PT24H), {@code veracity.escalations.decision}
 * (PT72H) and {@code veracity.escalations.warning} (PT2H, when a row is highlighted as due soon); the public form's
 * abuse protection: {@code veracity.escalations.public.min-seconds} (3: a form sent sooner after it was shown is a
 * robot's) and {@code veracity.escalations.public.per-email-per-day} (5); the key that signs the form's tickets,
 * {@code veracity.escalations.public.form-key} (Base64 of at least 32 bytes, from the environment only, no default:
 * without it a key is drawn once and kept in the database for every instance). The key is never logged.
 */
@ApplicationScoped
public class EscalationSettings {

    @Inject
    @ConfigProperty(name = "veracity.escalations.first-response", defaultValue = "PT24H")
    Duration firstResponse;

    @Inject
    @ConfigProperty(name = "veracity.escalations.decision", defaultValue = "PT72H")
    Duration decision;

    @Inject
    @ConfigProperty(name = "veracity.escalations.warning", defaultValue = "PT2H")
    Duration warning;

    @Inject
    @ConfigProperty(name = "veracity.escalations.public.min-seconds", defaultValue = "3")
    int publicMinSeconds;

    @Inject
    @ConfigProperty(name = "veracity.escalations.public.per-email-per-day", defaultValue = "5")
    int publicPerEmailPerDay;

    @Inject
    @ConfigProperty(name = "veracity.escalations.public.form-key")
    Optional<String> publicFormKey;

    /** The configured form key, if any; refused at first use when too short or not Base64 (without quoting it). */
    public Optional<byte[]> publicFormKey() {
        return publicFormKey.filter(s -> !s.isBlank()).map(s -> {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(s.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("veracity.escalations.public.form-key is not valid Base64");
            }
            if (key.length < 32) {
                throw new IllegalStateException("veracity.escalations.public.form-key must decode to at least 32 bytes");
            }
            return key;
        });
    }

    @Produces
    public ServiceLevels serviceLevels() {
        return new ServiceLevels(firstResponse, decision, warning);
    }

    @Produces
    public PublicFormLimits publicFormLimits() {
        return new PublicFormLimits(publicMinSeconds, publicPerEmailPerDay);
    }
}
