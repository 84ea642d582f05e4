package org.veracity.application.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.exemption.ExemptionDecision;
import org.veracity.domain.exemption.ExemptionRepository;
import org.veracity.domain.exemption.RegistrableDomain;

/** R4 for one item: gathers the list, the host kinds and the override, and lets {@link ExemptionDecision} decide. */
@Dependent
class ExemptionCheck {

    static final String SHORTENER = "SHORTENER";

    @Inject
    ExemptionRepository exemptions;

    ExemptionDecision decide(ContentItem item, Instant now) {
        String domain = item.getRegistrableDomain();
        if (domain == null) {
            return ExemptionDecision.decide(null, false, false, Optional.empty(), now);
        }
        Map<String, String> hosts = exemptions.userContentHosts();
        return ExemptionDecision.decide(domain, hosts.containsKey(domain), exemptions.isOnActiveList(domain),
                exemptions.overrideInForce(domain, now), now);
    }

    /**
     * Where an item's link leads, for R4: a link through a shortener is judged by its destination when the
     * integrator knows it; otherwise by the shortener itself, which is never exempt.
     */
    static Optional<String> registrableDomainOf(String url, String resolvedUrl, Map<String, String> hosts) {
        Optional<String> direct = RegistrableDomain.ofUrl(url);
        if (direct.isPresent() && SHORTENER.equals(hosts.get(direct.get())) && resolvedUrl != null) {
            return RegistrableDomain.ofUrl(resolvedUrl).or(() -> direct);
        }
        return direct;
    }
}
