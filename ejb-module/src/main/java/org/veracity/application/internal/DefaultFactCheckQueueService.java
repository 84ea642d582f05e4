package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.veracity.application.DistributionService;
import org.veracity.application.FactCheckQueueService;
import org.veracity.application.QueueRow;
import org.veracity.domain.distribution.DistributionAnswer;
import org.veracity.domain.factcheck.QueueEntry;
import org.veracity.domain.factcheck.QueueRepository;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultFactCheckQueueService implements FactCheckQueueService {

    private static final int EXCERPT = 160;

    @Inject
    QueueRepository queue;

    @Inject
    DistributionService distribution;

    @Override
    public List<QueueRow> openEntries(int offset, int limit) {
        List<QueueEntry> entries = queue.open(offset, limit);
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<String, DistributionAnswer> now = distribution.answer(
                        entries.stream().map(e -> e.getItem().getPlatformId()).toList())
                .stream().collect(Collectors.toMap(DistributionAnswer::contentId, Function.identity()));
        return entries.stream().map(e -> new QueueRow(e.getItem().getPlatformId(), e.getItem().getDomain(),
                excerpt(e.getItem().getText()), e.getRoute().name(), e.getStatus().name(), e.getPriority(),
                e.getEnqueuedAt(), now.get(e.getItem().getPlatformId()).multiplier())).toList();
    }

    @Override
    public long countOpen() {
        return queue.countOpen();
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }
}
