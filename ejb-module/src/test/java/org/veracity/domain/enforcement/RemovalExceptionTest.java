package org.veracity.domain.enforcement;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemovalExceptionTest {

    private final Instant from = Instant.parse("2018-07-18T00:00:00Z");
    private final RemovalException polio = new RemovalException("polio-pk-af", "Polio misinformation in Pakistan and Afghanistan",
            List.of("PK", "AF"), from, null, "d");
    private final RemovalException covid = new RemovalException("covid-19", "COVID-19 misinformation", List.of(),
            Instant.parse("2020-03-01T00:00:00Z"), Instant.parse("2023-05-05T00:00:00Z"), "d");

    @Test
    void a_regional_exception_covers_only_its_regions() {
        assertNull(polio.whyNotApplicable("PK", from));
        assertNull(polio.whyNotApplicable("AF", from.plusSeconds(1)));
        assertTrue(polio.whyNotApplicable("NG", from).contains("applies only in PK, AF; this item's region is NG"));
        assertTrue(polio.whyNotApplicable(null, from).contains("region is not known"));
    }

    @Test
    void an_exception_holds_only_between_its_dates_to_the_second() {
        assertTrue(polio.whyNotApplicable("PK", from.minusSeconds(1)).contains("not in effect"));
        assertNull(covid.whyNotApplicable("BR", Instant.parse("2023-05-04T23:59:59Z")));
        assertTrue(covid.whyNotApplicable("BR", Instant.parse("2023-05-05T00:00:00Z")).contains("not in effect"));
    }

    @Test
    void an_exception_for_any_region_covers_items_without_one() {
        assertNull(covid.whyNotApplicable(null, Instant.parse("2021-01-01T00:00:00Z")));
    }
}
