package org.veracity.domain.hoax;

/** Which part of the item matched the entry. */
public enum MatchKind {
    /** The same canonical URL as one the entry lists. */
    URL,
    /** A media hash within the PDQ distance of one the entry lists. */
    MEDIA,
    /** Near-duplicate text of one of the entry's variants. */
    TEXT,
    /** Close in meaning to one of the entry's variants (sentence embeddings): a paraphrase, for review only. */
    SEMANTIC
}
