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
import org.veracity.domain.content.ContentRepository.ContentRef;
import org.veracity.domain.distribution.DistributionAnswer;
import org.veracity.domain.distribution.ItemTreatments;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.distribution.Treatments;
import org.veracity.domain.sponsorship.DisclosureAnswers;
import org.veracity.domain.sponsorship.DisclosureRequest;
import org.veracity.infrastructure.persistence.ReadOnlyTransactions;

/**
 * R22, the hot path the feed ranking system calls for every feed: up to 1,000 ids per call, answered from
 * five queries that each take the batch as one array parameter and load no content item as an entity.
 * {@link Treatments} decides each answer. See docs/benchmarks.md ("Distribution answers") for what it costs.
 */
@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultDistributionService implements DistributionService {

    @Inject
    ContentRepository contents;

    @Inject
    TreatmentLoader loader;

    @Inject
    SponsoredPosts sponsored;

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
        // This use case only reads: the few entities it loads (demotions, labels, penalties) need no dirty checks.
        readOnly.markCurrent();
        // Content items as the few columns the answer needs, never as entities.
        Map<String, ContentRef> items = new HashMap<>();
        for (ContentRef ref : contents.refsByPlatformIds(ids)) {
            items.put(ref.platformId(), ref);
        }
        Map<Long, ItemTreatments> treatments = loader.loadRefs(items.values(), now);
        Map<Long, DisclosureRequest> disclosures = sponsored.openRequestsOf(items.values().stream()
                .filter(i -> i.status() == ContentStatus.ACTIVE).map(ContentRef::id).toList());
        List<DistributionAnswer> answers = new ArrayList<>(ids.size());
        for (String id : ids) {
            ContentRef item = items.get(id);
            answers.add(item == null
                    ? DistributionAnswer.unknown(id)
                    : DisclosureAnswers.adjust(Treatments.answer(id, item.status(), item.statusReason(),
                            treatments.get(item.id()), now), disclosures.get(item.id()), now));
        }
        return answers;
    }
}
