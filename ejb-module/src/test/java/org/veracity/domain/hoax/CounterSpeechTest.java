package org.veracity.domain.hoax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10: counter-speech is never blocked, and typos, inflections, hashtags and number words do not hide a re-post.
 * Each case runs on the index and on the brute-force reference.
 */
class CounterSpeechTest {

    static final String DOMINION = "Dominion voting machines switched 2.7 million votes from Trump to Biden in the"
            + " 2020 election.";
    static final String MICROCHIP = "The COVID-19 vaccine contains microchips that allow the government to track you.";
    static final String TEXT_VOTE = "You can vote by text message: text your candidate's name to 8888 to cast your"
            + " ballot.";
    static final String FIVE_G = "5G towers spread the coronavirus and weaken your immune system.";
    static final String SHARPIE = "Election officials handed out Sharpie pens that invalidated Trump ballots in"
            + " Arizona.";
    static final String WALMART = "Walmart is offering a free $50 coupon to everyone who shares this post.";
    static final String BALLOTS = "Democrats are planning to use millions of fake ballots to steal the 2020 election.";
    static final String DEAD = "Ten thousand dead people voted by mail in Michigan.";

    static Stream<Named<HoaxMatcher>> matchers() {
        return Stream.of(Named.of("HoaxIndex", withEntries(new HoaxIndex())),
                Named.of("BruteForceMatcher", withEntries(new BruteForceMatcher())));
    }

    private static HoaxMatcher withEntries(HoaxMatcher matcher) {
        matcher.add("dominion", "v1", DOMINION);
        matcher.add("microchip", "v1", MICROCHIP);
        matcher.add("text-vote", "v1", TEXT_VOTE);
        matcher.add("5g", "v1", FIVE_G);
        matcher.add("sharpie", "v1", SHARPIE);
        matcher.add("walmart", "v1", WALMART);
        matcher.add("ballots", "v1", BALLOTS);
        matcher.add("dead", "v1", DEAD);
        return matcher;
    }

    private static HoaxMatch match(HoaxMatcher matcher, String text) {
        return matcher.match(text, null, null).orElseThrow(() -> new AssertionError("no match: " + text));
    }

    private static void assertReviewed(HoaxMatcher matcher, String entry, String text, String cue) {
        HoaxMatch match = match(matcher, text);
        assertEquals(MatchTier.REVIEW, match.tier(), match.evidence());
        assertEquals(entry, match.entryId());
        assertTrue(match.similarity() >= MatchThresholds.DEFAULT_TEXT_BLOCK, "close enough to block: " + match);
        assertEquals(cue, match.counterSpeech(), match.evidence());
        assertTrue(match.evidence().contains("reports or disputes the claim: '" + cue + "'"), match.evidence());
    }

    private static void assertBlocked(HoaxMatcher matcher, String entry, String text) {
        HoaxMatch match = match(matcher, text);
        assertEquals(MatchTier.BLOCK, match.tier(), match.evidence());
        assertEquals(entry, match.entryId());
        assertNull(match.counterSpeech());
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void the_five_near_misses_of_the_issue_go_to_review(HoaxMatcher matcher) {
        assertReviewed(matcher, "dominion", "FALSE: The claim that Dominion voting machines switched 2.7 million"
                + " votes from Trump to Biden in the 2020 election is a hoax.", "FALSE:");
        assertReviewed(matcher, "microchip", "Officials warn of a viral post claiming the COVID-19 vaccine contains"
                + " microchips that allow the government to track you.", "Officials warn");
        assertReviewed(matcher, "text-vote", "Is it true that you can vote by text message, texting your"
                + " candidate's name to 8888 to cast your ballot?", "Is it true");
        assertReviewed(matcher, "5g", "Debunked: 5G towers spread the coronavirus and weaken your immune system.",
                "Debunked:");
        assertReviewed(matcher, "sharpie", "Rumor that election officials handed out Sharpie pens that invalidated"
                + " Trump ballots in Arizona is baseless.", "Rumor");
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void labels_and_debunks(HoaxMatcher matcher) {
        assertReviewed(matcher, "5g", "Myth: 5G towers spread the coronavirus and weaken your immune system.",
                "Myth:");
        assertReviewed(matcher, "5g", "5G towers spread the coronavirus and weaken your immune system? Baseless.",
                "Baseless");
        assertReviewed(matcher, "microchip", "There is no evidence the COVID-19 vaccine contains microchips that"
                + " allow the government to track you.", "no evidence");
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void fact_check_headlines(HoaxMatcher matcher) {
        assertReviewed(matcher, "dominion", "Fact check: Dominion voting machines switched 2.7 million votes from"
                + " Trump to Biden in the 2020 election.", "Fact check:");
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void reports_and_attributions(HoaxMatcher matcher) {
        assertReviewed(matcher, "5g", "Conspiracy theorists falsely claim 5G towers spread the coronavirus and"
                + " weaken your immune system.", "falsely");
        assertReviewed(matcher, "walmart", "A viral post claiming Walmart is offering a free $50 coupon to everyone"
                + " who shares this post.", "viral post");
        assertReviewed(matcher, "dominion", "Giuliani claims that Dominion voting machines switched 2.7 million votes"
                + " from Trump to Biden in the 2020 election.", "claims that");
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void questions_that_repeat_the_claim(HoaxMatcher matcher) {
        assertReviewed(matcher, "5g", "Do 5G towers spread the coronavirus and weaken your immune system?",
                "Do 5 G towers spread the coronavirus and …?");
        assertReviewed(matcher, "walmart", "Anyone know if Walmart is offering a free $50 coupon to everyone who"
                + " shares this post?", "Anyone know if");
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void negation_is_judged_per_clause(HoaxMatcher matcher) {
        HoaxMatch denial = match(matcher, "5G towers do not spread the coronavirus and do not weaken your immune"
                + " system.");
        assertEquals(MatchTier.REVIEW, denial.tier());
        assertTrue(denial.negationDiffers());
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void rhetoric_around_the_hoax_is_still_the_hoax(HoaxMatcher matcher) {
        assertBlocked(matcher, "dominion", DOMINION + " Share before they delete this!");
        assertBlocked(matcher, "dominion", "This is NOT a hoax: " + DOMINION);
        assertBlocked(matcher, "dominion", "Why is nobody talking about this? " + DOMINION);
        assertBlocked(matcher, "dominion", "They don't want you to know this: " + DOMINION);
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void a_cue_the_entry_itself_contains_does_not_make_its_copies_counter_speech(HoaxMatcher matcher) {
        assertBlocked(matcher, "ballots", "Democrats are planning to use MILLIONS of fake ballots to steal the 2020"
                + " election!!! #StopTheSteal");
        assertReviewed(matcher, "ballots", "FALSE: Democrats are planning to use millions of fake ballots to steal"
                + " the 2020 election.", "FALSE:");
        assertReviewed(matcher, "ballots", "The story that Democrats are planning to use millions of fake ballots to"
                + " steal the 2020 election is fake.", "fake");
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void a_typo_ridden_re_post_matches(HoaxMatcher matcher) {
        HoaxMatch match = match(matcher, "covid-19 vacine contains micro chips that alow the goverment to track you");
        assertEquals("microchip", match.entryId());
        assertBlocked(matcher, "5g", "5G towres spread the coronavirus and weaken your imune system");
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void inflections_are_reduced(HoaxMatcher matcher) {
        assertBlocked(matcher, "5g", "5G towers are spreading the coronavirus and weakening your immune system.");
        assertBlocked(matcher, "sharpie", "Election officials are handing out Sharpie pens invalidating Trump"
                + " ballots in Arizona.");
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void camel_case_hashtags_are_words_not_names(HoaxMatcher matcher) {
        assertBlocked(matcher, "5g", "5G towers spread the coronavirus and weaken your immune system #StopThe5G"
                + " #WakeUp");
        assertEquals(List.of("stop", "steal"), new TextNormalizer().normalize("#StopTheSteal").terms().stream()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        assertTrue(new TextNormalizer().normalize("Read this #StopTheSteal").keyTerms().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void number_words_compare_as_numbers(HoaxMatcher matcher) {
        assertBlocked(matcher, "dead", "10,000 dead people voted by mail in Michigan!");
        assertBlocked(matcher, "dead", "10k dead people voted by mail in Michigan");
        assertBlocked(matcher, "dominion", "Dominion voting machines switched 2,700,000 votes from Trump to Biden in"
                + " the 2020 election.");
        HoaxMatch other = match(matcher, "Ten dead people voted by mail in Michigan.");
        assertEquals(MatchTier.REVIEW, other.tier(), "10 is not 10000");
        assertEquals(List.of("10"), other.addedFacts());
    }

    @ParameterizedTest
    @MethodSource("matchers")
    void a_name_swapped_at_the_start_of_a_sentence_vetoes_the_block(HoaxMatcher matcher) {
        HoaxMatch kroger = match(matcher, "Kroger is offering a free $50 coupon to everyone who shares this post.");
        assertEquals(MatchTier.REVIEW, kroger.tier());
        assertEquals(List.of("walmart"), kroger.missingFacts());
        assertEquals(List.of("kroger"), kroger.addedFacts());
        assertBlocked(matcher, "walmart", "Hurry! Walmart is offering a free $50 coupon to everyone who shares this"
                + " post.");
    }
}
