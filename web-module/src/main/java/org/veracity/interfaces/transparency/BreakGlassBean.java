package org.veracity.interfaces.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.veracity.application.BreakGlassService;
import org.veracity.application.BreakGlassService.ActivationView;
import org.veracity.application.BreakGlassService.MeasureView;

/** The public side of R10 (R23): which break-glass measures are active since when, and every switch. */
@Named
@RequestScoped
public class BreakGlassBean {

    @Inject
    BreakGlassService breakGlass;

    private List<MeasureView> active;
    private List<ActivationView> history;

    public List<MeasureView> getActive() {
        if (active == null) {
            active = breakGlass.measures().stream().filter(MeasureView::active).toList();
        }
        return active;
    }

    public List<ActivationView> getHistory() {
        if (history == null) {
            history = breakGlass.history();
        }
        return history;
    }
}
