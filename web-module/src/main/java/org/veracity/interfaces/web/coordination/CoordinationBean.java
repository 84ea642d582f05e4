package org.veracity.interfaces.web.coordination;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.veracity.application.CoordinationService;
import org.veracity.application.CoordinationService.CasePage;
import org.veracity.application.CoordinationService.CaseView;
import org.veracity.domain.coordination.CaseDecision;
import org.veracity.domain.coordination.CaseStatus;
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

    /** The case of the page's {@code id}; its view parameter is only set from the model-update phase on. */
    public CaseView getCase() {
        if (!loaded && id != null) {
            loaded = true;
            DeskMessages.attempt(() -> shown = coordination.get(id, user.actor()), Map.of());
        }
        return shown;
    }

    /** Whether the decision form is offered: the case waits for a decision (always on a postback, so it decodes). */
    public boolean isDecidable() {
        return FacesContext.getCurrentInstance().isPostback()
                || getCase() != null && getCase().status() == CaseStatus.OPEN;
    }

    public String dismiss() {
        return decide(CaseDecision.DISMISS);
    }

    public String label() {
        return decide(CaseDecision.LABEL);
    }

    public String suspend() {
        return decide(CaseDecision.SUSPEND);
    }

    public String askDisclosure() {
        return decide(CaseDecision.ASK_DISCLOSURE);
    }

    /** After a decision the page is shown again by a redirect, so a reload never decides twice. */
    private String decide(CaseDecision decision) {
        if (id == null) {
            DeskMessages.error("No coordination case chosen.");
            return null;
        }
        boolean done = DeskMessages.attempt(() -> coordination.decide(id, decision, permanent, reason, user.actor()),
                DECIDE_FIELDS);
        return done ? "/desk/coordination-case?faces-redirect=true&id=" + id : null;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isPermanent() { return permanent; }
    public void setPermanent(boolean permanent) { this.permanent = permanent; }
}
