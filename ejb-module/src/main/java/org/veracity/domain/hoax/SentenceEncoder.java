package org.veracity.domain.hoax;

/**
 * Turns a text into a sentence embedding for the semantic tier: texts that say the same thing in other words lie
 * close together. Implementations compute it in process (no network) and must be safe for concurrent use.
 */
public interface SentenceEncoder {

    /** The embedding of {@code text}, of length {@link #dimensions()} and unit length (so a dot product is the cosine). */
    float[] encode(String text);

    int dimensions();
}
