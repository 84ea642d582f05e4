package org.veracity.infrastructure.grid;

import com.hazelcast.config.RingbufferConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.ringbuffer.ReadResultSet;
import com.hazelcast.ringbuffer.Ringbuffer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;

/**
 * Which entries of the distribution projection changed, in the order they changed, for the whole cluster: a Hazelcast
 * ringbuffer whose every element is the keys one publication wrote. A publisher writes the grid first and announces
 * after, before its caller has an answer; a reader that asks for the feed's tail before it answers, and drops from its
 * local copy every key announced since it last asked, therefore never answers from a value older than a change whose
 * caller already has an answer. One operation on one partition per answer, instead of one per partition the answer's
 * keys fall in. The ringbuffer's sequence is assigned by the same operation that stores the keys, so there is no
 * window where a reader sees a sequence without its keys.
 */
public final class ChangeFeed {

    /** The distribution projection's feed. */
    static final String NAME = "veracity-distribution-changes";
    /** Announcements kept; a reader further behind than this starts its copy afresh. About 12 KB each at 500 keys. */
    static final int CAPACITY = 1024;
    private static final int READ_AT_ONCE = 256;
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());

    private final Ringbuffer<byte[]> ring;

    /** The distribution projection's feed. */
    public ChangeFeed(HazelcastInstance grid) {
        this(grid, NAME);
    }

    ChangeFeed(HazelcastInstance grid, String name) {
        try {
            grid.getConfig().addRingBufferConfig(new RingbufferConfig(name).setCapacity(CAPACITY).setBackupCount(1));
        } catch (RuntimeException e) {
            // Another member added the same configuration first, or the grid refuses dynamic configuration: the
            // default ringbuffer (10,000 elements) works the same, with more memory.
            LOG.fine(() -> "change feed configuration: " + e);
        }
        this.ring = PayaraGrid.withoutTenant(() -> grid.getRingbuffer(name));
    }

    /** Announces that these keys changed; returns when the announcement is stored (and backed up). */
    public void announce(Collection<String> keys) {
        if (!keys.isEmpty()) {
            ring.add(encode(keys));
        }
    }

    /** The sequence of the last announcement (-1 before the first). */
    long tail() {
        return ring.tailSequence();
    }

    /**
     * The keys announced from {@code from} to {@code to}, both included, or null when some of them are no longer kept
     * (the reader fell more than {@link #CAPACITY} announcements behind, or the ringbuffer was lost with its members).
     */
    List<String> keysBetween(long from, long to) {
        List<String> keys = new ArrayList<>();
        for (long next = from; next <= to; ) {
            ReadResultSet<byte[]> read;
            try {
                read = ring.readManyAsync(next, 0, READ_AT_ONCE, null).toCompletableFuture().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the change feed", e);
            } catch (ExecutionException | IllegalArgumentException e) {
                return null;
            }
            if (read.size() == 0 || read.getSequence(0) != next) {
                return null; // overwritten before it was read
            }
            for (int k = 0; k < read.size() && read.getSequence(k) <= to; k++) {
                keys.addAll(decode(read.get(k)));
            }
            next = read.getNextSequenceToReadFrom();
        }
        return keys;
    }

    static byte[] encode(Collection<String> keys) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(keys.size() * 24);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(keys.size());
            for (String key : keys) {
                out.writeUTF(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<String> decode(byte[] value) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            int count = in.readInt();
            List<String> keys = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                keys.add(in.readUTF());
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
