package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.content.RuleMoment;
import org.veracity.domain.movement.CitedVersion;
import org.veracity.domain.movement.Movement;
import org.veracity.domain.movement.MovementPolicy;
import org.veracity.domain.movement.MovementRepository;
import org.veracity.domain.movement.PostText;
import org.veracity.domain.screening.Screening;
import org.veracity.domain.screening.ScreeningOutcome;
import org.veracity.domain.suspension.SuspensionPolicy;
import org.veracity.domain.suspension.SuspensionRepository;

/** R16's verdicts on one new post, read-only, in the caller's transaction (intake's or the pre-publication check's). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class MovementEnforcement {

    @Inject
    MovementRepository movements;

    @Inject
    SuspensionRepository suspensions;

    @Inject
    PolicyVersions policyVersions;

    /**
     * Removal because the post went to a shut-down group or matches a movement whose content is banned,
     * judged at the moment Veracity received it ({@link RuleMoment#RECEIVED}), whatever {@code postedAt} says.
     */
    public Optional<Screening> movementVerdict(ContentSubmission s, Instant received) {
        Instant at = RuleMoment.RECEIVED.of(s.postedAt(), received);
        PostText text = PostText.of(s.text());
        List<Movement> candidates = movements.candidatesFor(s.groupId(), text.hashtags(), at);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Optional<CitedVersion> version = policyVersions.applicableTo(MovementPolicy.CODE, at)
                .map(v -> new CitedVersion(v.reference(), v.getNumber()));
        return MovementPolicy.judge(candidates, s.groupId(), text, at, version)
                .map(r -> new Screening(ScreeningOutcome.REMOVE, r.reason(), r.version().reference(), r.evidence(),
                        MovementScreen.SOURCE, Long.toString(r.movement().getId())));
    }

    /** Removal because the author's account is suspended when the post arrives ({@link RuleMoment#RECEIVED}). */
    public Optional<Screening> suspensionVerdict(ContentSubmission s, Instant received) {
        Instant at = RuleMoment.RECEIVED.of(s.postedAt(), received);
        return suspensions.inForce(s.authorId(), at).flatMap(suspension -> policyVersions
                .applicableTo(SuspensionPolicy.CODE, at)
                .map(v -> new Screening(ScreeningOutcome.REMOVE, suspension.describe(), v.reference(),
                        "suspension " + suspension.getId() + " by " + suspension.getSuspendedBy(),
                        SuspensionScreen.SOURCE, Long.toString(suspension.getId()))));
    }
}
