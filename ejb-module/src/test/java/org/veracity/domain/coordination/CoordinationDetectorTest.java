package org.veracity.domain.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.veracity.domain.hoax.TextNormalizer;

/** R18 with a fixed clock: 20 distinct accounts, near-identical text, within one hour. */
class CoordinationDetectorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-02-20T15:00:00Z"), ZoneOffset.UTC);
    private static final String MESSAGE = "Mike is the only candidate who can beat Trump. Join the movement today!";

    private final Feed feed = new Feed(new CoordinationRule(20, Duration.ofHours(1), 0.7));

    @Test
    void nineteen_accounts_in_an_hour_open_no_case() {
        for (int k = 0; k < 19; k++) {
            feed.post("acct-" + k, minute(2 * k), MESSAGE);
        }
        assertEquals(0, feed.cases);
    }

    @Test
    void the_twentieth_account_opens_one_case_with_all_twenty() {
        for (int k = 0; k < 20; k++) {
            feed.post("acct-" + k, minute(2 * k), MESSAGE);
        }
        assertEquals(1, feed.cases);
        assertEquals(20, feed.accountsOf(1L).size());
    }

    @Test
    void a_twenty_first_account_joins_the_case() {
        for (int k = 0; k < 21; k++) {
            feed.post("acct-" + k, minute(2 * k), MESSAGE);
        }
        assertEquals(1, feed.cases);
        assertEquals(21, feed.accountsOf(1L).size());
    }

    @Test
    void twenty_accounts_whose_first_and_last_posts_are_59_59_apart_are_coordinated() {
        twentyAccountsSpanning(Duration.ofMinutes(59).plusSeconds(59));
        assertEquals(1, feed.cases);
    }

    @Test
    void twenty_accounts_whose_first_and_last_posts_are_60_01_apart_are_not() {
        twentyAccountsSpanning(Duration.ofMinutes(60).plusSeconds(1));
        assertEquals(0, feed.cases);
    }

    @Test
    void one_account_posting_twenty_times_is_not_coordinated() {
        for (int k = 0; k < 25; k++) {
            feed.post("acct-solo", minute(k), MESSAGE);
        }
        assertEquals(0, feed.cases);
    }

    @Test
    void near_duplicate_variants_join_the_same_cluster() {
        List<String> variants = List.of(
                MESSAGE,
                "mike is the only candidate who can beat trump. join the movement today!",
                "MIKE IS THE ONLY CANDIDATE WHO CAN BEAT TRUMP!!! JOIN THE MOVEMENT TODAY",
                "Join the movement today! Mike is the only candidate who can beat Trump.",
                "Mike is the only candidate who can beat Trump 🇺🇸🇺🇸 Join the movement today! https://mike.example/join",
                "Ｍｉｋｅ is the only candidate who can beat Trump. Join the movement today!",
                "Mike is the ONLY candidate that can beat Trump... join the movement today",
                "Mike is the only candidate who can beat Trump. Join the movement now!",
                "Mike's the only candidate who can beat Trump - join the movement today!!",
                "Honestly: Mike is the only candidate who can beat Trump. Join the movement today!");
        for (int k = 0; k < 20; k++) {
            feed.post("acct-" + k, minute(k), variants.get(k % variants.size()));
        }
        assertEquals(1, feed.cases);
        assertEquals(20, feed.accountsOf(1L).size());
        Set<String> texts = feed.posts.stream().filter(p -> Long.valueOf(1L).equals(p.getCaseId()))
                .map(p -> feed.textOf(p)).collect(Collectors.toSet());
        assertEquals(variants.size(), texts.size(), "every variant is in the case");
    }

    @Test
    void twenty_accounts_each_changing_another_word_of_the_message_open_one_case_with_all_twenty() {
        List<String> message = List.of("Mayor Okafor fixed potholes, reopened the library and cut bus fares. Keep"
                + " Okafor working for Riverside".split(" "));
        List<String> swaps = List.of("Governor Adeyemi repaired roads, renovated the museum and lowered train"
                + " tickets. Help Adeyemi fighting in Lakeside".split(" "));
        for (int k = 0; k < 20; k++) {
            List<String> words = new ArrayList<>(message);
            words.set(k % words.size(), swaps.get(k % swaps.size())); // one word changed, word order kept
            feed.post("acct-" + k, minute(k), String.join(" ", words));
        }
        assertEquals(1, feed.cases);
        assertEquals(20, feed.accountsOf(1L).size());
    }

    @Test
    void campaigns_whose_posts_each_change_one_word_open_their_case_at_the_twentieth_account_nearly_always() {
        java.util.Random random = new java.util.Random(5);
        List<String> vocabulary = new ArrayList<>();
        for (int k = 0; k < 5000; k++) {
            StringBuilder word = new StringBuilder("q"); // made up, letters only, no stop word, nothing to stem
            for (int c = 0; c < 6; c++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            vocabulary.add(word.append('o').toString());
        }
        int campaigns = 200;
        int atTwenty = 0;
        int byTwentyFive = 0;
        for (int c = 0; c < campaigns; c++) {
            Feed campaign = new Feed(feed.rule);
            List<String> message = new ArrayList<>();
            for (int w = 0; w < 12; w++) {
                message.add(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            for (int k = 0; k < 25 && campaign.cases == 0; k++) {
                List<String> words = new ArrayList<>(message);
                words.set(k % words.size(), vocabulary.get(random.nextInt(vocabulary.size())));
                campaign.post("acct-" + k, minute(k), String.join(" ", words));
                atTwenty += k == 19 && campaign.cases == 1 ? 1 : 0;
            }
            byTwentyFive += campaign.cases == 1 ? 1 : 0;
        }
        // Every pair is near-identical (similarity 0.77), so the rule opens each case at the 20th account. The band
        // keys let a few pairs go uncompared (a post meeting a cluster compares its members' band-mates too): when
        // the changed word was the least hash of every band, that post meets the cluster a post or two later.
        assertTrue(atTwenty >= 0.9 * campaigns, atTwenty + " of " + campaigns + " at the 20th account");
        assertEquals(campaigns, byTwentyFive, "every campaign by the 25th account");
    }

    @Test
    void a_popular_quote_posted_by_accounts_spread_over_hours_opens_no_case() {
        String quote = "Ask not what your country can do for you, ask what you can do for your country.";
        for (int k = 0; k < 60; k++) {
            feed.post("fan-" + k, minute(8 * k), quote); // 60 accounts over eight hours: 8 an hour
        }
        assertEquals(0, feed.cases);
    }

    @Test
    void different_messages_from_many_accounts_open_no_case() {
        List<String> messages = List.of("The bakery on Main Street sells the best croissants in town",
                "Our school soccer team won the regional final last night",
                "Rain expected all weekend across the northern valley region",
                "New bicycle lanes open downtown next Monday morning",
                "The library extends weekend opening hours for students");
        for (int k = 0; k < 40; k++) {
            feed.post("acct-" + k, minute(k), messages.get(k % messages.size()) + " " + k);
        }
        assertEquals(0, feed.cases);
    }

    @Test
    void a_post_with_too_few_words_leaves_no_trace() {
        assertTrue(PostTrace.of(1L, "p-1", "a", CLOCK.instant(), new TextNormalizer().normalize("Go Mike!")).isEmpty());
    }

    @Test
    void posts_in_one_batch_open_one_case_and_the_rest_of_the_batch_joins_it() {
        List<PostTrace> batch = new ArrayList<>();
        for (int k = 0; k < 25; k++) {
            batch.add(feed.trace("acct-" + k, minute(k), MESSAGE));
        }
        List<CoordinationDetector.Cluster> clusters = new CoordinationDetector(feed.rule).place(batch, List.of());
        assertEquals(1, clusters.size());
        assertEquals(25, clusters.get(0).members().size());
        assertEquals("acct-19", clusters.get(0).tipping().getAuthorId());
        assertNull(batch.get(24).getCaseId(), "the caller gives the new case's id");
    }

    private void twentyAccountsSpanning(Duration span) {
        feed.post("acct-first", minute(0), MESSAGE);
        for (int k = 1; k < 19; k++) {
            feed.post("acct-" + k, minute(1 + k), MESSAGE);
        }
        feed.post("acct-last", CLOCK.instant().plus(span), MESSAGE);
    }

    private static Instant minute(long m) {
        return CLOCK.instant().plus(Duration.ofMinutes(m));
    }

    /** Intake one post at a time, as the service does: the detector, then new cases numbered 1, 2, … */
    static final class Feed {
        final CoordinationRule rule;
        final TextNormalizer normalizer = new TextNormalizer();
        final List<PostTrace> posts = new ArrayList<>();
        final java.util.Map<PostTrace, String> texts = new java.util.IdentityHashMap<>();
        long cases;

        Feed(CoordinationRule rule) {
            this.rule = rule;
        }

        PostTrace trace(String author, Instant at, String text) {
            PostTrace post = PostTrace.of((long) posts.size() + texts.size() + 1, "post-" + texts.size(), author, at,
                    normalizer.normalize(text)).orElseThrow();
            texts.put(post, text);
            return post;
        }

        void post(String author, Instant at, String text) {
            PostTrace post = trace(author, at, text);
            for (CoordinationDetector.Cluster cluster : new CoordinationDetector(rule).place(List.of(post), posts)) {
                long id = ++cases;
                cluster.members().forEach(m -> m.joinCase(id));
            }
            posts.add(post);
        }

        Set<String> accountsOf(Long caseId) {
            return posts.stream().filter(p -> caseId.equals(p.getCaseId())).map(PostTrace::getAuthorId)
                    .collect(Collectors.toSet());
        }

        String textOf(PostTrace post) {
            return texts.get(post);
        }
    }
}
