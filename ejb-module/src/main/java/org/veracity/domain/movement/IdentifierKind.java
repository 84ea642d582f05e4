package org.veracity.domain.movement;

/** How a designated movement is recognised in a post (R16). */
public enum IdentifierKind {
    /** A group on the platform, by its id, compared exactly. */
    GROUP,
    /** A hashtag, compared as a whole tag, ignoring case and Unicode presentation. */
    HASHTAG,
    /** A phrase, compared as a run of whole words, ignoring case, punctuation and Unicode presentation. */
    PHRASE
}
