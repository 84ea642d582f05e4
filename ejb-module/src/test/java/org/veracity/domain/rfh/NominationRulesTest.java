package org.veracity.domain.rfh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.veracity.domain.Problem;

class NominationRulesTest {

    static final String CLAIM = "Democrats are planning to use millions of fraudulent ballots";
    static final String HASH = "a".repeat(64);

    final NominationRules rules = new NominationRules(1_000_000);

    static NominationRules.Request request(List<String> items, Severity severity) {
        return new NominationRules.Request(true, CLAIM, items, severity, List.of("https://factcheck.example/a"),
                List.of(HASH));
    }

    static Map<String, NominationRules.Evidence> found(NominationRules.Evidence... evidence) {
        Map<String, NominationRules.Evidence> map = new LinkedHashMap<>();
        for (NominationRules.Evidence e : evidence) {
            map.put(e.platformId(), e);
        }
        return map;
    }

    static NominationRules.Evidence rated(String id, long views) {
        return new NominationRules.Evidence(id, views, Optional.of(id + " rated FALSE by Check Desk"));
    }

    static NominationRules.Evidence unrated(String id, long views) {
        return new NominationRules.Evidence(id, views, Optional.empty());
    }

    @Test
    void a_viral_rated_false_severe_claim_meets_r11() {
        assertEquals(List.of(), rules.problemsOf(request(List.of("a", "b"), Severity.HIGH),
                found(rated("a", 600_000), unrated("b", 400_000))));
    }

    @Test
    void reach_counts_every_evidence_item_and_must_reach_the_threshold() {
        List<Problem> below = rules.problemsOf(request(List.of("a", "b"), Severity.HIGH),
                found(rated("a", 600_000), unrated("b", 399_999)));
        assertEquals(List.of(new Problem("evidenceItems", "together these items reached 999999 views, below the"
                + " virality threshold of 1000000 views")), below);
    }

    @Test
    void without_a_false_or_altered_rating_there_is_no_proven_falsity() {
        List<Problem> problems = rules.problemsOf(request(List.of("a"), Severity.CRITICAL),
                found(unrated("a", 5_000_000)));
        assertEquals("evidenceItems", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("proven falsity"), problems.toString());
    }

    @Test
    void unknown_items_are_named_and_every_other_problem_is_told_at_once() {
        NominationRules.Request bad = new NominationRules.Request(false, "vaccines", List.of("a", "ghost"),
                Severity.MEDIUM, List.of("not a link"), List.of("abc"));
        List<Problem> problems = rules.problemsOf(bad, found(rated("a", 5_000_000)));
        assertEquals(List.of("measureId", "claim", "evidenceItems", "severity", "links", "mediaHashes"),
                problems.stream().map(Problem::field).toList());
        assertEquals("unknown content items: ghost", problems.get(2).message());
    }

    @Test
    void an_entry_cannot_be_built_without_falsity_or_with_a_low_severity() {
        assertThrows(IllegalArgumentException.class, () -> new RfhEntry(CLAIM, null, "", 2_000_000, Severity.HIGH,
                "undermines trust", List.of("a"), List.of(CLAIM), List.of(), List.of(), "dana", null));
        assertThrows(IllegalArgumentException.class, () -> new RfhEntry(CLAIM, null, "a rated FALSE", 2_000_000,
                Severity.MEDIUM, "undermines trust", List.of("a"), List.of(CLAIM), List.of(), List.of(), "dana", null));
    }
}
