package org.veracity.domain.audit;

/**
 * Which audit chain an event joins (issue 15). Every subject has one chain, chosen by a hash of its type and id,
 * so an item's whole history is one chain, in order, while writers on different items lock different chain heads
 * instead of one for the whole cluster. Chain 0 is the single chain of the events written before V28: it is
 * verified as it was and never appended to again.
 */
public final class AuditChains {

    /** The chains new events go to, 1 to COUNT; V28 made their heads. Changing it would split histories. */
    public static final int COUNT = 64;
    public static final int LEGACY = 0;

    private AuditChains() {
    }

    /**
     * The chain of a subject: the first four bytes of SHA-256 of type and id. Not {@code String.hashCode}: its
     * low bits follow the last characters, and ids that differ only in a prefix would crowd one chain.
     */
    public static int of(String subjectType, String subjectId) {
        byte[] d = Sha256.digest(subjectType + '\u001f' + subjectId);
        int bits = ((d[0] & 0xff) << 24) | ((d[1] & 0xff) << 16) | ((d[2] & 0xff) << 8) | (d[3] & 0xff);
        return 1 + Integer.remainderUnsigned(bits, COUNT);
    }
}
