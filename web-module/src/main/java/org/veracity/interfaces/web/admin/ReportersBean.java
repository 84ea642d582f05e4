package org.veracity.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.veracity.application.EscalationService;
import org.veracity.application.EscalationService.ReporterView;
import org.veracity.domain.factcheck.OrganisationKind;
import org.veracity.domain.factcheck.SizeBand;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.access.DeskUser;

/** /desk/partners, R20 part: each partner organisation's kind and size band, by which service levels are published. */
@Named
@RequestScoped
public class ReportersBean {

    private static final Map<String, String> FIELDS = Map.of("partnerName", "classify:partner", "kind", "classify:kind",
            "sizeBand", "classify:band", "staffBand", "classify:staff");

    @Inject
    EscalationService escalations;

    @Inject
    DeskUser user;

    private String partner;
    private OrganisationKind kind;
    private SizeBand band;
    private String staff;
    private List<ReporterView> all;

    public List<ReporterView> getAll() {
        if (all == null) {
            all = escalations.reporters();
        }
        return all;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public List<SizeBand> getBands() {
        return Arrays.stream(SizeBand.values()).filter(SizeBand::isForPartners).toList();
    }

    public void classify() {
        if (DeskMessages.attempt(() -> escalations.classifyPartner(partner == null ? "" : partner, kind, band, staff,
                user.actor()), FIELDS)) {
            DeskMessages.info("Partner " + partner + " recorded as " + kind.label()
                    + (band == null ? "" : ", " + band.label()) + ".");
            partner = staff = null;
            kind = null;
            band = null;
            all = null;
        }
    }

    public String getPartner() { return partner; }
    public void setPartner(String partner) { this.partner = partner; }
    public OrganisationKind getKind() { return kind; }
    public void setKind(OrganisationKind kind) { this.kind = kind; }
    public SizeBand getBand() { return band; }
    public void setBand(SizeBand band) { this.band = band; }
    public String getStaff() { return staff; }
    public void setStaff(String staff) { this.staff = staff; }
}
