package org.veracity.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15: each subject's events go to one chain of 64, the same on every instance and after every restart. */
class AuditChainsTest {

    private static final int PINNED = 25;

    @Test
    void a_subject_always_has_the_same_chain_and_it_is_one_of_the_chains_by_subject() {
        // Pinned: a change of the hash would split every item's history across two chains after an upgrade.
        assertEquals(AuditChains.of("CONTENT", "post_1"), AuditChains.of("CONTENT", "post_1"));
        assertEquals(PINNED, AuditChains.of("CONTENT", "post_1"));
        for (int i = 0; i < 1000; i++) {
            int chain = AuditChains.of("CONTENT", "item-" + i);
            assertTrue(chain >= 1 && chain <= AuditChains.COUNT, "chain " + chain);
        }
    }

    @Test
    void the_type_is_part_of_the_subject() {
        int differing = 0;
        for (int i = 0; i < 100; i++) {
            if (AuditChains.of("CONTENT", Integer.toString(i)) != AuditChains.of("RFH_ENTRY", Integer.toString(i))) {
                differing++;
            }
        }
        assertTrue(differing > 90, "a content item and an RFH entry of the same id share a chain only by chance: " + differing);
    }

    @Test
    void subjects_spread_over_all_chains_so_writers_on_different_items_rarely_meet() {
        Map<Integer, Integer> counts = new HashMap<>();
        int subjects = 64_000;
        for (int i = 0; i < subjects; i++) {
            // Ids that differ only at their start, and ones that differ only at their end.
            counts.merge(AuditChains.of("CONTENT", (i % 2 == 0 ? i + "-post" : "post-" + i)), 1, Integer::sum);
        }
        assertEquals(AuditChains.COUNT, counts.size());
        int mean = subjects / AuditChains.COUNT;
        counts.forEach((chain, n) -> assertTrue(n > mean * 0.85 && n < mean * 1.15, "chain " + chain + ": " + n));
    }
}
