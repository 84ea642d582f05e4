package org.veracity.interfaces.transparency;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.veracity.application.EscalationService;
import org.veracity.application.EscalationService.EscalationView;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.escalation.EscalationStatus;
import org.veracity.interfaces.web.DeskInput;
import org.veracity.interfaces.web.DeskMessages;

/** /transparency/escalation?id=…&key=… (R20): a public reporter's status page, opened by the secret in its link. */
@Named
@RequestScoped
public class EscalationStatusBean {

    private static final Map<String, String> FIELDS = Map.of("reason", "appeal:reason");
    private static final Map<String, String> ANSWER_FIELDS = Map.of("trackingId", "answer:text", "text", "answer:text",
            "items", "answer:items");

    @Inject
    EscalationService escalations;

    private String id;
    private String key;
    private String reason;
    private String answer;
    private String answerItems;
    private String appealId;
    private String appealKey;
    private EscalationView escalation;
    private boolean missing;

    /**
     * The link's id and secret straight from the request: when a form on the page is sent back, its rendered
     * condition (is information asked? is it appealable?) is evaluated while the request is decoded, before view
     * parameters reach the bean and without the view action, so the escalation must be readable from the start.
     * A browser posts the form without the query string; the forms carry the link in hidden fields.
     */
    @PostConstruct
    void fromRequest() {
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        id = first(p, "id", "answer:id", "appeal:id");
        key = first(p, "key", "answer:key", "appeal:key");
    }

    private static String first(Map<String, String> params, String... names) {
        for (String n : names) {
            String v = params.get(n);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    public void load() {
        escalation = null;
        missing = false;
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

    /** The reporter answers the specialists' question; the form carries the link's id and secret like the appeal's. */
    public void supplyInformation() {
        id = appealId;
        key = appealKey;
        EscalationService.Answer a = new EscalationService.Answer(answer,
                DeskInput.list(answerItems, DeskInput.LINES_OR_COMMAS));
        if (DeskMessages.attempt(() -> escalations.supplyInformationPublicly(id, key, a), ANSWER_FIELDS)) {
            DeskMessages.info("Thank you: your answer was received and the specialists take the escalation up again.");
            answer = answerItems = null;
        }
        load();
    }

    public boolean isAsked() {
        return getEscalation() != null
                && escalation.status() == EscalationStatus.INFORMATION_REQUESTED;
    }

    /** The question the specialists asked: the note of the latest request in the history. */
    public String getQuestion() {
        if (getEscalation() == null) {
            return null;
        }
        return escalation.history().stream()
                .filter(h -> h.status() == EscalationStatus.INFORMATION_REQUESTED)
                .reduce((a, b) -> b).map(EscalationService.HistoryEntry::note).orElse(null);
    }

    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getAnswerItems() { return answerItems; }
    public void setAnswerItems(String answerItems) { this.answerItems = answerItems; }

    /** The status link's id and secret, carried by the appeal form itself. */
    public String getAppealId() { return appealId != null ? appealId : id; }
    public void setAppealId(String appealId) { this.appealId = appealId; }
    public String getAppealKey() { return appealKey != null ? appealKey : key; }
    public void setAppealKey(String appealKey) { this.appealKey = appealKey; }
    public EscalationView getEscalation() {
        if (escalation == null && !missing) {
            load();
        }
        return escalation;
    }

    public boolean isMissing() {
        getEscalation();
        return missing;
    }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
