package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.veracity.application.FieldProblem;
import org.veracity.application.IntakeResult;
import org.veracity.application.IntakeService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.exemption.ExemptionRepository;
import org.veracity.domain.signal.Signal;
import org.veracity.domain.signal.SignalKind;
import org.veracity.domain.signal.SignalRepository;
import org.veracity.domain.signal.SignalSubmission;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultIntakeService implements IntakeService {

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
    CopyPropagation copies;

    @Inject
    Clock clock;

    @Override
    public List<IntakeResult> submitContent(List<ContentSubmission> items, Actor actor) {
        Instant now = clock.instant();
        Set<String> known = contents.existingPlatformIds(items.stream().map(ContentSubmission::id).toList());
        Set<String> seen = new HashSet<>();
        Map<String, String> hosts = exemptions.userContentHosts();
        List<IntakeResult> results = new ArrayList<>(items.size());
        List<ContentItem> circulating = new ArrayList<>();
        for (ContentSubmission s : items) {
            List<FieldProblem> problems = validator.problemsOf(s, now);
            if (!problems.isEmpty()) {
                results.add(IntakeResult.rejected(s.id(), problems));
            } else if (known.contains(s.id()) || !seen.add(s.id())) {
                results.add(IntakeResult.duplicate(s.id(), "an item with this id was already received"));
            } else {
                ContentItem item = ContentItem.receive(s, now);
                item.linkLeadsTo(s.resolvedUrl(),
                        ExemptionCheck.registrableDomainOf(s.url(), s.resolvedUrl(), hosts).orElse(null));
                contents.store(item);
                audit.record(AuditEntry.of(actor, AuditEntry.CONTENT, s.id(), "INTAKE_ACCEPTED", null, null));
                results.add(screening.judge(s, now).map(verdict -> {
                    screening.apply(item, verdict, now, actor);
                    return IntakeResult.screened(s.id(), verdict);
                }).orElseGet(() -> IntakeResult.accepted(s.id())));
                if (item.getStatus() == ContentStatus.ACTIVE) {
                    circulating.add(item);
                }
            }
        }
        copies.atIntake(circulating, actor, now);
        return results;
    }

    @Override
    public List<IntakeResult> submitSignals(List<SignalSubmission> submitted, Actor actor) {
        Instant now = clock.instant();
        Set<String> known = signals.existingPlatformIds(submitted.stream().map(SignalSubmission::id).toList());
        Map<String, ContentItem> items = contents.findByPlatformIds(
                        submitted.stream().map(SignalSubmission::contentId).filter(id -> id != null).toList())
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
