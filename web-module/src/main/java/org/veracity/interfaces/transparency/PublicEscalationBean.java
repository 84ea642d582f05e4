package org.veracity.interfaces.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.veracity.application.EscalationService.Receipt;
import org.veracity.application.EscalationService;
import org.veracity.application.PolicyCatalogService;
import org.veracity.interfaces.web.DeskInput;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.PageData;

/**
 * /transparency/escalate (R20): anyone reports items with an e-mail address to be told. Abuse protection needs no
 * third-party service: a hidden honeypot field, a signed time-stamped ticket (a form sent within seconds of being
 * shown is refused) and a daily limit per e-mail address — all checked by the service.
 */
@Named
@RequestScoped
public class PublicEscalationBean {

    private static final Map<String, String> FIELDS = Map.of("email", "escalate:email", "items", "escalate:items",
            "policy", "escalate:policy", "description", "escalate:description");

    @Inject
    EscalationService escalations;

    @Inject
    PolicyCatalogService catalogue;

    private String email;
    private String items;
    private String policy;
    private String description;
    private String website;
    private String ticket;
    private Receipt receipt;

    private final PageData<List<PolicyCatalogService.PolicyView>> policies = PageData.of(() -> catalogue.catalogue());

    public List<PolicyCatalogService.PolicyView> getPolicies() {
        return policies.get();
    }

    public void send() {
        EscalationService.PublicReport report = new EscalationService.PublicReport(email,
                DeskInput.list(items, DeskInput.LINES_OR_COMMAS), policy, description);
        Receipt[] answer = new Receipt[1];
        if (DeskMessages.attempt(() -> answer[0] = escalations.reportPublicly(report, ticket, website), FIELDS)) {
            receipt = answer[0];
        }
    }

    /** The status page's address, with the secret: shown once, after sending. */
    public String getStatusLink() {
        return receipt == null ? null : "/transparency/escalation.xhtml?id=" + receipt.trackingId() + "&key="
                + URLEncoder.encode(receipt.key(), StandardCharsets.UTF_8);
    }

    public String getTicket() {
        if (ticket == null) {
            ticket = escalations.publicFormTicket();
        }
        return ticket;
    }

    public void setTicket(String ticket) { this.ticket = ticket; }
    public Receipt getReceipt() { return receipt; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getItems() { return items; }
    public void setItems(String items) { this.items = items; }
    public String getPolicy() { return policy; }
    public void setPolicy(String policy) { this.policy = policy; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
