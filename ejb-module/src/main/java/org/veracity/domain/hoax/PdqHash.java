package org.veracity.domain.hoax;

import java.util.Arrays;
import java.util.Locale;

/**
 * A 256-bit PDQ perceptual image hash (Meta's open-source algorithm), as integrators send it: 64 hex digits.
 * Visually similar images have hashes at a small Hamming distance.
 */
public final class PdqHash {

    public static final int BITS = 256;
    static final int CHUNK_BITS = 16;
    static final int CHUNKS = BITS / CHUNK_BITS;

    private final long[] words;

    private PdqHash(long[] words) {
        this.words = words;
    }

    public static PdqHash fromHex(String hex) {
        if (hex == null) {
            throw new IllegalArgumentException("PDQ hash is missing");
        }
        String digits = hex.strip();
        if (digits.length() != BITS / 4) {
            throw new IllegalArgumentException("PDQ hash needs 64 hex digits, got " + digits.length());
        }
        long[] words = new long[BITS / 64];
        for (int w = 0; w < words.length; w++) {
            String part = digits.substring(w * 16, w * 16 + 16);
            try {
                words[w] = Long.parseUnsignedLong(part, 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("PDQ hash is not hexadecimal: " + hex, e);
            }
        }
        return new PdqHash(words);
    }

    static PdqHash ofWords(long w0, long w1, long w2, long w3) {
        return new PdqHash(new long[] {w0, w1, w2, w3});
    }

    public int distance(PdqHash other) {
        int bits = 0;
        for (int w = 0; w < words.length; w++) {
            bits += Long.bitCount(words[w] ^ other.words[w]);
        }
        return bits;
    }

    /** One of the 16 disjoint 16-bit slices that {@link MediaHashIndex} files the hash under. */
    int chunk(int index) {
        long word = words[index / 4];
        return (int) (word >>> (CHUNK_BITS * (index % 4))) & 0xFFFF;
    }

    long word(int index) {
        return words[index];
    }

    public String toHex() {
        StringBuilder hex = new StringBuilder(BITS / 4);
        for (long word : words) {
            hex.append(String.format(Locale.ROOT, "%016x", word));
        }
        return hex.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PdqHash hash && Arrays.equals(words, hash.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
