package org.veracity.interfaces.web.factcheck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.veracity.application.FactCheckService;
import org.veracity.application.IssueService.IssueView;
import org.veracity.application.IssueService;
import org.veracity.application.ManualEnqueue;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.PageData;
import org.veracity.interfaces.web.access.DeskUser;

/** R5: the manual enqueue form; each missing criterion is shown next to its field. */
@Named
@RequestScoped
public class EnqueueBean {

    private static final Map<String, String> FIELDS = Map.of("contentId", "enqueue:contentId",
            "withDemotion", "enqueue:withDemotion", "issueId", "enqueue:issueId",
            "externalSignal", "enqueue:externalSignal", "evidenceNote", "enqueue:evidenceNote");

    @Inject
    FactCheckService factChecking;

    @Inject
    IssueService issues;

    @Inject
    DeskUser user;

    private String contentId;
    private boolean withDemotion;
    private Long issueId;
    private String externalSignal;
    private String evidenceNote;

    public String submit() {
        ManualEnqueue command = new ManualEnqueue(contentId, withDemotion, issueId, externalSignal, evidenceNote);
        if (DeskMessages.attempt(() -> factChecking.enqueueManually(command, user.actor()), FIELDS)) {
            return "/desk/item?faces-redirect=true&id=" + contentId;
        }
        return null;
    }

    private final PageData<List<IssueView>> activeIssues = PageData.of(() -> issues.all().stream()
            .filter(IssueView::activeNow).toList());

    public List<IssueView> getActiveIssues() {
        return activeIssues.get();
    }

    public String getContentId() { return contentId; }
    public void setContentId(String contentId) { this.contentId = contentId; }
    public boolean isWithDemotion() { return withDemotion; }
    public void setWithDemotion(boolean withDemotion) { this.withDemotion = withDemotion; }
    public Long getIssueId() { return issueId; }
    public void setIssueId(Long issueId) { this.issueId = issueId; }
    public String getExternalSignal() { return externalSignal; }
    public void setExternalSignal(String externalSignal) { this.externalSignal = externalSignal; }
    public String getEvidenceNote() { return evidenceNote; }
    public void setEvidenceNote(String evidenceNote) { this.evidenceNote = evidenceNote; }
}
