package org.veracity.domain.exemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R4: overrides first, then user-content hosts (never exempt), then the list. */
class ExemptionDecisionTest {

    private final Instant now = Instant.parse("2020-10-14T12:00:00Z");

    @Test
    void a_publisher_on_the_list_is_exempt() {
        assertTrue(ExemptionDecision.decide("nypost.com", false, true, Optional.empty(), now).exempt());
    }

    @Test
    void a_host_of_user_content_is_never_exempt_even_when_ranked() {
        ExemptionDecision d = ExemptionDecision.decide("youtube.com", true, true, Optional.empty(), now);
        assertFalse(d.exempt());
        assertTrue(d.reason().contains("hosts user content"));
    }

    @Test
    void a_force_not_exempt_override_beats_the_list_until_it_expires() {
        DomainOverride o = new DomainOverride("nypost.com", OverrideMode.FORCE_NOT_EXEMPT, "disputed sourcing",
                "sam", now.minusSeconds(60), now.plusSeconds(60));
        assertFalse(ExemptionDecision.decide("nypost.com", false, true, Optional.of(o), now).exempt());
        assertTrue(ExemptionDecision.decide("nypost.com", false, true, Optional.of(o), now.plusSeconds(60)).exempt());
    }

    @Test
    void a_force_exempt_override_can_exempt_an_unlisted_domain() {
        DomainOverride o = new DomainOverride("small-local.news", OverrideMode.FORCE_EXEMPT, "public broadcaster",
                "sam", now.minusSeconds(60), null);
        assertTrue(ExemptionDecision.decide("small-local.news", false, false, Optional.of(o), now).exempt());
    }

    @Test
    void a_revoked_override_no_longer_counts() {
        DomainOverride o = new DomainOverride("nypost.com", OverrideMode.FORCE_NOT_EXEMPT, "r", "sam",
                now.minusSeconds(60), null);
        o.revoke(now.minusSeconds(1));
        assertTrue(ExemptionDecision.decide("nypost.com", false, true, Optional.of(o), now).exempt());
    }

    @Test
    void items_without_a_link_are_not_exempt() {
        assertFalse(ExemptionDecision.decide(null, false, false, Optional.empty(), now).exempt());
    }
}
