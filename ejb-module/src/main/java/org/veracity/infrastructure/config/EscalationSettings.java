package org.veracity.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.domain.escalation.PublicFormLimits;
import org.veracity.domain.escalation.ServiceLevels;

/**
 * R20's settings: {@code veracity.escalations.first-response} (PT24H), {@code veracity.escalations.decision}
 * (PT72H) and {@code veracity.escalations.warning} (PT2H, when a row is highlighted as due soon); the public form's
 * abuse protection: {@code veracity.escalations.public.min-seconds} (3: a form sent sooner after it was shown is a
 * robot's) and {@code veracity.escalations.public.per-email-per-day} (5).
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

    @Produces
    public ServiceLevels serviceLevels() {
        return new ServiceLevels(firstResponse, decision, warning);
    }

    @Produces
    public PublicFormLimits publicFormLimits() {
        return new PublicFormLimits(publicMinSeconds, publicPerEmailPerDay);
    }
}
