package org.veracity.interfaces.web.rfh;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.veracity.application.RfhService;
import org.veracity.application.RfhService.MatchView;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.access.DeskUser;

/** R11's review tier: items close to an RFH entry, confirmed (blocked) or cleared by a specialist. */
@Named
@RequestScoped
public class RfhReviewBean {

    private static final Map<String, String> FIELDS = Map.of("matchId", "review:match", "decision", "review:match",
            "reason", "review:note");

    @Inject
    RfhService rfh;

    @Inject
    DeskUser user;

    private long matchId;
    private String note;
    private List<MatchView> queue;

    public List<MatchView> getQueue() {
        if (queue == null) {
            queue = rfh.reviewQueue(user.actor());
        }
        return queue;
    }

    public void confirm() {
        if (DeskMessages.attempt(() -> rfh.confirmBlock(matchId, note, user.actor()), FIELDS)) {
            DeskMessages.info("Blocked the item of match " + matchId + ", citing its RFH entry.");
        }
        queue = null;
    }

    public void clear() {
        if (DeskMessages.attempt(() -> rfh.clear(matchId, note, user.actor()), FIELDS)) {
            DeskMessages.info("Cleared match " + matchId + "; the item circulates.");
        }
        queue = null;
    }

    public long getMatchId() { return matchId; }
    public void setMatchId(long matchId) { this.matchId = matchId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
