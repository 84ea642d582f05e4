package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.veracity.application.PoliticalAdService;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.distribution.DistributionAnswer;
import org.veracity.domain.distribution.ItemTreatments;
import org.veracity.domain.distribution.Treatments;
import org.veracity.domain.politicalad.PoliticalAd;
import org.veracity.domain.politicalad.PoliticalAdBan;
import org.veracity.domain.politicalad.PoliticalAdRepository;
import org.veracity.domain.politicalad.PoliticalAdRule;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultPoliticalAdService implements PoliticalAdService {


    @Inject
    PoliticalAdRepository ads;

    @Inject
    TreatmentLoader treatments;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public long ban(Ban b, Actor actor) {
        Permissions.require(actor, "banning political ads in a region", Permission.KEEP_POLITICAL_AD_BANS);
        Instant now = clock.instant();
        Instant from = StartingMoment.of(b.from(), now, "from", "a ban");
        if (b.until() != null && !b.until().isAfter(from)) {
            throw org.veracity.application.RefusedException.onField("until", "must be after the start of the ban (" + from + ")");
        }
        PoliticalAdBan ban = new PoliticalAdBan(b.region(), from, b.until(), b.reason().strip(), actor.name(), now);
        ads.store(ban);
        audit.record(AuditEntry.of(actor, AuditSubject.POLITICAL_AD_BAN, ban.getRegion(),
                AuditAction.POLITICAL_AD_BAN_ADDED, policyVersions.inForceAt(PoliticalAdRule.CODE, now).reference(),
                "from " + from + (b.until() == null ? "" : " until " + b.until()) + ": " + ban.getReason()));
        return ban.getId();
    }

    @Override
    public void endBan(long banId, Actor actor) {
        Permissions.require(actor, "ending a ban on political ads", Permission.KEEP_POLITICAL_AD_BANS);
        Instant now = clock.instant();
        PoliticalAdBan ban = ads.findBan(banId).orElseThrow(() -> new UnknownSubjectException("no ban " + banId));
        ban.end(now);
        audit.record(AuditEntry.of(actor, AuditSubject.POLITICAL_AD_BAN, ban.getRegion(),
                AuditAction.POLITICAL_AD_BAN_ENDED,
                policyVersions.inForceAt(PoliticalAdRule.CODE, now).reference(), "ends at " + ban.getEffectiveUntil()));
    }

    @Override
    public List<BanView> bans() {
        Instant now = clock.instant();
        return ads.bans().stream().map(b -> new BanView(b.getId(), b.getRegion(), b.getEffectiveFrom(),
                b.getEffectiveUntil(), b.getReason(), b.getCreatedBy(), b.getCreatedAt(), b.isInEffectAt(now))).toList();
    }

    @Override
    public List<LibraryEntry> library(int limit) {
        Instant now = clock.instant();
        List<PoliticalAd> library = ads.library(limit);
        Map<Long, ItemTreatments> loaded = treatments.load(library.stream().map(PoliticalAd::getItem).toList(), now);
        return library.stream().map(a -> entry(a, loaded.getOrDefault(a.getItem().getId(), ItemTreatments.NONE), now))
                .toList();
    }

    private static LibraryEntry entry(PoliticalAd a, ItemTreatments t, Instant now) {
        ContentItem item = a.getItem();
        Long reach = item.getViews() > 0 ? item.getViews() : null;
        String kind = item.getAuthorKind().name();
        if (a.isRejected()) {
            return new LibraryEntry(item.getPlatformId(), a.getAdvertiser(), kind, a.getPaidForBy(), a.getRegion(),
                    a.getPostedAt(), a.getReceivedAt(), reach, item.getText(), "REJECTED", a.getReason());
        }
        DistributionAnswer answer = Treatments.answer(item, t, now);
        if (answer.multiplier() == 0.0) {
            return new LibraryEntry(item.getPlatformId(), a.getAdvertiser(), kind, item.getSponsor(), a.getRegion(),
                    a.getPostedAt(), item.getStatusChangedAt(), reach, item.getText(), "REMOVED",
                    String.join("; ", answer.reasons()));
        }
        if (!answer.adsAllowed()) {
            return new LibraryEntry(item.getPlatformId(), a.getAdvertiser(), kind, item.getSponsor(), a.getRegion(),
                    a.getPostedAt(), null, reach, item.getText(), "REJECTED", String.join("; ", answer.reasons()));
        }
        return new LibraryEntry(item.getPlatformId(), a.getAdvertiser(), kind, item.getSponsor(), a.getRegion(),
                a.getPostedAt(), null, reach, item.getText(), "RUNNING", null);
    }
}
