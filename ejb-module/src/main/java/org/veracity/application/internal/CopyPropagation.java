package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.content.ContentRepository.StoredText;
import org.veracity.domain.factcheck.CopyRule;
import org.veracity.domain.factcheck.CopyRule.Candidate;
import org.veracity.domain.factcheck.CopyRule.Decision;
import org.veracity.domain.factcheck.CopyRule.Standing;
import org.veracity.domain.factcheck.PossibleCopy;
import org.veracity.domain.factcheck.PossibleCopyRepository;
import org.veracity.domain.factcheck.QueueEntry;
import org.veracity.domain.factcheck.QueueRepository;
import org.veracity.domain.factcheck.QueueStatus;
import org.veracity.domain.factcheck.Rating;
import org.veracity.domain.factcheck.RatingRepository;
import org.veracity.domain.hoax.HoaxIndex;
import org.veracity.domain.hoax.HoaxMatch;
import org.veracity.domain.hoax.MatchThresholds;
import org.veracity.domain.hoax.MatchTier;
import org.veracity.domain.policy.PolicyVersion;

/**
 * Issue 10, item 4: a fact-checker's False/Altered rating reaches the copies of the rated item, those already
 * stored (searched when the rating is given or changed) and those arriving later (at intake). The matcher's tiers
 * say how close a copy is, {@link CopyRule} what follows, {@link RatingApplication} what a copied rating does.
 *
 * <p>Finding stored copies: the rated claim and the rated item's text form a one-entry {@link HoaxIndex}, and the
 * items received within {@code veracity.copies.lookback} are matched against it newest first, a page at a time, at
 * most {@code veracity.copies.max-scan} of them. The cost is one normalisation and one index lookup per scanned
 * item (docs/matching.md gives the figures); no item in the window is skipped, so the search finds exactly what
 * intake would have.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CopyPropagation {

    static final String POLICY = "fact-check-ratings";
    private static final Logger LOG = Logger.getLogger(CopyPropagation.class.getName());
    private static final int PAGE = 500;

    @Inject
    ContentRepository contents;

    @Inject
    RatingRepository ratings;

    @Inject
    PossibleCopyRepository offers;

    @Inject
    QueueRepository queue;

    @Inject
    RatingApplication ratingApplication;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    RatedOriginals ratedOriginals;

    @Inject
    FactCheckPipeline pipeline;

    @Inject
    MatchThresholds thresholds;

    @Inject
    @ConfigProperty(name = "veracity.copies.lookback")
    Duration lookback;

    @Inject
    @ConfigProperty(name = "veracity.copies.max-scan")
    int maxScan;

    /** After a rating: its copies among the recently received items get its effects or are offered. */
    public Result propagate(Rating original, Actor actor, Instant now) {
        if (!CopyRule.copiesFollow(original.getVerdict())) {
            return new Result(0, 0, 0);
        }
        HoaxIndex index = new HoaxIndex(thresholds);
        if (!index(index, "original", original)) {
            return new Result(0, 0, 0);
        }
        int scanned = 0;
        int applied = 0;
        int offered = 0;
        Long before = null;
        Instant since = now.minus(lookback);
        while (scanned < maxScan) {
            List<StoredText> page = contents.textsReceivedSince(since, before, Math.min(PAGE, maxScan - scanned));
            if (page.isEmpty()) {
                break;
            }
            scanned += page.size();
            before = page.get(page.size() - 1).id();
            Map<Long, HoaxMatch> matched = new HashMap<>();
            for (StoredText item : page) {
                index.match(item.text(), null, null).ifPresent(m -> matched.put(item.id(), m));
            }
            List<ContentItem> items = contents.findByIds(matched.keySet());
            Map<Long, Standing> standings = standings(original, items);
            for (ContentItem item : items) {
                switch (act(original, item, matched.get(item.getId()), standings.get(item.getId()), actor, now)) {
                    case APPLY -> applied++;
                    case OFFER -> offered++;
                    case NONE -> { }
                }
            }
        }
        int total = scanned;
        int a = applied;
        int o = offered;
        LOG.info(() -> "rating " + original.getId() + ": scanned " + total + " items for copies, applied to " + a
                + ", offered " + o);
        return new Result(scanned, applied, offered);
    }

    /** At intake: new items that copy a rated item get its rating (or are offered as possible copies). */
    public void atIntake(List<ContentItem> items, Actor actor, Instant now) {
        if (items.isEmpty()) {
            return;
        }
        RatedOriginals.Snapshot originals = ratedOriginals.current();
        for (ContentItem item : items) {
            Optional<HoaxMatch> found = originals.match(item.getText());
            if (found.isEmpty()) {
                continue;
            }
            Optional<Rating> original = ratings.find(originals.ratingIds().get(found.get().entryId()))
                    .filter(Rating::isCurrent);
            original.ifPresent(r -> act(r, item, found.get(),
                    standings(r, List.of(item)).get(item.getId()), actor, now));
        }
    }

    /**
     * The original's rating was withdrawn (a dispute changed it): its copies lose the old rating's effects and,
     * if the new verdict still reaches copies, get the new one; open offers are withdrawn and the search runs again.
     */
    public void follow(Rating old, Rating replacement, Actor actor, Instant now) {
        for (Rating copy : ratings.currentCopiesOf(old)) {
            ratingApplication.withdraw(copy, actor, now, "the rating of item " + old.getItem().getPlatformId()
                    + " it copies was changed to " + replacement.getVerdict());
            if (CopyRule.copiesFollow(replacement.getVerdict())) {
                applyCopy(replacement, copy.getItem(), copy.getCopySimilarity(), actor, now);
            }
        }
        for (PossibleCopy offer : offers.openFor(old)) {
            offer.decide(PossibleCopy.Status.WITHDRAWN, actor.name(), now);
        }
        propagate(replacement, actor, now);
    }

    /** A dispute of the original ended with its rating confirmed: each copy's history says so. */
    public void disputeConfirmed(Rating original, Actor actor) {
        for (Rating copy : ratings.currentCopiesOf(original)) {
            pipeline.record(actor, copy.getItem(), AuditAction.COPIED_RATING_CONFIRMED, copy.getPolicyVersion(),
                    "the rating of item " + original.getItem().getPlatformId() + " was confirmed after a dispute");
        }
    }

    /** A fact-checker's own rating of an item replaces a rating it carried as a copy. */
    public void ownRatingReplacesCopy(ContentItem item, Actor actor, Instant now) {
        ratings.currentFor(item).filter(Rating::isCopy).ifPresent(copy -> ratingApplication.withdraw(copy, actor, now,
                "rated by a fact-checker directly"));
    }

    /** A fact-checker confirmed a possible copy: it gets the rating's effects if the rule still allows. */
    public Decision confirm(PossibleCopy offer, Actor actor, Instant now) {
        Rating original = offer.getRating();
        ContentItem item = offer.getItem();
        Decision decision = CopyRule.confirm(original.getVerdict(), candidate(original, item,
                standings(original, List.of(item)).get(item.getId())));
        offer.decide(PossibleCopy.Status.CONFIRMED, actor.name(), now);
        pipeline.record(actor, item, AuditAction.POSSIBLE_COPY_CONFIRMED, original.getPolicyVersion(),
                offer.getEvidence());
        if (decision.action() == CopyRule.Action.APPLY) {
            applyCopy(original, item, offer.getSimilarity(), actor, now);
        }
        return decision;
    }

    private CopyRule.Action act(Rating original, ContentItem item, HoaxMatch match, Standing standing, Actor actor,
                                Instant now) {
        Decision decision = CopyRule.decideForMatch(original.getVerdict(), match, candidate(original, item, standing));
        switch (decision.action()) {
            case APPLY -> applyCopy(original, item, match.similarity(), actor, now);
            case OFFER -> {
                String evidence = "possible " + CopyRule.evidence(original.getItem().getPlatformId(), match.similarity())
                        + "; " + match.evidence();
                offers.store(new PossibleCopy(original, item, match.similarity(), clip(evidence), now));
                pipeline.record(actor, item, AuditAction.POSSIBLE_COPY_OFFERED, original.getPolicyVersion(),
                        clip(evidence));
            }
            case NONE -> { }
        }
        return decision.action();
    }

    private void applyCopy(Rating original, ContentItem item, double similarity, Actor actor, Instant now) {
        Optional<PolicyVersion> version = policyVersions.applicableTo(POLICY, item.getPostedAt());
        if (version.isEmpty()) {
            return;
        }
        ratingApplication.applyCopy(Rating.copyOf(original, item, similarity, now, version.get().reference()), actor, now);
        // Rated now, so no fact-checker needs to pick it up; one who holds it already may still rate it directly.
        queue.findByItem(item).filter(e -> e.statusAt(now) == QueueStatus.QUEUED).ifPresent(QueueEntry::rated);
    }

    private Candidate candidate(Rating original, ContentItem item, Standing standing) {
        return new Candidate(item.getId().equals(original.getItem().getId()), item.getStatus(), item.getAuthorKind(),
                standing == null ? Standing.UNRATED : standing,
                policyVersions.applicableTo(POLICY, item.getPostedAt()).isPresent());
    }

    /** What each item carries already: a current rating, or an offer about it as a copy of this original. */
    private Map<Long, Standing> standings(Rating original, Collection<ContentItem> items) {
        Map<Long, Standing> out = new HashMap<>();
        if (items.isEmpty()) {
            return out;
        }
        List<Long> ids = new ArrayList<>(items.stream().map(ContentItem::getId).toList());
        for (PossibleCopy p : offers.forOriginal(original.getItem(), ids)) {
            if (p.getStatus() == PossibleCopy.Status.REJECTED) {
                out.put(p.getItem().getId(), Standing.REJECTED_AS_COPY);
            } else if (p.isOpen()) {
                out.putIfAbsent(p.getItem().getId(), Standing.OFFERED);
            }
        }
        for (Rating r : ratings.currentByItemIds(ids)) {
            out.put(r.getItem().getId(), r.isCopy() ? Standing.COPIED_RATING : Standing.OWN_RATING);
        }
        return out;
    }

    /** Files a rating's claim and its item's text as the variants of one entry; false when neither names a claim. */
    static boolean index(HoaxIndex index, String entry, Rating rating) {
        boolean any = false;
        for (String[] variant : new String[][] {{"claim", rating.getClaim()}, {"item", rating.getItem().getText()}}) {
            if (variant[1] == null || variant[1].isBlank()) {
                continue;
            }
            try {
                index.add(entry, variant[0], variant[1]);
                any = true;
            } catch (IllegalArgumentException e) {
                // Fewer than three content terms: a topic, not a claim; the other variant may still name it.
            }
        }
        return any;
    }

    private static String clip(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }

    /** How a search went: items read, copies rated, copies offered. */
    public record Result(int scanned, int applied, int offered) {
    }
}
