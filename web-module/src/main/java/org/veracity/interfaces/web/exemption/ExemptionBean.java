package org.veracity.interfaces.web.exemption;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veracity.application.ExemptionService;
import org.veracity.application.ExemptionService.ExemptionStatus;
import org.veracity.application.ExemptionService.ListInfo;
import org.veracity.domain.exemption.OverrideMode;
import org.veracity.interfaces.web.Charts;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.access.DeskUser;

/** R4 in the desk: the current list, its rebuilds as a chart, the user-content hosts and specialists' overrides. */
@Named
@RequestScoped
public class ExemptionBean {

    private static final Map<String, String> FIELDS = Map.of("domain", "override:domain", "reason", "override:reason",
            "expiresAt", "override:expiresAt", "until", "demote:until");

    @Inject
    ExemptionService exemptions;

    @Inject
    DeskUser user;

    private ExemptionStatus status;
    private String domain;
    private OverrideMode mode = OverrideMode.FORCE_NOT_EXEMPT;
    private String reason;
    private LocalDate expiresOn;
    private String contentId;
    private String demoteReason;

    public ExemptionStatus getStatus() {
        if (status == null) {
            status = exemptions.status(0, 200);
        }
        return status;
    }

    /** List size, domains entered and left per rebuild, oldest first. */
    public String getHistoryChart() {
        List<ListInfo> builds = new ArrayList<>(getStatus().history());
        Collections.reverse(builds);
        Map<String, List<Number>> series = new LinkedHashMap<>();
        series.put("size", builds.stream().map(l -> (Number) l.size()).toList());
        series.put("entered", builds.stream().map(l -> (Number) l.entered()).toList());
        series.put("left", builds.stream().map(l -> (Number) l.left()).toList());
        return Charts.bar(builds.stream().map(l -> "#" + l.id() + " " + l.builtAt().toString().substring(0, 10)).toList(),
                series, "Exemption list rebuilds");
    }

    public void addOverride() {
        if (DeskMessages.attempt(() -> exemptions.overrideDomain(domain, mode, reason,
                expiresOn == null ? null : expiresOn.atStartOfDay().toInstant(ZoneOffset.UTC), user.actor()), FIELDS)) {
            DeskMessages.info("Override recorded for " + domain + ".");
            domain = null;
            reason = null;
            expiresOn = null;
            status = null;
        }
    }

    public void revoke(long overrideId) {
        if (DeskMessages.attempt(() -> exemptions.revokeOverride(overrideId, user.actor()), Map.of())) {
            status = null;
        }
    }

    public void demoteAnyway() {
        if (DeskMessages.attempt(() -> exemptions.demoteAnyway(contentId, demoteReason, null, user.actor()),
                Map.of("contentId", "demote:contentId", "reason", "demote:reason"))) {
            DeskMessages.info("Temporary demotion applied to " + contentId + ".");
        }
    }

    public OverrideMode[] getModes() { return OverrideMode.values(); }
    public String getDomain() { return domain; }
    public void setDomain(String domain) { this.domain = domain; }
    public OverrideMode getMode() { return mode; }
    public void setMode(OverrideMode mode) { this.mode = mode; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public String getContentId() { return contentId; }
    public void setContentId(String contentId) { this.contentId = contentId; }
    public String getDemoteReason() { return demoteReason; }
    public void setDemoteReason(String demoteReason) { this.demoteReason = demoteReason; }
}
