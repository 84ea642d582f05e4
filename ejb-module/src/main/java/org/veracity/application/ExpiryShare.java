package org.veracity.application;

import java.util.ArrayList;
import java.util.List;

/**
 * One of {@code of} disjoint shares of the lapsed demotions, split by id residue so that several
 * closers can work side by side on different rows. The split depends on nothing but the ids, so a
 * restarted run finds every share exactly where its checkpoint left it.
 */
public record ExpiryShare(int index, int of) {

    /** Pages of ids in ascending order, each after a given id; a short page means there are no more. */
    @FunctionalInterface
    public interface IdPages {
        List<Long> after(long afterId, int pageSize);
    }

    public ExpiryShare {
        if (of < 1 || index < 0 || index >= of) {
            throw new IllegalArgumentException("share " + index + " of " + of + ": needs 0 <= index < of");
        }
    }

    /** The most closers one run may split into; each holds a database connection for the whole run. */
    public static final int MAX_SHARES = 16;

    /** All shares of a split into {@code of}, in index order; refused outside 1 to {@value #MAX_SHARES}. */
    public static List<ExpiryShare> split(int of) {
        if (of < 1 || of > MAX_SHARES) {
            throw new IllegalArgumentException("partitions must be between 1 and " + MAX_SHARES + ", not " + of);
        }
        List<ExpiryShare> shares = new ArrayList<>(of);
        for (int index = 0; index < of; index++) {
            shares.add(new ExpiryShare(index, of));
        }
        return shares;
    }

    public boolean holds(long demotionId) {
        return Math.floorMod(demotionId, of) == index;
    }

    /**
     * The first {@code limit} ids of this share after {@code afterId}, read from all ids page by page;
     * fewer only when the ids run out.
     */
    public List<Long> pick(IdPages ids, long afterId, int limit) {
        List<Long> mine = new ArrayList<>(limit);
        int pageSize = limit * of;
        long after = afterId;
        while (true) {
            List<Long> page = ids.after(after, pageSize);
            for (Long id : page) {
                if (holds(id)) {
                    mine.add(id);
                    if (mine.size() == limit) {
                        return mine;
                    }
                }
            }
            if (page.size() < pageSize) {
                return mine;
            }
            after = page.get(page.size() - 1);
        }
    }
}
