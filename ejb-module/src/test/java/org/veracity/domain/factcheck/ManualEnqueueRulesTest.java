package org.veracity.domain.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.veracity.domain.Problem;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.importance.IssueOfImportance;

class ManualEnqueueRulesTest {

    static final Instant NOW = Instant.parse("2026-11-03T12:00:00Z");
    static final PartnerOrganisation US_ENGLISH = new PartnerOrganisation("Check Desk", List.of("en"), List.of("us"));
    static final IssueOfImportance ELECTION = new IssueOfImportance("US election", List.of("us"), List.of("voting"),
            List.of("ballot"), NOW.minusSeconds(86_400), null);

    static ContentItem item(String language, String region) {
        return ContentItem.receive(new ContentSubmission("p1", null, "Ballots are counted twice", "a1",
                AuthorKind.PERSON, null, List.of(), region, language, NOW, 0, 0, false, null, List.of(), null), NOW);
    }

    static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void staff_name_an_active_issue_and_an_external_signal() {
        ManualEnqueueRules.Request bare = new ManualEnqueueRules.Request(item("en", "US"), List.of(), Optional.empty(),
                true, Optional.empty(), false, " ");
        assertEquals(List.of("issueId", "externalSignal"), fields(ManualEnqueueRules.problemsOf(bare)));

        ManualEnqueueRules.Request recorded = new ManualEnqueueRules.Request(item("en", "US"), List.of(),
                Optional.empty(), true, Optional.of(ELECTION), true, null);
        assertEquals(List.of(), ManualEnqueueRules.problemsOf(recorded), "a recorded signal is enough");
        assertTrue(ManualEnqueueRules.evidence(recorded, "n").contains("issue: US election (matches)"));
        assertTrue(ManualEnqueueRules.evidence(recorded, "n").contains("external signal: recorded"));
    }

    @Test
    void a_partners_fact_checker_enqueues_only_within_its_coverage_and_without_a_demotion() {
        ManualEnqueueRules.Request outside = new ManualEnqueueRules.Request(item("pt-BR", "BR"), List.of(),
                Optional.of(US_ENGLISH), true, Optional.empty(), false, null);
        List<Problem> problems = ManualEnqueueRules.problemsOf(outside);
        assertEquals(List.of("contentId", "withDemotion"), fields(problems));
        assertTrue(problems.get(0).message().contains("outside Check Desk's languages and regions [en] / [us]"));

        ManualEnqueueRules.Request inside = new ManualEnqueueRules.Request(item("en-US", "us"), List.of(),
                Optional.of(US_ENGLISH), false, Optional.empty(), false, null);
        assertEquals(List.of(), ManualEnqueueRules.problemsOf(inside), "no issue or signal asked of a partner");
    }

    @Test
    void an_ineligible_item_is_refused_for_everyone_with_its_reason() {
        ManualEnqueueRules.Request politician = new ManualEnqueueRules.Request(item("en", "US"),
                List.of("politicians and campaigns are not fact-checked"), Optional.of(US_ENGLISH), false,
                Optional.empty(), false, null);
        assertEquals(List.of(new Problem("contentId", "not eligible: politicians and campaigns are not fact-checked")),
                ManualEnqueueRules.problemsOf(politician));
    }
}
