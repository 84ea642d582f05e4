package org.veracity.domain.exemption;

import java.time.Instant;
import java.util.Optional;

/**
 * R4: whether a link's domain keeps full distribution while its item waits for fact-checkers.
 * Order of precedence: a specialist's override in force; then hosts of user content, which are
 * never exempt; then membership of the current list.
 */
public record ExemptionDecision(boolean exempt, String reason) {

    public static ExemptionDecision decide(String domain, boolean userContentHost, boolean onList,
                                           Optional<DomainOverride> override, Instant now) {
        if (domain == null) {
            return new ExemptionDecision(false, "no link domain");
        }
        Optional<DomainOverride> inForce = override.filter(o -> o.isInForceAt(now));
        if (inForce.isPresent()) {
            boolean exempt = inForce.get().getMode() == OverrideMode.FORCE_EXEMPT;
            return new ExemptionDecision(exempt, (exempt ? "force-exempt" : "force-not-exempt") + " override for "
                    + domain + " by " + inForce.get().getCreatedBy() + ": " + inForce.get().getReason());
        }
        if (userContentHost) {
            return new ExemptionDecision(false, domain + " hosts user content and is never exempt");
        }
        return onList
                ? new ExemptionDecision(true, domain + " is on the popular-site exemption list")
                : new ExemptionDecision(false, domain + " is not on the popular-site exemption list");
    }
}
