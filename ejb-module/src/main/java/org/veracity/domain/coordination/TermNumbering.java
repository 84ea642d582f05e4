package org.veracity.domain.coordination;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts' terms as numbers, sorted, for {@link org.veracity.domain.hoax.NearDuplicates#similarity(int[], int[])}:
 * the same overlap as comparing the strings, at a fraction of the cost. A stream's frequent words make a post share
 * a band with many known posts, and each batch reads most of them again (issue 15: 16,000 known posts for the last
 * batch of a 22,000-post benchmark), so the numbers of a term set are remembered by its text for the next batches.
 * Thread-safe; numbers of two instances must never meet, so a full instance is replaced, not cleared
 * ({@link #isFull()}).
 */
public final class TermNumbering {

    /** Distinct terms before an instance counts as full: some 25 MB of dictionary at most. */
    static final int MAX_TERMS = 1 << 18;

    /** Term sets remembered, the most recently used kept: some 30 MB. */
    static final int MAX_TEXTS = 100_000;

    private final Map<String, Integer> dictionary = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, int[]> byText = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > MAX_TEXTS;
        }
    };

    /** The post's terms as numbers of this instance, sorted; callers must not change the array. */
    public int[] of(PostTrace post) {
        int[] numbered = post.numbersOf(this);
        if (numbered != null) {
            return numbered;
        }
        String text = post.termText();
        synchronized (byText) {
            int[] known = byText.get(text);
            if (known != null) {
                post.numbered(this, known);
                return known;
            }
        }
        List<String> terms = post.terms();
        int[] numbers = new int[terms.size()];
        for (int k = 0; k < numbers.length; k++) {
            numbers[k] = dictionary.computeIfAbsent(terms.get(k), t -> next.getAndIncrement());
        }
        Arrays.sort(numbers);
        synchronized (byText) {
            byText.put(text, numbers);
        }
        post.numbered(this, numbers);
        return numbers;
    }

    public boolean isFull() {
        return next.get() >= MAX_TERMS;
    }
}
