package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.veracity.application.FieldProblem;
import org.veracity.application.InvalidInputException;
import org.veracity.application.PrepublishCheckService;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.hoax.HoaxMatch;
import org.veracity.domain.rfh.RfhRepository;
import org.veracity.domain.politicalad.PoliticalAdRule;
import org.veracity.domain.screening.Screening;
import org.veracity.domain.sponsorship.Sponsorship;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultPrepublishCheckService implements PrepublishCheckService {

    @Inject
    SubmissionValidator validator;

    @Inject
    IntakeScreening screening;

    @Inject
    SemanticScreening semantic;

    @Inject
    RfhRepository rfh;

    @Inject
    SponsoredPosts sponsored;

    @Inject
    Clock clock;

    // A transaction only to read consistently (screens load policies lazily); nothing is written in it.
    @Override
    public PrepublishDecision check(ContentSubmission item) {
        Instant now = clock.instant();
        List<FieldProblem> problems = validator.problemsOf(item, now);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<Screening> verdict = screening.judge(item, now);
        PrepublishDecision decision = verdict.map(DefaultPrepublishCheckService::decisionOf)
                .orElseGet(() -> new PrepublishDecision(Decision.OK, List.of(), List.of()));
        if (decision.decision() != Decision.OK) {
            return decision;
        }
        Optional<Sponsorship> sponsor = sponsored.requiring(item);
        if (sponsor.isPresent()) {
            return new PrepublishDecision(Decision.NEEDS_DISCLOSURE, List.of("disclosure needed: add \""
                    + sponsor.get().label() + "\" (the author is a registered paid poster of " + sponsor.get().getSponsor()
                    + " and the post promotes it)"), List.of("paidForBy: " + sponsor.get().getPaidForBy()));
        }
        return withMeaning(decision, item, verdict.filter(v -> RfhScreen.SOURCE.equals(v.source()))
                .map(Screening::sourceId).map(Set::of).orElse(Set.of()));
    }

    /**
     * The semantic tier, synchronously for this one item (issue 10): entries it paraphrases are named as reasons
     * for specialist review; the decision stays OK — meaning alone never blocks.
     */
    private PrepublishDecision withMeaning(PrepublishDecision decision, ContentSubmission item, Set<String> byText) {
        List<HoaxMatch> found = semantic.suggestionsFor(item, byText);
        if (found.isEmpty()) {
            return decision;
        }
        List<String> reasons = new ArrayList<>(decision.reasons());
        List<String> evidence = new ArrayList<>(decision.evidence());
        for (HoaxMatch match : found) {
            rfh.find(Long.parseLong(match.entryId())).ifPresent(entry -> {
                reasons.add("would be published and held for specialist review: "
                        + SemanticScreening.reasonOf(entry));
                evidence.add(match.evidence());
            });
        }
        return new PrepublishDecision(decision.decision(), reasons, evidence);
    }

    private static PrepublishDecision decisionOf(Screening verdict) {
        List<String> evidence = verdict.evidence() == null ? List.of() : List.of(verdict.evidence());
        if (PoliticalAdScreen.SOURCE.equals(verdict.source())
                && PoliticalAdRule.Rejection.Kind.NO_DISCLOSURE.name().equals(verdict.sourceId())) {
            return new PrepublishDecision(Decision.NEEDS_DISCLOSURE, List.of(verdict.citedReason()), evidence);
        }
        return switch (verdict.outcome()) {
            case REMOVE -> new PrepublishDecision(Decision.REMOVED, List.of(verdict.citedReason()), evidence);
            case BLOCK -> new PrepublishDecision(Decision.BLOCKED, List.of(verdict.citedReason()), evidence);
            case REVIEW -> new PrepublishDecision(Decision.OK,
                    List.of("would be published and held for specialist review: " + verdict.citedReason()), evidence);
        };
    }
}
