package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.veracity.application.DistributionService;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.distribution.DistributionAnswer;
import org.veracity.domain.distribution.ItemTreatments;
import org.veracity.domain.distribution.Treatments;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultDistributionService implements DistributionService {

    @Inject
    ContentRepository contents;

    @Inject
    TreatmentLoader loader;

    @Inject
    Clock clock;

    @Override
    public List<DistributionAnswer> answer(List<String> ids) {
        Instant now = clock.instant();
        Map<String, ContentItem> items = contents.findByPlatformIds(ids).stream()
                .collect(Collectors.toMap(ContentItem::getPlatformId, Function.identity()));
        Map<Long, ItemTreatments> treatments = loader.load(items.values(), now);
        return ids.stream().map(id -> {
            ContentItem item = items.get(id);
            return item == null
                    ? DistributionAnswer.unknown(id)
                    : Treatments.answer(item, treatments.get(item.getId()), now);
        }).toList();
    }
}
