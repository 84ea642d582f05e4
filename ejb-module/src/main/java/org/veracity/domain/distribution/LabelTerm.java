package org.veracity.domain.distribution;

import java.time.Instant;
import org.veracity.domain.label.Label;

/** A label as the distribution answer needs it, with the time it is shown from and until. */
public record LabelTerm(String kind, String text, String url, Instant appliedAt, Instant removedAt) {

    public static LabelTerm of(Label l) {
        return new LabelTerm(l.getKind(), l.getText(), l.getUrl(), l.getAppliedAt(), l.getRemovedAt());
    }

    public boolean isShownAt(Instant t) {
        return Label.isShownAt(appliedAt, removedAt, t);
    }
}
