package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.distribution.DistributionProjection.Reading;
import org.veracity.domain.distribution.ItemProjection;
import org.veracity.infrastructure.persistence.ReadOnlyTransactions;

/**
 * R22's answer read from PostgreSQL, while the distribution projection is not complete (or the grid cannot be read):
 * four queries that each take the batch as one array parameter, in a read-only transaction of their own, so the
 * read-only settings never reach a caller's persistence context.
 */
@Stateless
public class DistributionFromDatabase {

    @Inject
    ContentRepository contents;

    @Inject
    TreatmentLoader loader;

    @Inject
    ReadOnlyTransactions readOnly;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Reading read(List<String> ids, Instant now) {
        // This path only reads: the few entities it loads (demotions, labels, penalties) need no dirty checks.
        readOnly.markCurrent();
        Map<String, ItemProjection> items = new HashMap<>();
        for (ItemProjection p : loader.projections(contents.refsByPlatformIds(ids), now)) {
            items.put(p.platformId(), p);
        }
        return new Reading(items, loader.penaltiesOf(items.values(), now));
    }
}
