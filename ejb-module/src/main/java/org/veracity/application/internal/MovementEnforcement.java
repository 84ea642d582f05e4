package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.content.ContentSubmission;
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

    /** Removal because the post went to a shut-down group or matches a movement whose content is banned. */
    public Optional<Screening> movementVerdict(ContentSubmission s) {
        PostText text = PostText.of(s.text());
        List<Movement> candidates = movements.candidatesFor(s.groupId(), text.hashtags(), s.postedAt());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Optional<CitedVersion> version = policyVersions.applicableTo(MovementPolicy.CODE, s.postedAt())
                .map(v -> new CitedVersion(v.reference(), v.getNumber()));
        return MovementPolicy.judge(candidates, s.groupId(), text, s.postedAt(), version)
                .map(r -> new Screening(ScreeningOutcome.REMOVE, r.reason(), r.version().reference(), r.evidence(),
                        MovementScreen.SOURCE, Long.toString(r.movement().getId())));
    }

    /** Removal because the author's account was suspended when the post was made. */
    public Optional<Screening> suspensionVerdict(ContentSubmission s) {
        return suspensions.inForce(s.authorId(), s.postedAt()).flatMap(suspension -> policyVersions
                .applicableTo(SuspensionPolicy.CODE, s.postedAt())
                .map(v -> new Screening(ScreeningOutcome.REMOVE, suspension.describe(), v.reference(),
                        "suspension " + suspension.getId() + " by " + suspension.getSuspendedBy(),
                        SuspensionScreen.SOURCE, Long.toString(suspension.getId()))));
    }
}
