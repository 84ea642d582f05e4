package org.veracity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.veracity.application.FieldProblem;
import org.veracity.application.RefusedException;
import org.veracity.domain.policy.Policy;
import org.veracity.domain.policy.PolicyRepository;
import org.veracity.domain.policy.PolicyVersion;

/**
 * R14: which version of a policy an enforcement cites. A version never reaches content posted
 * before it took effect, so the version that applies to an item is the one in effect when it was
 * posted; when the policy did not exist yet the enforcement is refused (a label stays possible).
 */
@ApplicationScoped
public class PolicyVersions {

    @Inject
    PolicyRepository policies;

    /** The version in effect at {@code postedAt}, or empty when the policy did not exist yet. */
    public Optional<PolicyVersion> applicableTo(String policyCode, Instant postedAt) {
        return policy(policyCode).versionAt(postedAt);
    }

    /** As {@link #applicableTo}, refusing with the reason people read when no version reaches the post. */
    public PolicyVersion requireApplicableTo(String policyCode, Instant postedAt) {
        Policy policy = policy(policyCode);
        return policy.versionAt(postedAt)
                .orElseThrow(() -> RefusedException.onField("policy", notRetroactive(policy, postedAt)));
    }

    /** The version in effect now, for actions that do not judge a post (labels, designations). */
    public PolicyVersion inForceAt(String policyCode, Instant now) {
        Policy policy = policy(policyCode);
        return policy.versionAt(now).orElseThrow(() -> new RefusedException(
                policy.getName() + " (" + policy.getCode() + ") has no version in effect yet"));
    }

    private Policy policy(String code) {
        return policies.findByCode(code).orElseThrow(() -> new RefusedException("no policy " + code,
                List.of(new FieldProblem("policy", "is not a policy of the catalogue"))));
    }

    static String notRetroactive(Policy policy, Instant postedAt) {
        Instant first = policy.getVersions().stream().map(PolicyVersion::getEffectiveFrom).min(Instant::compareTo)
                .orElse(null);
        return policy.getName() + " took effect on " + first + "; this post was made on " + postedAt
                + ", before it, and a policy never applies to earlier posts (R14). A label is still possible.";
    }
}
