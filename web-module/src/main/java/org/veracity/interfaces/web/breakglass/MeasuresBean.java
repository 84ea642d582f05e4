package org.veracity.interfaces.web.breakglass;

import jakarta.enterprise.context.RequestScoped;
import org.veracity.interfaces.web.PageData;
import org.veracity.application.DryRunReport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.veracity.application.BreakGlassService;
import org.veracity.application.BreakGlassService.ActivationView;
import org.veracity.application.BreakGlassService.MeasureView;
import org.veracity.application.IssueService;
import org.veracity.application.SemanticScreenService;
import org.veracity.application.SemanticScreenService.BacklogView;
import org.veracity.application.IssueService.IssueView;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.access.DeskUser;

/** R10 in the desk: break-glass measures, switched on and off by policy leads, and a form to prepare one. */
@Named
@RequestScoped
public class MeasuresBean {

    private static final Map<String, String> SWITCH_FIELDS = Map.of("measureId", "switch:measure", "reason", "switch:reason");
    private static final Map<String, String> PREPARE_FIELDS = Map.of("name", "prepare:name",
            "description", "prepare:description", "issueId", "prepare:issue");

    @Inject
    BreakGlassService breakGlass;

    @Inject
    IssueService issues;

    @Inject
    DeskUser user;

    @Inject
    SemanticScreenService semantic;

    private BacklogView backlog;

    private long measureId;
    private String reason;
    private String name;
    private String description;
    private long issueId;
    private long dryRunMeasureId;
    private int days = 7;
    private DryRunReport dryRunReport;

    private final PageData<List<MeasureView>> measures = PageData.of(() -> breakGlass.measures());
    private final PageData<List<ActivationView>> history = PageData.of(() -> breakGlass.history());
    private final PageData<List<IssueView>> allIssues = PageData.of(() -> issues.all());

    public List<MeasureView> getMeasures() {
        return measures.get();
    }

    /** How far behind the semantic RFH screen is (issue 10); read once per request. */
    public BacklogView getSemanticBacklog() {
        if (backlog == null) {
            backlog = semantic.backlog();
        }
        return backlog;
    }

    public List<ActivationView> getHistory() {
        return history.get();
    }

    public List<IssueView> getIssues() {
        return allIssues.get();
    }

    public void activate() {
        if (DeskMessages.attempt(() -> breakGlass.activate(measureId, reason, user.actor()), SWITCH_FIELDS)) {
            DeskMessages.info("Activated " + nameOf(measureId) + ".");
        }
    }

    public void deactivate() {
        if (DeskMessages.attempt(() -> breakGlass.deactivate(measureId, reason, user.actor()), SWITCH_FIELDS)) {
            DeskMessages.info("Deactivated " + nameOf(measureId) + ".");
        }
    }

    public void dryRun() {
        DryRunReport[] out = new DryRunReport[1];
        if (DeskMessages.attempt(() -> out[0] = breakGlass.dryRun(dryRunMeasureId, days, user.actor()),
                Map.of("days", "dryrun:days", "measureId", "dryrun:measure"))) {
            dryRunReport = out[0];
        }
    }

    public DryRunReport getDryRunReport() { return dryRunReport; }
    public long getDryRunMeasureId() { return dryRunMeasureId; }
    public void setDryRunMeasureId(long dryRunMeasureId) { this.dryRunMeasureId = dryRunMeasureId; }
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }

    public void prepare() {
        if (DeskMessages.attempt(() -> breakGlass.prepare(name, description, issueId, user.actor()), PREPARE_FIELDS)) {
            DeskMessages.info("Prepared " + name + " (inactive).");
        }
    }

    private String nameOf(long id) {
        return getMeasures().stream().filter(m -> m.id() == id).map(MeasureView::name).findFirst()
                .orElse("measure " + id);
    }

    public long getMeasureId() { return measureId; }
    public void setMeasureId(long measureId) { this.measureId = measureId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public long getIssueId() { return issueId; }
    public void setIssueId(long issueId) { this.issueId = issueId; }
}
