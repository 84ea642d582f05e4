package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.RuleMoment;
import org.veracity.domain.coordination.CoordinationCase;
import org.veracity.domain.coordination.CoordinationDetector;
import org.veracity.domain.coordination.CoordinationRepository;
import org.veracity.domain.coordination.CoordinationRule;
import org.veracity.domain.coordination.PostTrace;
import org.veracity.domain.coordination.TextSketch;
import org.veracity.domain.hoax.TextNormalizer;
import org.veracity.domain.policy.PolicyVersion;
import org.veracity.infrastructure.config.CoordinationSettings;

/**
 * R18 at intake, in the intake transaction: leaves a trace of each new post, finds its near-identical posts of the
 * surrounding hour in the database, and opens a coordination case when they reach the rule's accounts (or adds the
 * post to the case they already belong to). Detections of all instances run one after another
 * ({@link CoordinationRepository#lockDetection}), so a cluster opens exactly one case.
 */
@ApplicationScoped
public class CoordinationWatch {

    /** Audit subject type of R18 (R21). */
    public static final String COORDINATION_CASE = "COORDINATION_CASE";

    private final TextNormalizer normalizer = new TextNormalizer();

    @Inject
    CoordinationRepository coordination;

    @Inject
    CoordinationSettings settings;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    AuditTrail audit;

    /** The items this intake batch stored, whatever their screening said. */
    public void atIntake(List<ContentItem> stored, Instant now) {
        if (!settings.enabled() || stored.isEmpty()) {
            return;
        }
        Map<PostTrace, ContentItem> arriving = new IdentityHashMap<>();
        List<PostTrace> inOrder = new ArrayList<>();
        for (ContentItem item : stored) {
            if (item.getText() == null || item.getText().isBlank()) {
                continue;
            }
            PostTrace.of(item.getId(), item.getPlatformId(), item.getAuthorId(),
                    RuleMoment.POSTED.of(item.getPostedAt(), item.getReceivedAt()), normalizer.normalize(item.getText()))
                    .ifPresent(trace -> {
                        arriving.put(trace, item);
                        inOrder.add(trace);
                    });
        }
        if (inOrder.isEmpty()) {
            return;
        }
        CoordinationRule rule = settings.rule();
        List<Set<Long>> keys = new ArrayList<>();
        for (int slot = 0; slot < TextSketch.SIZE; slot++) {
            keys.add(new HashSet<>());
        }
        Instant from = null;
        Instant to = null;
        for (PostTrace trace : inOrder) {
            long[] sketch = trace.sketch();
            for (int slot = 0; slot < sketch.length; slot++) {
                keys.get(slot).add(sketch[slot]);
            }
            from = from == null || trace.getPostedAt().isBefore(from) ? trace.getPostedAt() : from;
            to = to == null || trace.getPostedAt().isAfter(to) ? trace.getPostedAt() : to;
        }
        coordination.lockDetection();
        List<PostTrace> known = coordination.postsSharing(keys, from.minus(rule.window()), to.plus(rule.window()));
        for (CoordinationDetector.Cluster cluster : new CoordinationDetector(rule).place(inOrder, known)) {
            ContentItem tipping = arriving.get(cluster.tipping());
            CoordinationCase opened = new CoordinationCase(tipping.getText(), now);
            coordination.store(opened);
            cluster.members().forEach(member -> member.joinCase(opened.getId()));
            Set<String> accounts = cluster.members().stream().map(PostTrace::getAuthorId).collect(Collectors.toSet());
            audit.record(AuditEntry.of(Actor.SYSTEM, COORDINATION_CASE, Long.toString(opened.getId()),
                    "COORDINATION_CASE_OPENED", policyVersions.applicableTo(CoordinationRule.POLICY, now)
                            .map(PolicyVersion::reference).orElse(null),
                    accounts.size() + " accounts posted near-identical text between "
                            + cluster.members().get(0).getPostedAt() + " and "
                            + cluster.members().get(cluster.members().size() - 1).getPostedAt()
                            + "; opened by " + tipping.getPlatformId()));
        }
        inOrder.forEach(coordination::store);
    }
}
