package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.veracity.application.FieldProblem;
import org.veracity.application.IntakeResult;
import org.veracity.application.IntakeStatus;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.content.PlatformId;
import org.veracity.domain.exemption.ExemptionRepository;
import org.veracity.domain.screening.Screening;
import org.veracity.domain.signal.Signal;
import org.veracity.domain.signal.SignalKind;
import org.veracity.domain.signal.SignalRepository;
import org.veracity.domain.signal.SignalSubmission;
import org.veracity.infrastructure.persistence.WriteConflicts;

/**
 * One intake batch (R1) in one transaction: the caller's when it has one, else its own. A batch that
 * loses a race for an id another batch is storing at the same moment rolls back whole with a
 * {@link ConcurrentWriteException}, so {@link DefaultIntakeService} can run it again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class IntakeBatch {

    /** Only ids that can be stored are looked up: a NUL, for one, is refused by PostgreSQL in any query. */
    private static final Predicate<String> ID_RULE = PlatformId.Check::accepts;

    @Inject
    ContentRepository contents;

    @Inject
    SignalRepository signals;

    @Inject
    SubmissionValidator validator;

    @Inject
    FactCheckPipeline pipeline;

    @Inject
    AuditTrail audit;

    @Inject
    ExemptionRepository exemptions;

    @Inject
    IntakeScreening screening;

    @Inject
    SemanticScreening semantic;

    @Inject
    CopyPropagation copies;

    @Inject
    SponsoredPosts sponsored;

    @Inject
    CoordinationWatch coordination;

    @Inject
    Clock clock;

    public List<IntakeResult> content(List<ContentSubmission> items, Actor actor) {
        return conflictsRetryable(() -> storeContent(items, actor));
    }

    public List<IntakeResult> signals(List<SignalSubmission> submitted, Actor actor) {
        return conflictsRetryable(() -> storeSignals(submitted, actor));
    }

    private static <T> T conflictsRetryable(Supplier<T> work) {
        try {
            return work.get();
        } catch (PersistenceException e) {
            if (WriteConflicts.isConflict(e)) {
                throw new ConcurrentWriteException(e);
            }
            throw e;
        }
    }

    private List<IntakeResult> storeContent(List<ContentSubmission> items, Actor actor) {
        Instant now = clock.instant();
        Set<String> known = contents.existingPlatformIds(items.stream().map(ContentSubmission::id).filter(ID_RULE).toList());
        Set<String> seen = new HashSet<>();
        Map<String, String> hosts = exemptions.userContentHosts();
        List<IntakeResult> results = new ArrayList<>(items.size());
        List<ContentSubmission> fresh = new ArrayList<>();
        List<Integer> answerAt = new ArrayList<>();
        Map<String, String> resentWithSponsor = new LinkedHashMap<>();
        for (ContentSubmission s : items) {
            List<FieldProblem> problems = validator.problemsOf(s, now);
            if (!problems.isEmpty()) {
                results.add(IntakeResult.rejected(s.id(), problems));
            } else if (known.contains(s.id()) || !seen.add(s.id())) {
                if (known.contains(s.id()) && s.sponsor() != null && !s.sponsor().isBlank()) {
                    resentWithSponsor.putIfAbsent(s.id(), s.sponsor().strip());
                }
                results.add(IntakeResult.duplicate(s.id(), "an item with this id was already received"));
            } else {
                fresh.add(s);
                answerAt.add(results.size());
                results.add(null); // answered below, once the batch has been screened
            }
        }
        // All screens first, each once for the whole batch, then all writes: no query runs between the writes, so
        // Hibernate no longer flushes (dirty-checking the whole batch) once per item, and the audit chain's head is
        // locked once for the batch. (content_item's ids still come from an IDENTITY column: one INSERT per item.)
        List<Optional<Screening>> verdicts = screening.judgeAll(fresh, now);
        List<AuditEntry> events = new ArrayList<>(fresh.size());
        List<ContentItem> circulating = new ArrayList<>();
        List<ContentItem> stored = new ArrayList<>();
        for (int k = 0; k < fresh.size(); k++) {
            ContentSubmission s = fresh.get(k);
            ContentItem item = ContentItem.receive(s, now);
            item.linkLeadsTo(s.resolvedUrl(),
                    ExemptionCheck.registrableDomainOf(s.url(), s.resolvedUrl(), hosts).orElse(null));
            contents.store(item);
            events.add(AuditEntry.of(actor, AuditSubject.CONTENT, s.id(), AuditAction.INTAKE_ACCEPTED, null, null));
            IntakeResult result = verdicts.get(k).map(verdict -> {
                events.add(screening.apply(item, verdict, now, actor));
                return PoliticalAdScreen.SOURCE.equals(verdict.source())
                        ? IntakeResult.refused(s.id(), verdict) : IntakeResult.screened(s.id(), verdict);
            }).orElseGet(() -> IntakeResult.accepted(s.id()));
            results.set(answerAt.get(k), result);
            stored.add(item);
            if (item.getStatus() == ContentStatus.ACTIVE) {
                circulating.add(item);
            }
        }
        semantic.queue(stored, now); // screened for meaning right after commit, off this thread (issue 10)
        audit.recordAll(events);
        copies.atIntake(circulating, actor, now);
        sponsored.atIntake(stored, actor, now);
        Map<String, String> disclosed = sponsored.disclosedOnResend(resentWithSponsor, actor, now);
        if (!disclosed.isEmpty()) {
            results.replaceAll(r -> r.status() == IntakeStatus.DUPLICATE && disclosed.containsKey(r.id())
                    ? IntakeResult.disclosed(r.id(), disclosed.get(r.id())) : r);
        }
        coordination.atIntake(stored, now); // R18: near-identical posts by many accounts within an hour
        return results;
    }

    private List<IntakeResult> storeSignals(List<SignalSubmission> submitted, Actor actor) {
        Instant now = clock.instant();
        Set<String> known = signals.existingPlatformIds(submitted.stream().map(SignalSubmission::id).filter(ID_RULE).toList());
        Map<String, ContentItem> items = contents.findByPlatformIds(
                        submitted.stream().map(SignalSubmission::contentId).filter(ID_RULE).toList())
                .stream().collect(Collectors.toMap(ContentItem::getPlatformId, Function.identity()));
        Set<String> seen = new HashSet<>();
        Set<ContentItem> touched = new LinkedHashSet<>();
        List<IntakeResult> results = new ArrayList<>(submitted.size());
        for (SignalSubmission s : submitted) {
            List<FieldProblem> problems = problemsOf(s, items);
            if (!problems.isEmpty()) {
                results.add(IntakeResult.rejected(s.id(), problems));
            } else if (known.contains(s.id()) || !seen.add(s.id())) {
                results.add(IntakeResult.duplicate(s.id(), "a signal with this id was already received"));
            } else {
                ContentItem item = items.get(s.contentId());
                signals.store(Signal.record(s, item, now));
                touched.add(item);
                results.add(IntakeResult.accepted(s.id()));
            }
        }
        touched.forEach(item -> pipeline.evaluate(item, now, actor));
        return results;
    }

    private List<FieldProblem> problemsOf(SignalSubmission s, Map<String, ContentItem> items) {
        List<FieldProblem> problems = new ArrayList<>(validator.problemsOf(s));
        if (s.contentId() != null && !s.contentId().isBlank() && !items.containsKey(s.contentId())) {
            problems.add(new FieldProblem("contentId", "no content item with this id has been received"));
        }
        if (s.kind() == SignalKind.CLASSIFIER_SCORE && s.score() == null) {
            problems.add(new FieldProblem("score", "is required for a CLASSIFIER_SCORE signal"));
        }
        return problems;
    }
}
