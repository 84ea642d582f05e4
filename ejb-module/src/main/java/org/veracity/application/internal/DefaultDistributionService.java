package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veracity.application.DistributionService;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.distribution.DistributionAnswer;
import org.veracity.domain.distribution.DistributionProjection;
import org.veracity.domain.distribution.ItemProjection;
import org.veracity.domain.distribution.PenaltyBook;
import org.veracity.infrastructure.persistence.ReadOnlyTransactions;

/**
 * R22, the hot path the feed ranking system calls for every feed: up to 1,000 ids per call. Answered from the
 * distribution projection in the data grid when it is complete (no database query at all), else from four queries
 * that each take the batch as one array parameter. Either way {@link ItemProjection#answer} decides, at the clock's
 * now. See docs/benchmarks.md ("Distribution answers") for what each costs.
 */
@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultDistributionService implements DistributionService {

    @Inject
    ContentRepository contents;

    @Inject
    TreatmentLoader loader;

    @Inject
    DistributionProjection projection;

    @Inject
    Clock clock;

    @Inject
    ReadOnlyTransactions readOnly;

    /**
     * Runs in a transaction of its own (the only caller, the REST resource, has none), so the read-only
     * settings below never reach a caller's persistence context.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<DistributionAnswer> answer(List<String> ids) {
        Instant now = clock.instant();
        Map<String, ItemProjection> items;
        PenaltyBook penalties;
        if (projection.isComplete()) {
            items = projection.items(ids);
            penalties = projection.penalties();
        } else {
            // This path only reads: the few entities it loads (demotions, labels, penalties) need no dirty checks.
            readOnly.markCurrent();
            items = new HashMap<>();
            for (ItemProjection p : loader.projections(contents.refsByPlatformIds(ids), now)) {
                items.put(p.platformId(), p);
            }
            penalties = loader.penaltiesOf(items.values(), now);
        }
        List<DistributionAnswer> answers = new ArrayList<>(ids.size());
        for (String id : ids) {
            ItemProjection item = items.get(id);
            answers.add(item == null ? DistributionAnswer.unknown(id) : item.answer(penalties, now));
        }
        return answers;
    }
}
