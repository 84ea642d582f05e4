package org.veracity.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.domain.sponsorship.DisclosurePolicy;

/** R17's configuration: {@code veracity.disclosure.deadline-days} (7 by default). */
@ApplicationScoped
public class DisclosureSettings {

    @Inject
    @ConfigProperty(name = "veracity.disclosure.deadline-days", defaultValue = "7")
    int deadlineDays;

    @Produces
    DisclosurePolicy disclosurePolicy() {
        return new DisclosurePolicy(Duration.ofDays(deadlineDays));
    }
}
