package org.veracity.interfaces.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.veracity.application.ExemptionService;

/** The public exemption-list page (R4, R23): size, source and date, changes per rebuild, overrides in force. */
@Named
@RequestScoped
public class ExemptionFiguresBean {

    @Inject
    ExemptionService exemptions;

    private ExemptionService.ExemptionStatus status;

    private ExemptionService.ExemptionStatus status() {
        if (status == null) {
            status = exemptions.status(0, 1);
        }
        return status;
    }

    public ExemptionService.ListInfo getActive() {
        return status().active();
    }

    public List<ExemptionService.ListInfo> getRebuilds() {
        return status().history();
    }

    /** Overrides in force, with their public reason; who made them is not published. */
    public List<ExemptionService.OverrideView> getOverrides() {
        return status().overrides().stream().filter(ExemptionService.OverrideView::inForce).toList();
    }

    public String source(ExemptionService.ListInfo list) {
        return OpenDataResource.sourceName(list.source());
    }
}
