package org.veracity.interfaces.web.coordination;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.veracity.application.CoordinationService;
import org.veracity.application.CoordinationService.CasePage;
import org.veracity.application.CoordinationService.CaseView;
import org.veracity.domain.coordination.CaseDecision;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.access.DeskUser;

/** R18 in the desk: the list of coordination cases and one case's page, where a specialist decides it. */
@Named
@RequestScoped
public class CoordinationBean {

    private static final Map<String, String> DECIDE_FIELDS = Map.of("reason", "decide:reason",
            "decision", "decide:reason", "policy", "decide:reason");

    @Inject
    CoordinationService coordination;

    @Inject
    DeskUser user;

    private Long id;
    private String reason;
    private boolean permanent;
    private CasePage page;
    private CaseView shown;
    private boolean loaded;

    public CasePage getPage() {
        if (page == null) {
            page = coordination.cases(0, 100, user.actor());
        }
        return page;
    }

    public CaseView getCase() {
        if (!loaded) {
            loaded = true;
            if (id != null) {
                DeskMessages.attempt(() -> shown = coordination.get(id, user.actor()), Map.of());
            }
        }
        return shown;
    }

    public void dismiss() {
        decide(CaseDecision.DISMISS, "Case dismissed as organic.");
    }

    public void label() {
        decide(CaseDecision.LABEL, "The case's posts are labelled \"Posted as part of a coordinated campaign\".");
    }

    public void suspend() {
        decide(CaseDecision.SUSPEND, "The case's accounts are suspended" + (permanent ? " permanently." : "."));
    }

    private void decide(CaseDecision decision, String done) {
        if (id == null) {
            DeskMessages.error("No coordination case chosen.");
            return;
        }
        if (DeskMessages.attempt(() -> coordination.decide(id, decision, permanent, reason, user.actor()),
                DECIDE_FIELDS)) {
            DeskMessages.info(done);
            reason = null;
            permanent = false;
        }
        loaded = false;
        shown = null;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isPermanent() { return permanent; }
    public void setPermanent(boolean permanent) { this.permanent = permanent; }
}
