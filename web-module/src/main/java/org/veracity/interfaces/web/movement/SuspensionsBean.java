package org.veracity.interfaces.web.movement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.veracity.application.FieldProblem;
import org.veracity.application.SuspensionService;
import org.veracity.application.SuspensionService.Suspension;
import org.veracity.application.SuspensionService.SuspensionView;
import org.veracity.interfaces.web.DeskInput;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.access.DeskUser;

/** R16 in the desk: account suspensions for a period or permanently, and lifting them early. */
@Named
@RequestScoped
public class SuspensionsBean {

    private static final Map<String, String> SUSPEND_FIELDS = Map.of("authorId", "suspend:authorId",
            "until", "suspend:until", "startsAt", "suspend:until", "reason", "suspend:reason");
    private static final Map<String, String> LIFT_FIELDS = Map.of("suspensionId", "lift:suspension",
            "reason", "lift:reason");

    @Inject
    SuspensionService suspensions;

    @Inject
    DeskUser user;

    private String authorId;
    private LocalDateTime until;
    private boolean permanent;
    private String reason;
    private Long liftId;
    private String liftReason;
    private List<SuspensionView> all;

    public List<SuspensionView> getAll() {
        if (all == null) {
            all = suspensions.suspensions();
        }
        return all;
    }

    public List<SuspensionView> getLiftable() {
        return getAll().stream().filter(SuspensionView::liftable).toList();
    }

    public void suspend() {
        Suspension s = new Suspension(authorId, null, DeskInput.utc(until), permanent, reason);
        if (DeskMessages.attempt(() -> suspensions.suspend(s, user.actor()), SUSPEND_FIELDS)) {
            DeskMessages.info("Account " + authorId + " suspended " + (permanent ? "permanently." : "until " + until + " UTC."));
            authorId = reason = null;
            until = null;
            permanent = false;
            all = null;
        }
    }

    public void lift() {
        if (liftId == null) {
            DeskMessages.problems("Choose a suspension.", List.of(new FieldProblem("suspensionId", "choose a suspension")),
                    LIFT_FIELDS);
            return;
        }
        if (DeskMessages.attempt(() -> suspensions.lift(liftId, liftReason, user.actor()), LIFT_FIELDS)) {
            DeskMessages.info("Suspension lifted.");
            liftId = null;
            liftReason = null;
            all = null;
        }
    }

    public String getAuthorId() { return authorId; }
    public void setAuthorId(String authorId) { this.authorId = authorId; }
    public LocalDateTime getUntil() { return until; }
    public void setUntil(LocalDateTime until) { this.until = until; }
    public boolean isPermanent() { return permanent; }
    public void setPermanent(boolean permanent) { this.permanent = permanent; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getLiftId() { return liftId; }
    public void setLiftId(Long liftId) { this.liftId = liftId; }
    public String getLiftReason() { return liftReason; }
    public void setLiftReason(String liftReason) { this.liftReason = liftReason; }
}
