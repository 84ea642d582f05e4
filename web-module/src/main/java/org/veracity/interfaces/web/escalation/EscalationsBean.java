package org.veracity.interfaces.web.escalation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.veracity.application.EscalationService.DecisionCommand;
import org.veracity.application.EscalationService.Receipt;
import org.veracity.application.EscalationService.TriageQueue;
import org.veracity.application.EscalationService.TriageRow;
import org.veracity.application.EscalationService;
import org.veracity.application.FieldProblem;
import org.veracity.application.PolicyCatalogService;
import org.veracity.domain.enforcement.RemovalCategory;
import org.veracity.domain.escalation.DecisionAction;
import org.veracity.interfaces.web.DeskInput;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.PageData;
import org.veracity.interfaces.web.access.DeskUser;

/** /desk/escalations (R20): one queue by due time with the SLA clock; acknowledge, ask, merge, decide; record a report. */
@Named
@RequestScoped
public class EscalationsBean {

    private static final Map<String, String> TRIAGE_FIELDS = Map.ofEntries(Map.entry("trackingId", "triage:escalation"),
            Map.entry("note", "triage:note"), Map.entry("question", "triage:note"), Map.entry("into", "triage:into"),
            Map.entry("action", "triage:action"), Map.entry("removalCategory", "triage:category"),
            Map.entry("labelText", "triage:labelText"), Map.entry("labelUrl", "triage:labelUrl"),
            Map.entry("rationale", "triage:rationale"), Map.entry("policyProposal", "triage:proposal"),
            Map.entry("policy", "triage:rationale"));
    private static final Map<String, String> ANSWER_FIELDS = Map.of("trackingId", "triage:escalation",
            "text", "triage:answer", "items", "triage:answerItems");
    private static final Map<String, String> REPORT_FIELDS = Map.of("partner", "report:partner", "items", "report:items",
            "policy", "report:policy", "description", "report:description", "contact", "report:contact");

    @Inject
    EscalationService escalations;

    @Inject
    PolicyCatalogService catalogue;

    @Inject
    DeskUser user;

    private TriageQueue queue;
    private String selected;
    private String note;
    private String into;
    private DecisionAction action;
    private RemovalCategory category;
    private String labelText;
    private String labelUrl;
    private String rationale;
    private String proposal;
    private String partner;
    private String items;
    private String policy;
    private String description;
    private String contact;
    private String answer;
    private String answerItems;

    public TriageQueue getQueue() {
        if (queue == null) {
            queue = escalations.queue(user.actor());
        }
        return queue;
    }

    public List<TriageRow> getRows() {
        return getQueue().rows();
    }

    /** "23 h 59 min left" or "overdue by 1 h 05 min". */
    public String left(TriageRow row) {
        long s = Math.abs(row.secondsLeft());
        Duration d = Duration.ofSeconds(s);
        String text = (d.toDays() > 0 ? d.toDays() + " d " : "") + d.toHoursPart() + " h "
                + String.format("%02d", d.toMinutesPart()) + " min";
        return row.overdue() ? "overdue by " + text : text + " left";
    }

    public String rowClass(TriageRow row) {
        return row.overdue() ? "sla-overdue" : row.dueSoon() ? "sla-due-soon" : "";
    }

    private List<EscalationService.ProposalView> proposals;

    /** Policy changes proposed when a policy did not cover a case; linked once a new version is published. */
    public List<EscalationService.ProposalView> getProposals() {
        if (proposals == null) {
            proposals = escalations.proposals(user.actor());
        }
        return proposals;
    }

    public DecisionAction[] getActions() {
        return DecisionAction.values();
    }

    public RemovalCategory[] getCategories() {
        return RemovalCategory.values();
    }

    private final PageData<List<String>> policies = PageData.of(() -> catalogue.catalogue().stream()
            .map(PolicyCatalogService.PolicyView::code).toList());

    public List<String> getPolicies() {
        return policies.get();
    }

    public List<String> getPartners() {
        return escalations.reporters().stream().filter(r -> r.sizeBand() != null).map(EscalationService.ReporterView::name)
                .toList();
    }

    public void acknowledge() {
        if (chosen() && DeskMessages.attempt(() -> escalations.acknowledge(selected, note, user.actor()), TRIAGE_FIELDS)) {
            done("Escalation " + selected + " acknowledged; the reporter is told.");
        }
    }

    public void requestInformation() {
        if (chosen() && DeskMessages.attempt(() -> escalations.requestInformation(selected, note, user.actor()),
                TRIAGE_FIELDS)) {
            done("Information asked for on " + selected + "; the reporter is told.");
        }
    }

    /** A partner answered the question by phone or e-mail: the specialist records the answer for it. */
    public void supplyInformation() {
        EscalationService.Answer a = new EscalationService.Answer(answer,
                DeskInput.list(answerItems, DeskInput.LINES_OR_COMMAS));
        if (chosen() && DeskMessages.attempt(() -> escalations.supplyInformation(selected, a, user.actor()),
                ANSWER_FIELDS)) {
            answer = answerItems = null;
            done("The reporter's answer on " + selected + " is recorded; the decision clock runs again.");
        }
    }

    public void merge() {
        if (chosen() && DeskMessages.attempt(() -> escalations.merge(selected, into, user.actor()), TRIAGE_FIELDS)) {
            done("Escalation " + selected + " merged into " + into + ".");
        }
    }

    public void decide() {
        if (!chosen()) {
            return;
        }
        if (action == null) {
            DeskMessages.problems("Choose the action.", List.of(new FieldProblem("action", "is required")), TRIAGE_FIELDS);
            return;
        }
        DecisionCommand command = new DecisionCommand(action, category, labelText, labelUrl, rationale, proposal);
        if (DeskMessages.attempt(() -> escalations.decide(selected, command, user.actor()), TRIAGE_FIELDS)) {
            done("Escalation " + selected + " decided; the reporter is told.");
        }
    }

    public void report() {
        EscalationService.Report r = new EscalationService.Report(DeskInput.list(items, DeskInput.LINES_OR_COMMAS),
                policy, description, contact);
        Receipt[] receipt = new Receipt[1];
        if (DeskMessages.attempt(() -> receipt[0] = escalations.reportFor(partner == null ? "" : partner, r, user.actor()),
                REPORT_FIELDS)) {
            DeskMessages.info("Escalation " + receipt[0].trackingId() + " recorded for " + partner
                    + "; first response due " + receipt[0].firstResponseDue() + ".");
            partner = items = policy = description = contact = null;
            queue = null;
        }
    }

    private boolean chosen() {
        if (selected == null || selected.isBlank()) {
            DeskMessages.problems("Choose an escalation.", List.of(new FieldProblem("trackingId", "choose an escalation")),
                    TRIAGE_FIELDS);
            return false;
        }
        return true;
    }

    private void done(String message) {
        DeskMessages.info(message);
        selected = note = into = labelText = labelUrl = rationale = proposal = null;
        action = null;
        category = null;
        queue = null;
    }

    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getAnswerItems() { return answerItems; }
    public void setAnswerItems(String answerItems) { this.answerItems = answerItems; }
    public String getSelected() { return selected; }
    public void setSelected(String selected) { this.selected = selected; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getInto() { return into; }
    public void setInto(String into) { this.into = into; }
    public DecisionAction getAction() { return action; }
    public void setAction(DecisionAction action) { this.action = action; }
    public RemovalCategory getCategory() { return category; }
    public void setCategory(RemovalCategory category) { this.category = category; }
    public String getLabelText() { return labelText; }
    public void setLabelText(String labelText) { this.labelText = labelText; }
    public String getLabelUrl() { return labelUrl; }
    public void setLabelUrl(String labelUrl) { this.labelUrl = labelUrl; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public String getProposal() { return proposal; }
    public void setProposal(String proposal) { this.proposal = proposal; }
    public String getPartner() { return partner; }
    public void setPartner(String partner) { this.partner = partner; }
    public String getItems() { return items; }
    public void setItems(String items) { this.items = items; }
    public String getPolicy() { return policy; }
    public void setPolicy(String policy) { this.policy = policy; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
}
