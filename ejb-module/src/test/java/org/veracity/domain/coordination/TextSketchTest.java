package org.veracity.domain.coordination;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.veracity.domain.hoax.TextNormalizer;

/**
 * The band keys decide which posts R18 compares at all: near-duplicates must share one, unrelated posts should not.
 * Random texts with a fixed seed, so the figures are the same on every run.
 */
class TextSketchTest {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final Random random = new Random(11);

    @Test
    void the_same_terms_in_another_order_casing_and_punctuation_have_the_same_keys() {
        assertArrayEquals(keys("Mike is the only candidate who can beat Trump. Join the movement today!"),
                keys("JOIN THE MOVEMENT TODAY!!! mike is the only candidate who can beat trump"));
    }

    @Test
    void messages_with_one_word_changed_share_a_key_in_nearly_every_pair() {
        List<String> vocabulary = words(5000);
        int pairs = 0;
        int sharing = 0;
        for (int k = 0; k < 2000; k++) {
            List<String> message = draw(vocabulary, 10);
            List<String> changed = new ArrayList<>(message);
            changed.set(random.nextInt(changed.size()), vocabulary.get(random.nextInt(vocabulary.size())));
            pairs++;
            sharing += shareAKey(keys(String.join(" ", message)), keys(String.join(" ", changed))) ? 1 : 0;
        }
        // Jaccard 9/11: 1 - (1 - 0.548)^6 = 0.992 expected (1,993 of 2,000 here).
        assertTrue(sharing >= 0.97 * pairs, sharing + " of " + pairs);
    }

    @Test
    void unrelated_posts_of_a_small_vocabulary_rarely_share_a_key() {
        List<String> vocabulary = words(59);
        List<long[]> posts = new ArrayList<>();
        for (int k = 0; k < 400; k++) {
            posts.add(keys(String.join(" ", draw(vocabulary, 12 + random.nextInt(10)))));
        }
        int pairs = 0;
        int sharing = 0;
        for (int i = 0; i < posts.size(); i++) {
            for (int j = i + 1; j < posts.size(); j++) {
                pairs++;
                sharing += shareAKey(posts.get(i), posts.get(j)) ? 1 : 0;
            }
        }
        // Single MinHash values in four slots made 38 % of these pairs candidates, four bands of two about 7 %, six
        // bands of three 2.1 % (1,653 of 79,800).
        assertTrue(sharing <= 0.03 * pairs, sharing + " of " + pairs);
    }

    private long[] keys(String text) {
        return TextSketch.of(normalizer.normalize(text).terms());
    }

    private static boolean shareAKey(long[] a, long[] b) {
        for (int slot = 0; slot < a.length; slot++) {
            if (a[slot] == b[slot]) {
                return true;
            }
        }
        return false;
    }

    private List<String> draw(List<String> vocabulary, int n) {
        List<String> words = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            words.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return words;
    }

    /** Made-up words of letters only, none of them a stop word, none with a plural ending to stem. */
    private List<String> words(int n) {
        List<String> words = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            StringBuilder w = new StringBuilder("q");
            for (int c = 0; c < 6; c++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words.add(w.append('o').toString());
        }
        return words;
    }
}
