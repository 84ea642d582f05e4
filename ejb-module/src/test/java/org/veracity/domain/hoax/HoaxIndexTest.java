package org.veracity.domain.hoax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R11: versions of an active RFH entry are blocked or queued; checked on the index and the reference alike. */
class HoaxIndexTest {

    static final String ENTRY = "rfh-42";
    static final String HOAX = "Foreign Chinese prostitution money is allegedly behind the groups funding "
            + "Congressman Jim Renacci's Republican majority.";
    static final String OTHER_ENTRY = "rfh-7";
    static final String OTHER_HOAX = "Says Alex Sink supported higher sales taxes.";

    interface Factory extends Function<MatchThresholds, HoaxMatcher> {
    }

    static Stream<Named<Factory>> matchers() {
        return Stream.of(Named.of("HoaxIndex", HoaxIndex::new), Named.of("BruteForceMatcher", BruteForceMatcher::new));
    }

    private static HoaxMatcher withEntries(Factory factory) {
        HoaxMatcher matcher = factory.apply(MatchThresholds.defaults());
        matcher.add(ENTRY, "v1", HOAX);
        matcher.add(OTHER_ENTRY, "v1", OTHER_HOAX);
        return matcher;
    }

    private static Optional<HoaxMatch> text(HoaxMatcher matcher, String text) {
        return matcher.match(text, null, null);
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void reworked_versions_of_the_hoax_are_blocked(Factory factory) {
        HoaxMatcher matcher = withEntries(factory);
        for (String version : List.of(
                HOAX,
                "FOREIGN CHINESE PROSTITUTION MONEY IS ALLEGEDLY BEHIND THE GROUPS FUNDING CONGRESSMAN JIM RENACCI'S "
                        + "REPUBLICAN MAJORITY!!! \uD83D\uDEA8\uD83D\uDEA8",
                "Behind the groups funding Congressman Jim Renacci's Republican majority: foreign Chinese "
                        + "prostitution money, allegedly.",
                "\uFF26\uFF4F\uFF52\uFF45\uFF49\uFF47\uFF4E Chinese prostitution money is allegedly behind the "
                        + "groups funding Congressman Jim Renacci's Republican majority https://bit.ly/3xYz",
                "They don't want you to know this: foreign Chinese prostitution money is allegedly behind the "
                        + "groups funding Congressman Jim Renacci's Republican majority.")) {
            HoaxMatch match = text(matcher, version).orElseThrow(() -> new AssertionError(version));
            assertEquals(MatchTier.BLOCK, match.tier(), version);
            assertEquals(ENTRY, match.entryId());
            assertEquals("v1", match.variantId());
            assertEquals(MatchKind.TEXT, match.kind());
        }
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void a_swapped_name_or_figure_or_a_denial_goes_to_review_not_block(Factory factory) {
        HoaxMatcher matcher = withEntries(factory);
        HoaxMatch swapped = text(matcher, "Foreign Chinese prostitution money is allegedly behind the groups "
                + "funding Congressman Sean Duffy's Republican majority.").orElseThrow();
        assertEquals(MatchTier.REVIEW, swapped.tier());
        assertEquals(List.of("jim", "renacci"), swapped.missingFacts());
        assertEquals(List.of("duffy", "sean"), swapped.addedFacts());
        assertTrue(swapped.evidence().contains("lacks jim, renacci; adds duffy, sean"), swapped.evidence());

        HoaxMatch denial = text(matcher, "Foreign Chinese prostitution money is not behind the groups funding "
                + "Congressman Jim Renacci's Republican majority.").orElseThrow();
        assertEquals(MatchTier.REVIEW, denial.tier());
        assertTrue(denial.negationDiffers());
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void the_same_claim_aimed_at_the_other_side_is_not_blocked(Factory factory) {
        HoaxMatcher matcher = factory.apply(MatchThresholds.defaults());
        matcher.add("rfh-ballots", "v1", "Democrats are planning to use millions of fraudulent ballots to steal the 2020 election");
        assertEquals(MatchTier.BLOCK, text(matcher, "democrats are PLANNING to steal the 2020 election using millions"
                + " of fraudulent ballots!!").orElseThrow().tier());
        HoaxMatch swapped = text(matcher, "Republicans are planning to use millions of fraudulent ballots to steal the"
                + " 2020 election").orElseThrow();
        assertEquals(MatchTier.REVIEW, swapped.tier(), "a claim about the other party is for a person to judge");
        assertEquals(List.of("democrat"), swapped.missingFacts());
        assertEquals(List.of("republican"), swapped.addedFacts());
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void a_loose_rewording_goes_to_review(Factory factory) {
        HoaxMatcher matcher = withEntries(factory);
        HoaxMatch match = text(matcher, "Jim Renacci's Republican majority is funded by groups with Chinese "
                + "prostitution money, a report claims.").orElseThrow();
        assertEquals(MatchTier.REVIEW, match.tier());
        assertEquals(ENTRY, match.entryId());
        assertTrue(match.similarity() >= MatchThresholds.DEFAULT_TEXT_REVIEW
                && match.similarity() < MatchThresholds.DEFAULT_TEXT_BLOCK, match.evidence());
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void other_text_on_the_topic_does_not_match(Factory factory) {
        HoaxMatcher matcher = withEntries(factory);
        assertEquals(Optional.empty(), text(matcher, "Congressman Jim Renacci voted for the farm bill."));
        assertEquals(Optional.empty(), text(matcher, "Says Alex Sink opposed the rail project."));
        assertEquals(Optional.empty(), text(matcher, ""));
        assertEquals(Optional.empty(), matcher.match(null, null, null));
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void thresholds_decide_the_tier(Factory factory) {
        String rewording = "Says Alex Sink backed higher sales taxes in Florida.";
        HoaxMatcher strict = factory.apply(MatchThresholds.ofText(0.95, 0.9));
        HoaxMatcher lenient = factory.apply(MatchThresholds.ofText(0.5, 0.3));
        strict.add(OTHER_ENTRY, "v1", OTHER_HOAX);
        lenient.add(OTHER_ENTRY, "v1", OTHER_HOAX);
        assertEquals(Optional.empty(), text(strict, rewording));
        assertEquals(MatchTier.REVIEW, text(lenient, rewording).orElseThrow().tier()); // "Florida" is an added name
        assertEquals(MatchTier.BLOCK, text(lenient, "Says Alex Sink backed higher sales taxes.").orElseThrow().tier());
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void the_same_canonical_url_is_blocked(Factory factory) {
        HoaxMatcher matcher = withEntries(factory);
        matcher.addUrl(ENTRY, "https://www.example-news.com/story/42");
        HoaxMatch match = matcher.match("Unrelated words here", "http://example-news.com/story/42/?utm_source=fb#top",
                null).orElseThrow();
        assertEquals(MatchKind.URL, match.kind());
        assertEquals(MatchTier.BLOCK, match.tier());
        assertEquals("example-news.com/story/42", match.variantId());
        assertEquals(1.0, match.similarity());
        assertEquals(Optional.empty(), matcher.match(null, "https://example-news.com/story/43", null));
        assertEquals(Optional.empty(), matcher.match(null, "not a link", null));
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void a_block_beats_a_review_whatever_the_kind(Factory factory) {
        HoaxMatcher matcher = withEntries(factory);
        matcher.addUrl(OTHER_ENTRY, "https://example.com/sink");
        String review = "Jim Renacci's Republican majority is funded by groups with Chinese prostitution money, "
                + "a report claims.";
        HoaxMatch match = matcher.match(review, "https://example.com/sink", null).orElseThrow();
        assertEquals(OTHER_ENTRY, match.entryId());
        assertEquals(MatchKind.URL, match.kind());
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void between_two_blocks_the_closer_wins(Factory factory) {
        HoaxMatcher matcher = withEntries(factory);
        String listed = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
        matcher.addMediaHash(OTHER_ENTRY, listed);
        String image = MediaHashMatchingTest.flip(listed, 10, new Random(5));
        assertEquals(ENTRY, matcher.match(HOAX, null, List.of(image)).orElseThrow().entryId());
        HoaxMatch media = matcher.match(HOAX + " Share before it's deleted! Wake up!", null, List.of(image))
                .orElseThrow();
        assertEquals(OTHER_ENTRY, media.entryId(), media.evidence());
        assertEquals(10, media.mediaDistance());
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void retired_entries_no_longer_match(Factory factory) {
        HoaxMatcher matcher = withEntries(factory);
        matcher.add(ENTRY, "v2", "Chinese prostitution money funds Jim Renacci's Republican majority, says a flyer.");
        matcher.addUrl(ENTRY, "https://example.com/renacci");
        matcher.addMediaHash(ENTRY, "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22");
        matcher.retire(ENTRY);
        assertEquals(Optional.empty(), text(matcher, HOAX));
        assertEquals(Optional.empty(), matcher.match(null, "https://example.com/renacci", null));
        assertEquals(Optional.empty(), matcher.match(null, null,
                List.of("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22")));
        assertEquals(OTHER_ENTRY, text(matcher, OTHER_HOAX).orElseThrow().entryId());
        matcher.retire("rfh-unknown");
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void adding_a_variant_again_replaces_it(Factory factory) {
        HoaxMatcher matcher = withEntries(factory);
        matcher.add(ENTRY, "v1", "The moon landing was staged in a Hollywood studio by Stanley Kubrick.");
        assertEquals(Optional.empty(), text(matcher, HOAX));
        assertEquals(ENTRY, text(matcher, "Stanley Kubrick staged the moon landing in a Hollywood studio.")
                .orElseThrow().entryId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"On abortion.", "Obama!", "  ", "\uD83D\uDD25 https://t.co/x"})
    void variants_that_name_no_claim_are_refused(String text) {
        assertThrows(IllegalArgumentException.class, () -> new HoaxIndex().add(ENTRY, "v1", text));
        assertThrows(IllegalArgumentException.class, () -> new BruteForceMatcher().add(ENTRY, "v1", text));
        assertThrows(IllegalArgumentException.class, () -> new HoaxIndex().add(" ", "v1", HOAX));
    }

    @Test
    void readers_match_while_a_writer_changes_entries() throws Exception {
        HoaxIndex index = new HoaxIndex();
        index.add(ENTRY, "v1", HOAX);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int blocked = 0;
                    for (int k = 0; k < 1000; k++) {
                        blocked += text(index, HOAX).map(m -> m.tier() == MatchTier.BLOCK ? 1 : 0).orElse(0);
                    }
                    return blocked;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                for (int k = 0; k < 300; k++) {
                    index.add("rfh-w" + k, "v1", "Statement number " + k + " about the county budget deficit.");
                    if (k % 3 == 0) {
                        index.retire("rfh-w" + (k / 2));
                    }
                }
            });
            writer.get(10, TimeUnit.SECONDS);
            for (Future<Integer> reader : readers) {
                assertEquals(1000, reader.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(201, index.variantCount());
    }
}
