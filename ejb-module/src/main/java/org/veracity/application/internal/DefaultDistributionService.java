package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.veracity.application.DistributionService;
import org.veracity.domain.distribution.DistributionAnswer;
import org.veracity.domain.distribution.DistributionProjection;
import org.veracity.domain.distribution.DistributionProjection.Reading;
import org.veracity.domain.distribution.ItemProjection;

/**
 * R22, the hot path the feed ranking system calls for every feed: up to 1,000 ids per call. Answered from this
 * instance's copy of the distribution projection when it is complete (no database query, no transaction: one grid
 * operation to learn what changed since the last answer), else by {@link DistributionFromDatabase}. Either way
 * {@link ItemProjection#answer} decides, at the clock's now. See docs/benchmarks.md ("Distribution answers").
 */
@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultDistributionService implements DistributionService {

    @Inject
    DistributionProjection projection;

    @Inject
    DistributionFromDatabase database;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<DistributionAnswer> answer(List<String> ids) {
        Instant now = clock.instant();
        Reading read = projection.current(ids).orElseGet(() -> database.read(ids, now));
        List<DistributionAnswer> answers = new ArrayList<>(ids.size());
        for (String id : ids) {
            ItemProjection item = read.items().get(id);
            answers.add(item == null ? DistributionAnswer.unknown(id) : item.answer(read.penalties(), now));
        }
        return answers;
    }
}
