package org.veracity.domain.distribution;

import java.time.Instant;
import org.veracity.domain.sponsorship.DisclosureRequest;
import org.veracity.domain.sponsorship.DisclosureStatus;

/** An open disclosure request as the distribution answer needs it: its deadline removes the post (R17, R22). */
public record DisclosureTerm(DisclosureStatus status, Instant deadline, String paidForBy, String policyVersion) {

    public static DisclosureTerm of(DisclosureRequest r) {
        return r == null ? null : new DisclosureTerm(r.getStatus(), r.getDeadline(), r.getPaidForBy(), r.getPolicyVersion());
    }

    public boolean removesPostAt(Instant t) {
        return DisclosureRequest.removesPostAt(status, deadline, t);
    }
}
