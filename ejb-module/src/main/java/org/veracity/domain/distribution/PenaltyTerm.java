package org.veracity.domain.distribution;

import java.time.Instant;
import org.veracity.domain.offender.RepeatOffender;
import org.veracity.domain.offender.RepeatOffender.SubjectKind;

/** A repeat-offender penalty of an author or a domain as the distribution answer needs it (R8, R22). */
public record PenaltyTerm(SubjectKind subjectKind, String subject, double multiplier, Instant startsAt,
                          Instant endsAt, String policyVersion) {

    public static PenaltyTerm of(RepeatOffender o) {
        return new PenaltyTerm(o.getSubjectKind(), o.getSubject(), o.getMultiplier(), o.getStartsAt(),
                o.getEndsAt(), o.getPolicyVersion());
    }

    public boolean isInForceAt(Instant t) {
        return RepeatOffender.isInForceAt(startsAt, endsAt, t);
    }
}
