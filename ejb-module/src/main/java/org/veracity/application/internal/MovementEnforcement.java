package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.content.RuleMoment;
import org.veracity.domain.movement.CitedVersion;
import org.veracity.domain.movement.Movement;
import org.veracity.domain.movement.MovementPolicy;
import org.veracity.domain.movement.MovementRepository;
import org.veracity.domain.movement.PostText;
import org.veracity.domain.policy.PolicyVersion;
import org.veracity.domain.screening.Screening;
import org.veracity.domain.screening.ScreeningOutcome;
import org.veracity.domain.suspension.AccountSuspension;
import org.veracity.domain.suspension.SuspensionPolicy;
import org.veracity.domain.suspension.SuspensionRepository;

/** R16's verdicts on new posts (one, or an intake batch's), read-only, in the caller's transaction (intake's or the pre-publication check's). */
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
        return movementVerdicts(List.of(s), received).get(0);
    }

    /**
     * {@link #movementVerdict} for each post of an intake batch, with one query for the whole batch: every post is
     * judged against the movements any post of the batch could concern, and the rule looks only at its own group,
     * hashtags and phrases, so the verdicts are those of one query per post.
     */
    public List<Optional<Screening>> movementVerdicts(List<ContentSubmission> posts, Instant received) {
        Instant at = RuleMoment.RECEIVED.of(null, received); // the same moment for every post of the batch
        List<PostText> texts = posts.stream().map(s -> PostText.of(s.text())).toList();
        List<Movement> candidates = movements.candidatesFor(
                posts.stream().map(ContentSubmission::groupId).filter(Objects::nonNull).collect(Collectors.toSet()),
                texts.stream().flatMap(t -> t.hashtags().stream()).collect(Collectors.toSet()), at);
        if (candidates.isEmpty()) {
            return Collections.nCopies(posts.size(), Optional.empty());
        }
        Optional<CitedVersion> version = policyVersions.applicableTo(MovementPolicy.CODE, at)
                .map(v -> new CitedVersion(v.reference(), v.getNumber()));
        List<Optional<Screening>> verdicts = new ArrayList<>(posts.size());
        for (int k = 0; k < posts.size(); k++) {
            verdicts.add(MovementPolicy.judge(candidates, posts.get(k).groupId(), texts.get(k), at, version)
                    .map(r -> new Screening(ScreeningOutcome.REMOVE, r.reason(), r.version().reference(), r.evidence(),
                            MovementScreen.SOURCE, Long.toString(r.movement().getId()))));
        }
        return verdicts;
    }

    /** Removal because the author's account is suspended when the post arrives ({@link RuleMoment#RECEIVED}). */
    public Optional<Screening> suspensionVerdict(ContentSubmission s, Instant received) {
        return suspensionVerdicts(List.of(s), received).get(0);
    }

    /** {@link #suspensionVerdict} for each post of an intake batch, with one query for all its authors. */
    public List<Optional<Screening>> suspensionVerdicts(List<ContentSubmission> posts, Instant received) {
        Instant at = RuleMoment.RECEIVED.of(null, received);
        Map<String, AccountSuspension> suspended = suspensions.inForce(
                posts.stream().map(ContentSubmission::authorId).filter(Objects::nonNull).collect(Collectors.toSet()), at);
        if (suspended.isEmpty()) {
            return Collections.nCopies(posts.size(), Optional.empty());
        }
        Optional<PolicyVersion> version = policyVersions.applicableTo(SuspensionPolicy.CODE, at);
        return posts.stream().map(s -> Optional.ofNullable(suspended.get(s.authorId())).flatMap(suspension -> version
                .map(v -> new Screening(ScreeningOutcome.REMOVE, suspension.describe(), v.reference(),
                        "suspension " + suspension.getId() + " by " + suspension.getSuspendedBy(),
                        SuspensionScreen.SOURCE, Long.toString(suspension.getId()))))).toList();
    }
}
