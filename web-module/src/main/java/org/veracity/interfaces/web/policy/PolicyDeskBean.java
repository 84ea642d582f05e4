package org.veracity.interfaces.web.policy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.veracity.application.EnforcementService.RemovalExceptionView;
import org.veracity.application.EnforcementService;
import org.veracity.application.PolicyCatalogService.PolicyView;
import org.veracity.application.PolicyCatalogService;
import org.veracity.interfaces.web.DeskInput;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.PageData;
import org.veracity.interfaces.web.access.DeskUser;

/** R14 in the desk: the catalogue with every version, the R13 exceptions, and publishing the next version. */
@Named
@RequestScoped
public class PolicyDeskBean {

    private static final Map<String, String> FIELDS = Map.of("policyCode", "publish:policyCode",
            "effectiveFrom", "publish:effectiveFrom", "summary", "publish:summary");

    private static final Map<String, String> EXCEPTION_FIELDS = exceptionFields();

    @Inject
    PolicyCatalogService catalogue;

    @Inject
    EnforcementService enforcement;

    @Inject
    DeskUser user;

    private String exceptionCode;
    private String exceptionName;
    private String exceptionRegions;
    private LocalDateTime exceptionFrom;
    private LocalDateTime exceptionUntil;
    private String exceptionDescription;
    private String policyCode;
    private LocalDateTime effectiveFrom;
    private String summary;

    public String publish() {
        if (DeskMessages.attempt(() -> catalogue.publishVersion(policyCode, DeskInput.utc(effectiveFrom), summary,
                user.actor()), FIELDS)) {
            return "/desk/policies?faces-redirect=true";
        }
        return null;
    }

    public String designateException() {
        List<String> regions = DeskInput.list(exceptionRegions, DeskInput.COMMAS_OR_SPACES);
        if (DeskMessages.attempt(() -> enforcement.designateException(exceptionCode, exceptionName, regions,
                DeskInput.utc(exceptionFrom), DeskInput.utc(exceptionUntil), exceptionDescription, user.actor()),
                EXCEPTION_FIELDS)) {
            return "/desk/policies?faces-redirect=true";
        }
        return null;
    }

    public String endException(String code) {
        if (DeskMessages.attempt(() -> enforcement.endException(code, user.actor()), Map.of())) {
            return "/desk/policies?faces-redirect=true";
        }
        return null;
    }

    private static Map<String, String> exceptionFields() {
        return Map.of("code", "exception:code", "name", "exception:name", "regions", "exception:regions",
                "effectiveFrom", "exception:from", "effectiveUntil", "exception:until",
                "description", "exception:description");
    }

    private final PageData<List<PolicyView>> policies = PageData.of(() -> catalogue.catalogue());
    private final PageData<List<RemovalExceptionView>> exceptions = PageData.of(() -> enforcement.removalExceptions());

    public List<PolicyView> getPolicies() { return policies.get(); }
    public List<RemovalExceptionView> getExceptions() { return exceptions.get(); }

    public String getExceptionCode() { return exceptionCode; }
    public void setExceptionCode(String exceptionCode) { this.exceptionCode = exceptionCode; }
    public String getExceptionName() { return exceptionName; }
    public void setExceptionName(String exceptionName) { this.exceptionName = exceptionName; }
    public String getExceptionRegions() { return exceptionRegions; }
    public void setExceptionRegions(String exceptionRegions) { this.exceptionRegions = exceptionRegions; }
    public LocalDateTime getExceptionFrom() { return exceptionFrom; }
    public void setExceptionFrom(LocalDateTime exceptionFrom) { this.exceptionFrom = exceptionFrom; }
    public LocalDateTime getExceptionUntil() { return exceptionUntil; }
    public void setExceptionUntil(LocalDateTime exceptionUntil) { this.exceptionUntil = exceptionUntil; }
    public String getExceptionDescription() { return exceptionDescription; }
    public void setExceptionDescription(String exceptionDescription) { this.exceptionDescription = exceptionDescription; }
    public String getPolicyCode() { return policyCode; }
    public void setPolicyCode(String policyCode) { this.policyCode = policyCode; }
    public LocalDateTime getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDateTime effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
