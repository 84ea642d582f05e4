package org.veracity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ExpiryShareTest {

    /** Lapsed ids with gaps, as closed and lifted demotions leave them. */
    private final List<Long> lapsed = LongStream.rangeClosed(1, 1000).filter(id -> id % 7 != 0 && id % 10 != 3)
            .boxed().toList();

    private List<Long> after(long afterId, int pageSize) {
        return lapsed.stream().filter(id -> id > afterId).limit(pageSize).toList();
    }

    @Test
    void shares_read_from_their_checkpoints_cover_every_lapsed_id_once() {
        for (int of = 1; of <= 4; of++) {
            List<Long> all = new ArrayList<>();
            for (int index = 0; index < of; index++) {
                ExpiryShare share = new ExpiryShare(index, of);
                long checkpoint = 0;
                List<Long> chunk;
                do {
                    chunk = share.pick(this::after, checkpoint, 5);
                    chunk.forEach(id -> assertEquals(true, share.holds(id)));
                    all.addAll(chunk);
                    checkpoint = chunk.isEmpty() ? checkpoint : chunk.get(chunk.size() - 1);
                } while (chunk.size() == 5);
            }
            assertEquals(lapsed, all.stream().sorted().toList(), "shares of " + of);
        }
    }

    @Test
    void a_full_page_with_few_ids_of_the_share_is_not_taken_for_the_end() {
        // Ids of share 1 of 2 are all odd; among the first pages there are only a few.
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 50).map(i -> i * 2).boxed().toList());
        ids.addAll(List.of(101L, 103L, 105L));
        ExpiryShare odd = new ExpiryShare(1, 2);
        assertEquals(List.of(101L, 103L, 105L),
                odd.pick((after, size) -> ids.stream().filter(id -> id > after).limit(size).toList(), 0, 3));
    }

    @Test
    void a_share_outside_its_split_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new ExpiryShare(2, 2));
        assertThrows(IllegalArgumentException.class, () -> new ExpiryShare(0, 0));
        assertThrows(IllegalArgumentException.class, () -> ExpiryShare.split(0));
        assertThrows(IllegalArgumentException.class, () -> ExpiryShare.split(ExpiryShare.MAX_SHARES + 1));
        assertEquals(List.of(new ExpiryShare(0, 3), new ExpiryShare(1, 3), new ExpiryShare(2, 3)), ExpiryShare.split(3));
    }
}
