package org.veracity.application;

/**
 * One of {@code of} disjoint shares of the lapsed demotions, split by id residue so that several
 * closers can work side by side on different rows. The split depends on nothing but the ids, so a
 * restarted run finds every share exactly where its checkpoint left it.
 */
public record ExpiryShare(int index, int of) {

    public ExpiryShare {
        if (of < 1 || index < 0 || index >= of) {
            throw new IllegalArgumentException("share " + index + " of " + of + ": needs 0 <= index < of");
        }
    }

    public static ExpiryShare all() {
        return new ExpiryShare(0, 1);
    }
}
