package org.veracity.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * R1's duplicate check, for each table whose rows an integrator names by platform id (content items, signals).
 * One array parameter: with an IN list of up to 500 parameters PostgreSQL kept a plan that read the whole table and
 * compared each row with every id (0.5–0.9 s a batch at 115,000 items, most of intake's database time: issue 15);
 * {@code = any(array)} keeps one statement whose plan probes the unique index.
 */
final class ExistingPlatformIds {

    private ExistingPlatformIds() {
    }

    /** The given ids that {@code table} holds in its {@code platform_id} column; the table name is never input. */
    static Set<String> in(EntityManager em, String table, Collection<String> platformIds) {
        List<String> ids = platformIds.stream().filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("select t.platform_id from " + table + " t where t.platform_id = any(?1)")
                .setParameter(1, ids.toArray(String[]::new)).getResultList();
        return new HashSet<>(found);
    }
}
