package org.veracity.domain.content;

/** Who posted an item (R1). Politicians and campaigns are outside fact-checking (R6). */
public enum AuthorKind {
    PERSON, PAGE, GROUP, POLITICIAN, CAMPAIGN;

    public boolean isPoliticalSpeaker() {
        return this == POLITICIAN || this == CAMPAIGN;
    }
}
