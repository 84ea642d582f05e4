package org.veracity.interfaces.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.veracity.application.EscalationService;
import org.veracity.application.EscalationService.EscalationView;
import org.veracity.application.UnknownSubjectException;
import org.veracity.interfaces.web.DeskMessages;

/** /transparency/escalation?id=…&key=… (R20): a public reporter's status page, opened by the secret in its link. */
@Named
@RequestScoped
public class EscalationStatusBean {

    private static final Map<String, String> FIELDS = Map.of("reason", "appeal:reason");

    @Inject
    EscalationService escalations;

    private String id;
    private String key;
    private String reason;
    private String appealId;
    private String appealKey;
    private EscalationView escalation;
    private boolean missing;

    public void load() {
        if (id == null || key == null || id.isBlank() || key.isBlank()) {
            missing = true;
            return;
        }
        try {
            escalation = escalations.getPublicly(id, key);
        } catch (UnknownSubjectException e) {
            missing = true;
        }
    }

    public void appeal() {
        id = appealId;
        key = appealKey;
        if (DeskMessages.attempt(() -> escalations.appealPublicly(id, key, reason), FIELDS)) {
            DeskMessages.info("Your appeal was received; another specialist will decide it.");
            reason = null;
        }
        load();
    }

    /** The status link's id and secret, carried by the appeal form itself. */
    public String getAppealId() { return appealId != null ? appealId : id; }
    public void setAppealId(String appealId) { this.appealId = appealId; }
    public String getAppealKey() { return appealKey != null ? appealKey : key; }
    public void setAppealKey(String appealKey) { this.appealKey = appealKey; }
    public EscalationView getEscalation() { return escalation; }
    public boolean isMissing() { return missing; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
