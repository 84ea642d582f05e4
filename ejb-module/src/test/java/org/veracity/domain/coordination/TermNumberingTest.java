package org.veracity.domain.coordination;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.veracity.domain.hoax.NearDuplicates;

class TermNumberingTest {

    /** R18's decisions must not move: the numbered similarity is the strings' similarity, to the last bit. */
    @Test
    void numbered_similarity_is_the_similarity_of_the_terms() {
        Random random = new Random(15);
        TermNumbering numbering = new TermNumbering();
        List<PostTrace> posts = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            TreeSet<String> terms = new TreeSet<>();
            int size = 3 + random.nextInt(15);
            while (terms.size() < size) {
                terms.add("w" + (int) Math.floor(Math.pow(random.nextDouble(), 3) * 400));
            }
            posts.add(PostTrace.known((long) k, "p" + k, "a" + k, Instant.EPOCH, String.join(" ", terms),
                    new long[TextSketch.SIZE], null));
        }
        for (PostTrace a : posts) {
            for (PostTrace b : posts) {
                assertEquals(NearDuplicates.similarity(a.terms(), b.terms()),
                        NearDuplicates.similarity(numbering.of(a), numbering.of(b)));
            }
        }
    }

    @Test
    void a_term_set_is_numbered_once_whichever_post_carries_it() {
        TermNumbering numbering = new TermNumbering();
        PostTrace first = PostTrace.known(1L, "p1", "a", Instant.EPOCH, "claim fraud vote", new long[TextSketch.SIZE], null);
        PostTrace again = PostTrace.known(2L, "p2", "b", Instant.EPOCH, "claim fraud vote", new long[TextSketch.SIZE], null);
        int[] numbers = numbering.of(first);
        assertSame(numbers, numbering.of(again));
        PostTrace fresh = PostTrace.known(3L, "p3", "c", Instant.EPOCH, "claim fraud stolen vote", new long[TextSketch.SIZE], null);
        int[] more = numbering.of(fresh);
        assertEquals(4, more.length);
        assertArrayEquals(numbers, java.util.Arrays.stream(more).filter(n -> n < 3).toArray());
    }
}
