package org.veracity.domain.factcheck;

/**
 * What a verdict does to an item (R7): a demotion multiplier (null: none), a label (null kind:
 * none) and whether ads are rejected. Every verdict replaces the temporary demotion.
 */
public record RatingEffect(Verdict verdict, Double multiplier, String labelKind, String labelText,
                           boolean adsRejected) {

    public boolean demotes() {
        return multiplier != null && multiplier < 1.0;
    }

    public boolean labels() {
        return labelKind != null;
    }
}
