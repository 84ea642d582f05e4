package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.veracity.application.RatingCommand;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.demotion.Demotion;
import org.veracity.domain.demotion.DemotionKind;
import org.veracity.domain.demotion.DemotionRepository;
import org.veracity.domain.demotion.Multiplier;
import org.veracity.domain.exemption.ExemptionRepository;
import org.veracity.domain.factcheck.PartnerOrganisation;
import org.veracity.domain.factcheck.Rating;
import org.veracity.domain.factcheck.RatingEffect;
import org.veracity.domain.factcheck.RatingEffects;
import org.veracity.domain.factcheck.RatingRepository;
import org.veracity.domain.label.Label;
import org.veracity.domain.label.LabelRepository;
import org.veracity.domain.policy.PolicyCodes;
import org.veracity.domain.offender.OffenderRepository;
import org.veracity.domain.offender.RepeatOffender;
import org.veracity.domain.offender.RepeatOffender.SubjectKind;
import org.veracity.domain.offender.RepeatOffenderPolicy;

/**
 * What a rating does (R7) and what repeated ratings do (R8). A rating replaces the temporary
 * demotion and applies its verdict's configured effects; withdrawing it (a changed rating) lifts
 * exactly the effects it caused.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RatingApplication {

    @Inject
    RatingRepository ratings;

    @Inject
    DemotionRepository demotions;

    @Inject
    LabelRepository labels;

    @Inject
    OffenderRepository offenders;

    @Inject
    ExemptionRepository exemptions;

    @Inject
    RatingEffects effects;

    @Inject
    RepeatOffenderPolicy repeatOffenders;

    @Inject
    FactCheckPipeline pipeline;

    @Inject
    PolicyVersions policyVersions;

    public Rating apply(ContentItem item, PartnerOrganisation partner, RatingCommand c, Actor actor, Instant now) {
        String policy = ratingsPolicy(now);
        Rating rating = new Rating(item, partner, actor.name(), c.rating(), c.claim(), c.articleUrl(), c.summary(),
                now, policy);
        ratings.store(rating);
        pipeline.record(actor, item, AuditAction.RATED, policy,
                c.rating() + " by " + partner.getName() + ": " + c.claim());
        liftTemporaryDemotions(item, actor, now);
        RatingEffect effect = effects.of(c.rating());
        if (effect.demotes()) {
            Demotion d = Demotion.forRating(item, new Multiplier(effect.multiplier()), now, rating.getId(),
                    "rated " + c.rating(), policy);
            demotions.store(d);
            pipeline.record(actor, item, AuditAction.DEMOTED, policy,
                    "x" + effect.multiplier() + " until lifted (rated " + c.rating() + ")");
        }
        if (effect.labels()) {
            labels.store(new Label(item, effect.labelKind(), effect.labelText(), c.articleUrl(), now, rating.getId(), policy));
            pipeline.record(actor, item, AuditAction.LABELLED, policy, effect.labelKind() + ": " + effect.labelText());
        }
        if (c.rating().isFalseOrAltered()) {
            checkRepeatOffence(SubjectKind.AUTHOR, item.getAuthorId(), actor, item, now);
            if (item.getRegistrableDomain() != null && !exemptions.userContentHosts().containsKey(item.getRegistrableDomain())) {
                checkRepeatOffence(SubjectKind.DOMAIN, item.getRegistrableDomain(), actor, item, now);
            }
        }
        return rating;
    }

    /**
     * Gives a copy of a rated item the rating's effects (issue 10): the copied rating replaces the temporary
     * demotion and brings the verdict's demotion (its reason the copy's evidence) and label. A copy never makes
     * its author or domain a repeat offender: that takes fact-checkers' own ratings (R8).
     */
    public void applyCopy(Rating copy, Actor actor, Instant now) {
        ContentItem item = copy.getItem();
        ratings.store(copy);
        String evidence = copy.copyEvidence();
        pipeline.record(actor, item, AuditAction.RATED_AS_COPY, copy.getPolicyVersion(),
                copy.getVerdict() + " by " + copy.getOrganisation().getName() + ", " + evidence + ": " + copy.getClaim());
        liftTemporaryDemotions(item, actor, now);
        RatingEffect effect = effects.of(copy.getVerdict());
        if (effect.demotes()) {
            demotions.store(Demotion.forRatingCopy(item, new Multiplier(effect.multiplier()), now, copy.getId(),
                    "rated " + copy.getVerdict() + " as a " + evidence, copy.getPolicyVersion()));
            pipeline.record(actor, item, AuditAction.DEMOTED, copy.getPolicyVersion(), "x" + effect.multiplier()
                    + " until lifted (rated " + copy.getVerdict() + " as a " + evidence + ")");
        }
        if (effect.labels()) {
            labels.store(new Label(item, effect.labelKind(), effect.labelText(), copy.getArticleUrl(), now, copy.getId(),
                    copy.getPolicyVersion()));
            pipeline.record(actor, item, AuditAction.LABELLED, copy.getPolicyVersion(),
                    effect.labelKind() + ": " + effect.labelText());
        }
    }

    public void withdraw(Rating rating, Actor actor, Instant now, String reason) {
        String policy = ratingsPolicy(now);
        rating.supersede(now);
        demotions.forRating(rating.getId()).forEach(d -> d.lift(now));
        labels.forRating(rating.getId()).forEach(l -> l.remove(now));
        pipeline.record(actor, rating.getItem(), AuditAction.RATING_WITHDRAWN, policy,
                rating.getVerdict() + ": " + reason);
    }

    private void liftTemporaryDemotions(ContentItem item, Actor actor, Instant now) {
        for (Demotion d : demotions.findByItem(item)) {
            if (d.getKind() == DemotionKind.TEMPORARY_PENDING_REVIEW && d.isInForceAt(now)) {
                d.lift(now);
                pipeline.record(actor, item, AuditAction.DEMOTION_LIFTED, d.getPolicyVersion(),
                        "replaced by the rating");
            }
        }
    }

    private void checkRepeatOffence(SubjectKind kind, String subject, Actor actor, ContentItem item, Instant now) {
        Instant since = now.minus(repeatOffenders.window());
        long count = kind == SubjectKind.AUTHOR
                ? ratings.countFalseOrAlteredByAuthorSince(subject, since)
                : ratings.countFalseOrAlteredByDomainSince(subject, since);
        if (!repeatOffenders.isReachedBy(count) || offenders.inForce(kind, subject, now).isPresent()) {
            return;
        }
        String policy = policyVersions.inForceAt(PolicyCodes.REPEAT_OFFENDERS, now).reference();
        RepeatOffender offender = new RepeatOffender(kind, subject, now, now.plus(repeatOffenders.duration()),
                repeatOffenders.multiplier(), count + " False/Altered ratings within " + repeatOffenders.window().toDays()
                + " days", policy);
        offenders.store(offender);
        pipeline.record(actor, item, AuditAction.REPEAT_OFFENDER, policy, kind.name().toLowerCase()
                + " " + subject + ": all content x" + offender.getMultiplier() + ", ads rejected, until " + offender.getEndsAt());
    }

    /** R14: ratings cite the version of the rating policy in force when they are made or withdrawn. */
    private String ratingsPolicy(Instant now) {
        return policyVersions.inForceAt(PolicyCodes.FACT_CHECK_RATINGS, now).reference();
    }
}
