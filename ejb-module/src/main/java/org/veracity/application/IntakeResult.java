package org.veracity.application;

import java.util.List;
import org.veracity.domain.content.PlatformId;
import org.veracity.domain.screening.Screening;

/** What happened to one submitted item or signal; a rejection lists its field problems. */
public record IntakeResult(String id, IntakeStatus status, String reason, List<FieldProblem> errors) {

    public IntakeResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static IntakeResult accepted(String id) {
        return new IntakeResult(id, IntakeStatus.ACCEPTED, null, List.of());
    }

    public static IntakeResult duplicate(String id, String reason) {
        return new IntakeResult(id, IntakeStatus.DUPLICATE, reason, List.of());
    }

    /** Stored, then blocked or removed at once, or accepted and held for a specialist's review. */
    public static IntakeResult screened(String id, Screening verdict) {
        IntakeStatus status = switch (verdict.outcome()) {
            case REMOVE -> IntakeStatus.REMOVED;
            case BLOCK -> IntakeStatus.BLOCKED;
            case REVIEW -> IntakeStatus.ACCEPTED;
        };
        return new IntakeResult(id, status, verdict.citedReason(), List.of());
    }

    /** Stored but refused by a rule it breaks (R19: a political ad banned in its region or without disclosure). */
    public static IntakeResult refused(String id, Screening verdict) {
        return new IntakeResult(id, IntakeStatus.REJECTED, verdict.citedReason(), List.of());
    }

    /** A known item sent again with its sponsorship disclosure: the open request closed and the label was added (R17). */
    public static IntakeResult disclosed(String id, String label) {
        return new IntakeResult(id, IntakeStatus.ACCEPTED, "disclosure recorded: \"" + label + "\"", List.of());
    }

    /** An id that breaks the id rule is not repeated back (it may be a megabyte long): the position tells which. */
    public static IntakeResult rejected(String id, List<FieldProblem> errors) {
        String echoed = PlatformId.Check.accepts(id) ? id : null;
        String reason = errors.stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b)
                .orElse("rejected");
        return new IntakeResult(echoed, IntakeStatus.REJECTED, reason, errors);
    }
}
