package org.veracity.application.internal;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.veracity.application.SemanticScreenService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.hoax.HoaxMatch;
import org.veracity.domain.policy.PolicyVersion;
import org.veracity.domain.rfh.RfhEntry;
import org.veracity.domain.rfh.RfhMatch;
import org.veracity.domain.rfh.RfhRepository;
import org.veracity.domain.rfh.SemanticBacklog;

/**
 * The semantic RFH screen (issue 10): after intake stored an item (and the lexical screen judged it), puts the
 * entries it paraphrases into the specialists' review queue with kind SEMANTIC. It never blocks, and never
 * touches an item the lexical screen blocked. Intake only queues the item ({@link #queue}); a worker drains the
 * queue ({@link #screenWaiting}), one short transaction per batch.
 */
// LocalBean: intake, the pre-publication check and the worker use it directly, the desk through its interface.
@Stateless
@LocalBean
@Local(SemanticScreenService.class)
public class SemanticScreening implements SemanticScreenService {

    @Inject
    SemanticBacklog backlog;

    @Inject
    SemanticHoaxes meanings;

    @Inject
    ActiveHoaxes hoaxes;

    @Inject
    RfhRepository rfh;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** In the intake transaction: queues the stored items for the semantic screen while any measure is active. */
    public void queue(List<ContentItem> stored, Instant now) {
        if (hoaxes.current().isEmpty()) {
            return;
        }
        Map<ContentItem, Long> reach = new LinkedHashMap<>();
        for (ContentItem item : stored) {
            if (item.getStatus() == ContentStatus.ACTIVE && item.getText() != null && !item.getText().isBlank()) {
                reach.put(item, item.getViews());
            }
        }
        backlog.enqueue(reach, now);
    }

    /** Loads the model and the active variants' embeddings, in a transaction (the entries are read lazily). */
    public void warmUp() {
        meanings.warmUp();
    }

    /** Screens up to {@code batch} waiting items, most reach first; returns how many it took. */
    public int screenWaiting(int batch) {
        List<ContentItem> items = backlog.claim(batch);
        Instant now = clock.instant();
        for (ContentItem item : items) {
            if (item.getStatus() == ContentStatus.ACTIVE) {
                screen(item, now);
            }
            backlog.done(item);
        }
        return items.size();
    }

    /** The semantic matches for a submission the lexical screen matched to {@code byText} (if any). */
    public List<HoaxMatch> suggestionsFor(ContentSubmission submission, Set<String> byText) {
        return meanings.suggest(submission, byText);
    }

    /** Why a semantic suggestion holds an item for review, as it reads on the item and in the audit trail. */
    public static String reasonOf(RfhEntry entry) {
        return "close in meaning to the repeatedly fact-checked hoax \"" + entry.getClaim() + "\" (RFH entry "
                + entry.getId() + ", break-glass measure \"" + entry.getMeasure().getName()
                + "\"); a specialist decides";
    }

    private void screen(ContentItem item, Instant now) {
        Set<String> byText = rfh.matchesOf(item).stream().map(m -> String.valueOf(m.getEntry().getId()))
                .collect(Collectors.toSet());
        List<HoaxMatch> found = meanings.suggest(submissionOf(item), byText);
        if (found.isEmpty()) {
            return;
        }
        Optional<PolicyVersion> version = policyVersions.applicableTo(RfhScreen.POLICY, item.getPostedAt());
        if (version.isEmpty()) {
            return;
        }
        for (HoaxMatch match : found) {
            rfh.find(Long.parseLong(match.entryId())).ifPresent(entry -> {
                rfh.store(new RfhMatch(item, entry, match.tier(), match.kind(), match.similarity(), match.evidence(),
                        now));
                audit.record(AuditEntry.of(Actor.SYSTEM, AuditSubject.CONTENT, item.getPlatformId(),
                        AuditAction.SEMANTIC_HELD_FOR_REVIEW,
                        version.get().reference(), reasonOf(entry) + " — " + match.evidence()));
            });
        }
    }

    @Override
    public BacklogView backlog() {
        SemanticBacklog.Status status = backlog.status();
        Instant now = clock.instant();
        return new BacklogView(status.waiting(), status.oldest().orElse(null),
                status.oldest().map(o -> Duration.between(o, now)).filter(d -> !d.isNegative()).orElse(Duration.ZERO));
    }

    static ContentSubmission submissionOf(ContentItem item) {
        return new ContentSubmission(item.getPlatformId(), item.getUrl(), item.getText(), item.getAuthorId(),
                item.getAuthorKind(), item.getGroupId(), item.getTopics(), item.getRegion(), item.getLanguage(),
                item.getPostedAt(), item.getViews(), item.getShares(), item.isAd(), item.getSponsor(),
                item.getMediaHashes(), item.getResolvedUrl());
    }
}
