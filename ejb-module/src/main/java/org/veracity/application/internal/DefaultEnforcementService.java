package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.veracity.application.ConflictException;
import org.veracity.application.EnforcementService;
import org.veracity.application.RefusedException;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.access.Role;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.content.RuleMoment;
import org.veracity.domain.demotion.Demotion;
import org.veracity.domain.demotion.DemotionRepository;
import org.veracity.domain.enforcement.HoaxTopic;
import org.veracity.domain.enforcement.RemovalCategory;
import org.veracity.domain.enforcement.RemovalException;
import org.veracity.domain.enforcement.RemovalExceptionRepository;
import org.veracity.domain.enforcement.TopicPolicies;
import org.veracity.domain.enforcement.TopicPolicy;
import org.veracity.domain.label.Label;
import org.veracity.domain.label.LabelRepository;
import org.veracity.domain.policy.PolicyCodes;
import org.veracity.domain.offender.OffenderRepository;
import org.veracity.domain.offender.RepeatOffender;
import org.veracity.domain.offender.RepeatOffender.SubjectKind;
import org.veracity.domain.offender.RepeatOffenderPolicy;
import org.veracity.domain.policy.PolicyVersion;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultEnforcementService implements EnforcementService {

    static final String INFORM_LABEL_KIND = "INFORM";
    static final String INFORM_LABELS = "inform-labels";

    @Inject
    ContentRepository contents;

    @Inject
    DemotionRepository demotions;

    @Inject
    LabelRepository labels;

    @Inject
    RemovalExceptionRepository exceptions;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    TopicPolicies topicPolicies;

    @Inject
    OffenderRepository offenders;

    @Inject
    RepeatOffenderPolicy repeatOffenders;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public void remove(String contentId, RemovalCategory category, String exceptionCode, String reason, Actor actor) {
        Permissions.require(actor, "removing content", Permission.ENFORCE);
        Instant now = clock.instant();
        ContentItem item = item(contentId);
        if (item.getStatus() == ContentStatus.REMOVED) {
            throw new ConflictException("item " + contentId + " is already removed: " + item.getStatusReason());
        }
        String exception = category.isSpecialistsOnly() && !actor.has(Role.SPECIALIST)
                ? requireException(item, exceptionCode, now) : null;
        PolicyVersion version = policyVersions.requireApplicableTo(category.policyCode(),
                RuleMoment.POSTED.of(item.getPostedAt(), item.getReceivedAt()));
        String because = exception == null ? reason : reason + " (moderator removal under the exception: " + exception + ")";
        item.remove(because, version.reference(), now);
        audit.record(AuditEntry.of(actor, AuditSubject.CONTENT, contentId, AuditAction.REMOVED, version.reference(),
                because));
    }

    /** R13: a moderator's imminent-harm removal stands only on a designated exception covering this item now. */
    private String requireException(ContentItem item, String code, Instant now) {
        if (code == null || code.isBlank()) {
            throw RefusedException.onField("exception", "Removing imminent-harm misinformation is a specialist's call; a moderator"
                    + " may remove it only under a designated exception (COVID-19; polio in Pakistan and"
                    + " Afghanistan; Ebola in the DR Congo). Choose the exception that applies or escalate to a specialist.");
        }
        RemovalException exception = exceptions.find(code)
                .orElseThrow(() -> RefusedException.onField("exception", "is not a designated exception: " + code));
        String notApplicable = exception.whyNotApplicable(item.getRegion(), now);
        if (notApplicable != null) {
            throw RefusedException.onField("exception", notApplicable + "; escalate to a specialist.");
        }
        return exception.getName();
    }

    @Override
    public void applyTopicPolicy(String contentId, HoaxTopic topic, String reason, Actor actor) {
        Permissions.require(actor, "applying a topic hoax policy", Permission.ENFORCE);
        Instant now = clock.instant();
        ContentItem item = item(contentId);
        TopicPolicy policy = topicPolicies.of(topic);
        if (demotions.hasDemotionOfKind(item, policy.demotionKind())) {
            throw new ConflictException("item " + contentId + " is already treated as a " + policy.demotionKind().describe());
        }
        String version = policyVersions.requireApplicableTo(policy.policyCode(),
                RuleMoment.POSTED.of(item.getPostedAt(), item.getReceivedAt())).reference();
        demotions.store(Demotion.forTopicHoax(item, policy.demotionKind(), policy.multiplier(), now, reason, version));
        labels.store(new Label(item, TopicPolicy.LABEL_KIND, policy.labelText(), policy.labelUrl(), now, null, version));
        audit.record(AuditEntry.of(actor, AuditSubject.CONTENT, contentId, AuditAction.TOPIC_POLICY_APPLIED, version,
                policy.demotionKind().describe() + ": x" + policy.multiplier() + ", health information label, ads rejected"
                        + (policy.demotionKind().isRecommendable() ? "" : ", not recommendable") + " — " + reason));
        checkRepeatSharer(item, policy, actor, now);
    }

    /** R12 + R8: authors who keep sharing vaccine hoaxes become repeat offenders at a lower threshold. */
    private void checkRepeatSharer(ContentItem item, TopicPolicy policy, Actor actor, Instant now) {
        long hoaxes = demotions.countOfKindByAuthorSince(item.getAuthorId(), policy.demotionKind(),
                now.minus(repeatOffenders.window()));
        if (!policy.makesRepeatSharer(hoaxes)
                || offenders.inForce(SubjectKind.AUTHOR, item.getAuthorId(), now).isPresent()) {
            return;
        }
        String citation = policyVersions.inForceAt(PolicyCodes.REPEAT_OFFENDERS, now).reference();
        RepeatOffender offender = new RepeatOffender(SubjectKind.AUTHOR, item.getAuthorId(), now,
                now.plus(repeatOffenders.duration()), repeatOffenders.multiplier(), hoaxes + " "
                + policy.demotionKind().describe() + "(es) within " + repeatOffenders.window().toDays() + " days",
                citation);
        offenders.store(offender);
        audit.record(AuditEntry.of(actor, AuditSubject.CONTENT, item.getPlatformId(), AuditAction.REPEAT_OFFENDER,
                citation, "author " + item.getAuthorId() + ": all content x"
                        + offender.getMultiplier() + ", ads rejected, until " + offender.getEndsAt()));
    }

    @Override
    public void attachInformLabel(String contentId, String text, String url, Actor actor) {
        Permissions.require(actor, "attaching an inform label", Permission.LABEL);
        Instant now = clock.instant();
        ContentItem item = item(contentId);
        // R14: a label is possible on any post, so it cites the version in force now, not at posting.
        String version = policyVersions.inForceAt(INFORM_LABELS, now).reference();
        labels.store(new Label(item, INFORM_LABEL_KIND, text, url, now, null, version));
        audit.record(AuditEntry.of(actor, AuditSubject.CONTENT, contentId, AuditAction.LABELLED, version,
                text + " → " + url));
    }

    @Override
    public void designateException(String code, String name, List<String> regions, Instant effectiveFrom,
                                   Instant effectiveUntil, String description, Actor actor) {
        Permissions.require(actor, "designating a removal exception", Permission.KEEP_REMOVAL_EXCEPTIONS);
        if (exceptions.find(code).isPresent()) {
            throw RefusedException.onField("code", "is already used by another exception");
        }
        if (effectiveUntil != null && !effectiveUntil.isAfter(effectiveFrom)) {
            throw RefusedException.onField("effectiveUntil", "must be after the exception takes effect");
        }
        exceptions.store(new RemovalException(code, name, regions, effectiveFrom, effectiveUntil, description));
        audit.record(AuditEntry.of(actor, AuditSubject.REMOVAL_EXCEPTION, code, AuditAction.EXCEPTION_DESIGNATED,
                null, name + " in "
                + (regions.isEmpty() ? "any region" : String.join(", ", regions)) + " from " + effectiveFrom
                + (effectiveUntil == null ? "" : " until " + effectiveUntil)));
    }

    @Override
    public void endException(String code, Actor actor) {
        Permissions.require(actor, "ending a removal exception", Permission.KEEP_REMOVAL_EXCEPTIONS);
        RemovalException exception = exceptions.find(code)
                .orElseThrow(() -> new UnknownSubjectException("no removal exception " + code));
        Instant now = clock.instant();
        exception.end(now);
        audit.record(AuditEntry.of(actor, AuditSubject.REMOVAL_EXCEPTION, code, AuditAction.EXCEPTION_ENDED, null,
                exception.getName() + " ends " + exception.getEffectiveUntil()));
    }

    @Override
    public List<RemovalExceptionView> removalExceptions() {
        return exceptions.all().stream().map(e -> new RemovalExceptionView(e.getCode(), e.getName(), e.regionList(),
                e.getEffectiveFrom(), e.getEffectiveUntil(), e.getDescription())).toList();
    }

    private ContentItem item(String contentId) {
        return contents.findByPlatformId(contentId)
                .orElseThrow(() -> new UnknownSubjectException("no content item " + contentId));
    }
}
