package org.veracity.domain.factcheck;

import java.util.EnumMap;
import java.util.Map;

/** The configured effect of each verdict (DESIGN R7 defaults; multipliers come from configuration). */
public final class RatingEffects {

    private final Map<Verdict, RatingEffect> effects = new EnumMap<>(Verdict.class);

    public RatingEffects(double falseMultiplier, double alteredMultiplier, double partlyFalseMultiplier) {
        put(new RatingEffect(Verdict.FALSE, falseMultiplier, "WARNING",
                "False information. Checked by independent fact-checkers.", true));
        put(new RatingEffect(Verdict.ALTERED, alteredMultiplier, "WARNING",
                "Altered photo or video. Checked by independent fact-checkers.", true));
        put(new RatingEffect(Verdict.PARTLY_FALSE, partlyFalseMultiplier, "WARNING",
                "Partly false information. Checked by independent fact-checkers.", false));
        put(new RatingEffect(Verdict.MISSING_CONTEXT, null, "CONTEXT",
                "Missing context. Independent fact-checkers say this could mislead people.", false));
        put(new RatingEffect(Verdict.SATIRE, null, "CONTEXT",
                "Satire. Independent fact-checkers say this is satire, not a factual claim.", false));
        put(new RatingEffect(Verdict.TRUE, null, null, null, false));
        put(new RatingEffect(Verdict.NOT_ELIGIBLE, null, null, null, false));
    }

    private void put(RatingEffect effect) {
        effects.put(effect.verdict(), effect);
    }

    public RatingEffect of(Verdict verdict) {
        return effects.get(verdict);
    }
}
