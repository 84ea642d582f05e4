package org.veracity.infrastructure.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veracity.domain.hoax.HoaxMatch;
import org.veracity.domain.hoax.MatchKind;
import org.veracity.domain.hoax.MatchTier;
import org.veracity.domain.hoax.SemanticIndex;
import org.veracity.domain.hoax.SemanticThresholds;

/** The real model, in process: paraphrases land close, another claim on the same subject does not. */
class MiniLmSentenceEncoderTest {

    private static final MiniLmSentenceEncoder ENCODER = new MiniLmSentenceEncoder();
    private static final String BALLOTS =
            "Democrats are planning to use millions of fraudulent ballots to steal the 2026 election";

    @Test
    void embeddingsAreUnitVectorsOfTheModelsSize() {
        float[] v = ENCODER.encode("Vaccines contain microchips that track you.");
        assertEquals(384, v.length);
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertEquals(1.0, norm, 1e-4);
    }

    @Test
    void aParaphraseIsSuggestedForReviewAndAnUnrelatedPostIsNot() {
        SemanticIndex index = new SemanticIndex(SemanticThresholds.defaults(), ENCODER.dimensions());
        index.add("1", "v1", ENCODER.encode(BALLOTS));
        index.add("2", "v1", ENCODER.encode("5G towers spread the coronavirus and weaken your immune system."));

        List<HoaxMatch> paraphrase = index.suggest(ENCODER.encode(
                "The Dems intend to rig this year's vote with millions of fake mail-in ballots"), Set.of());
        assertEquals(1, paraphrase.size(), paraphrase.toString());
        HoaxMatch match = paraphrase.get(0);
        assertEquals("1", match.entryId());
        assertEquals(MatchKind.SEMANTIC, match.kind());
        assertEquals(MatchTier.REVIEW, match.tier());

        assertTrue(index.suggest(ENCODER.encode("Our bakery opens a second shop on Main Street next week"),
                Set.of()).isEmpty());
    }

    @Test
    void entriesAlreadyMatchedByTextAreNotSuggestedAgain() {
        SemanticIndex index = new SemanticIndex(SemanticThresholds.defaults(), ENCODER.dimensions());
        index.add("1", "v1", ENCODER.encode(BALLOTS));
        assertTrue(index.suggest(ENCODER.encode(BALLOTS), Set.of("1")).isEmpty());
    }

    @Test
    void linksDoNotChangeTheMeaning() {
        float[] plain = ENCODER.encode(BALLOTS);
        float[] linked = ENCODER.encode(BALLOTS + " https://example.com/x?utm_source=a pic.twitter.com/abc");
        double cosine = 0;
        for (int i = 0; i < plain.length; i++) {
            cosine += plain[i] * linked[i];
        }
        assertEquals(1.0, cosine, 1e-4);
    }
}
