package org.veracity.application.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.application.DryRunReport;
import org.veracity.application.DryRunReport.Hit;
import org.veracity.application.RefusedException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository;
import org.veracity.domain.hoax.HoaxMatch;
import org.veracity.domain.hoax.MatchTier;
import org.veracity.domain.policy.PolicyVersion;
import org.veracity.domain.rfh.RfhEntry;

/**
 * Issue 10, item 5: runs RFH entries against stored content as intake would if they were enforced, and reports what
 * would be blocked and what would go to review. It builds the same index ({@link ActiveHoaxes#build}) and asks the
 * same matching ({@link RfhScreen#bestMatch}) as intake, with each entry's measure's scope and the R14 rule, so a
 * dry run and the activation it prepares cannot disagree. Bounded: at most {@code veracity.dry-run.max-days} days
 * and {@code veracity.dry-run.max-items} items, newest first. It writes nothing but its audit event.
 */
@Dependent
class RfhDryRun {

    static final int SHOWN = 500;
    private static final int PAGE = 500;

    @Inject
    ContentRepository contents;

    @Inject
    ActiveHoaxes hoaxes;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "veracity.dry-run.max-days")
    int maxDays;

    @Inject
    @ConfigProperty(name = "veracity.dry-run.max-items")
    int maxItems;

    DryRunReport run(String subject, List<RfhEntry> entries, int days, Actor actor, AuditSubject auditType,
                     String auditId, AuditAction action) {
        if (days < 1 || days > maxDays) {
            throw RefusedException.onField("days", "choose between 1 and " + maxDays + " days");
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(days));
        ActiveHoaxes.Snapshot index = hoaxes.build(-1, entries);
        long inWindow = contents.countReceivedSince(since);
        List<Hit> hits = new ArrayList<>();
        int blocks = 0;
        int reviews = 0;
        int tooOld = 0;
        long scanned = 0;
        Long before = null;
        while (!index.isEmpty() && scanned < maxItems) {
            List<ContentItem> page = contents.receivedSince(since, before, (int) Math.min(PAGE, maxItems - scanned));
            if (page.isEmpty()) {
                break;
            }
            scanned += page.size();
            before = page.get(page.size() - 1).getId();
            for (ContentItem item : page) {
                Optional<HoaxMatch> found = RfhScreen.bestMatch(index, item.asSubmission());
                if (found.isEmpty()) {
                    continue;
                }
                HoaxMatch m = found.get();
                Optional<PolicyVersion> version = policyVersions.applicableTo(RfhScreen.POLICY, item.getPostedAt());
                String note = version.isPresent() ? null
                        : "posted before the RFH policy took effect: intake would leave it alone (R14)";
                if (version.isEmpty()) {
                    tooOld++;
                } else if (m.tier() == MatchTier.BLOCK) {
                    blocks++;
                } else {
                    reviews++;
                }
                ActiveHoaxes.EntryFacts entry = index.entries().get(m.entryId());
                hits.add(new Hit(item.getPlatformId(), excerpt(item.getText()), item.getReceivedAt(), m.tier().name(),
                        entry.id(), entry.claim(), m.kind().name(), m.similarity(), m.evidence(), note));
            }
        }
        hits.sort(Comparator.comparing((Hit h) -> h.note() != null).thenComparing(Hit::outcome)
                .thenComparing(Comparator.comparingDouble(Hit::similarity).reversed()));
        List<Hit> shown = hits.size() > SHOWN ? hits.subList(0, SHOWN) : hits;
        long millis = (System.nanoTime() - started) / 1_000_000;
        DryRunReport report = new DryRunReport(subject, entries.stream().map(RfhEntry::getClaim).toList(), days, since,
                inWindow, scanned, blocks, reviews, tooOld, shown, SHOWN, millis);
        audit.record(AuditEntry.of(actor, auditType, auditId, action, null, "dry run over the last " + days
                + " days: read " + scanned + " of " + inWindow + " items, would block " + blocks + ", would send "
                + reviews + " to review" + (tooOld > 0 ? ", " + tooOld + " matching posts predate the policy" : "")));
        return report;
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
