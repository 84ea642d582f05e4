package org.veracity.interfaces.web.policy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.veracity.application.EnforcementService;
import org.veracity.application.EnforcementService.RemovalExceptionView;
import org.veracity.application.PolicyCatalogService;
import org.veracity.application.PolicyCatalogService.PolicyView;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.access.DeskUser;

/** R14 in the desk: the catalogue with every version, the R13 exceptions, and publishing the next version. */
@Named
@RequestScoped
public class PolicyDeskBean {

    private static final Map<String, String> FIELDS = Map.of("policyCode", "publish:policyCode",
            "effectiveFrom", "publish:effectiveFrom", "summary", "publish:summary");

    @Inject
    PolicyCatalogService catalogue;

    @Inject
    EnforcementService enforcement;

    @Inject
    DeskUser user;

    private String policyCode;
    private LocalDateTime effectiveFrom;
    private String summary;

    public String publish() {
        Instant from = effectiveFrom == null ? null : effectiveFrom.toInstant(ZoneOffset.UTC);
        if (DeskMessages.attempt(() -> catalogue.publishVersion(policyCode, from, summary, user.actor()), FIELDS)) {
            return "/desk/policies?faces-redirect=true";
        }
        return null;
    }

    public List<PolicyView> getPolicies() { return catalogue.catalogue(); }
    public List<RemovalExceptionView> getExceptions() { return enforcement.removalExceptions(); }

    public String getPolicyCode() { return policyCode; }
    public void setPolicyCode(String policyCode) { this.policyCode = policyCode; }
    public LocalDateTime getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDateTime effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
