package org.veracity.domain.suspension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountSuspensionTest {

    private static final Instant START = Instant.parse("2021-06-04T00:00:00Z");
    private static final Instant TWO_YEARS_LATER = START.plus(Duration.ofDays(730));

    private static AccountSuspension forTwoYears() {
        return new AccountSuspension("author-1", START, TWO_YEARS_LATER, "praised violence", "sam", START);
    }

    @Test
    void a_suspension_for_a_period_holds_from_its_start_to_the_second_before_its_end() {
        AccountSuspension s = forTwoYears();
        assertFalse(s.isInForceAt(START.minusSeconds(1)));
        assertTrue(s.isInForceAt(START));
        assertTrue(s.isInForceAt(TWO_YEARS_LATER.minusSeconds(1)));
        assertFalse(s.isInForceAt(TWO_YEARS_LATER));
    }

    @Test
    void a_permanent_suspension_never_ends_by_itself() {
        AccountSuspension s = new AccountSuspension("author-1", START, null, "repeat offences", "sam", START);
        assertTrue(s.isPermanent());
        assertTrue(s.isInForceAt(START.plus(Duration.ofDays(36_500))));
        assertTrue(s.describe().contains("permanently"));
    }

    @Test
    void lifting_ends_it_early_but_not_for_what_was_posted_before() {
        AccountSuspension s = forTwoYears();
        Instant lifted = START.plus(Duration.ofDays(100));
        s.lift("sam", lifted, "appeal granted");
        assertTrue(s.isInForceAt(lifted.minusSeconds(1)));
        assertFalse(s.isInForceAt(lifted));
        assertFalse(s.canBeLiftedAt(lifted.plusSeconds(1)), "lifted once");
    }

    @Test
    void a_suspension_that_ended_cannot_be_lifted() {
        AccountSuspension s = forTwoYears();
        assertFalse(s.canBeLiftedAt(TWO_YEARS_LATER));
        assertThrows(IllegalStateException.class, () -> s.lift("sam", TWO_YEARS_LATER, "late"));
    }

    @Test
    void a_period_ends_after_it_starts() {
        assertThrows(IllegalArgumentException.class,
                () -> new AccountSuspension("author-1", START, START, "x", "sam", START));
    }
}
