package org.veracity.interfaces.web.sponsorship;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.veracity.application.DisclosureService;
import org.veracity.application.DisclosureService.DisclosureRequestView;
import org.veracity.application.DisclosureService.SponsorshipRecord;
import org.veracity.application.DisclosureService.SponsorshipView;
import org.veracity.application.PoliticalAdService;
import org.veracity.application.PoliticalAdService.BanView;
import org.veracity.domain.access.Permission;
import org.veracity.interfaces.web.DeskInput;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.access.DeskUser;

/**
 * R17 and R19 in the desk: sponsorships recorded from evidence, the disclosure requests with their deadlines
 * (a specialist records a disclosure), and the regions that ban political ads (kept by policy leads).
 */
@Named
@RequestScoped
public class SponsorshipsBean {

    private static final int SHOWN = 200;
    private static final Map<String, String> RECORD_FIELDS = Map.of("sponsor", "record:sponsor",
            "paidForBy", "record:paidForBy", "mentions", "record:mentions", "accounts", "record:accounts",
            "from", "record:from", "to", "record:to", "evidence", "record:evidence");
    private static final Map<String, String> BAN_FIELDS = Map.of("region", "ban:region", "from", "ban:from",
            "until", "ban:until", "reason", "ban:reason");

    @Inject
    DisclosureService disclosures;

    @Inject
    PoliticalAdService ads;

    @Inject
    DeskUser user;

    private String sponsor;
    private String paidForBy;
    private String mentions;
    private String accounts;
    private LocalDateTime from;
    private LocalDateTime to;
    private String evidence;
    private String region;
    private LocalDateTime banFrom;
    private LocalDateTime banUntil;
    private String banReason;
    private List<SponsorshipView> sponsorships;
    private List<DisclosureRequestView> requests;
    private List<BanView> bans;

    public List<SponsorshipView> getSponsorships() {
        if (sponsorships == null) {
            sponsorships = disclosures.sponsorships(SHOWN, user.actor());
        }
        return sponsorships;
    }

    public List<DisclosureRequestView> getRequests() {
        if (requests == null) {
            requests = disclosures.recentRequests(SHOWN, user.actor());
        }
        return requests;
    }

    public List<BanView> getBans() {
        if (bans == null) {
            bans = ads.bans();
        }
        return bans;
    }

    public boolean mayRecord() {
        return Permission.RECORD_SPONSORSHIPS.grantedTo(user.actor());
    }

    public void record() {
        SponsorshipRecord r = new SponsorshipRecord(sponsor, paidForBy, DeskInput.list(mentions, DeskInput.LINES_OR_COMMAS),
                DeskInput.list(accounts, DeskInput.LINES_OR_COMMAS), DeskInput.utc(from), DeskInput.utc(to), evidence);
        SponsorshipView[] recorded = new SponsorshipView[1];
        if (DeskMessages.attempt(() -> recorded[0] = disclosures.record(r, user.actor()), RECORD_FIELDS)) {
            DeskMessages.info("Sponsorship of " + recorded[0].sponsor() + " recorded; " + recorded[0].requestsOpened()
                    + " disclosure requests opened for posts already received.");
            sponsor = paidForBy = mentions = accounts = evidence = null;
            from = to = null;
            sponsorships = null;
            requests = null;
        }
    }

    public void disclose(String itemId) {
        if (DeskMessages.attempt(() -> disclosures.recordDisclosure(itemId, user.actor()), Map.of())) {
            DeskMessages.info("Disclosure recorded for " + itemId + "; the post carries its label.");
            requests = null;
        }
    }

    public void ban() {
        PoliticalAdService.Ban b = new PoliticalAdService.Ban(region == null ? null : region.strip().toUpperCase(),
                DeskInput.utc(banFrom), DeskInput.utc(banUntil), banReason);
        if (DeskMessages.attempt(() -> ads.ban(b, user.actor()), BAN_FIELDS)) {
            DeskMessages.info("Political ads banned in " + b.region() + ".");
            region = banReason = null;
            banFrom = banUntil = null;
            bans = null;
        }
    }

    public void endBan(long banId) {
        if (DeskMessages.attempt(() -> ads.endBan(banId, user.actor()), Map.of())) {
            DeskMessages.info("The ban ends now.");
            bans = null;
        }
    }

    public String getSponsor() { return sponsor; }
    public void setSponsor(String sponsor) { this.sponsor = sponsor; }
    public String getPaidForBy() { return paidForBy; }
    public void setPaidForBy(String paidForBy) { this.paidForBy = paidForBy; }
    public String getMentions() { return mentions; }
    public void setMentions(String mentions) { this.mentions = mentions; }
    public String getAccounts() { return accounts; }
    public void setAccounts(String accounts) { this.accounts = accounts; }
    public LocalDateTime getFrom() { return from; }
    public void setFrom(LocalDateTime from) { this.from = from; }
    public LocalDateTime getTo() { return to; }
    public void setTo(LocalDateTime to) { this.to = to; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public LocalDateTime getBanFrom() { return banFrom; }
    public void setBanFrom(LocalDateTime banFrom) { this.banFrom = banFrom; }
    public LocalDateTime getBanUntil() { return banUntil; }
    public void setBanUntil(LocalDateTime banUntil) { this.banUntil = banUntil; }
    public String getBanReason() { return banReason; }
    public void setBanReason(String banReason) { this.banReason = banReason; }
}
