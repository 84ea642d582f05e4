package org.veracity.interfaces.web.factcheck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.veracity.application.FactCheckService.DisputeRow;
import org.veracity.application.FactCheckService;
import org.veracity.application.RatingCommand;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.PageData;
import org.veracity.interfaces.web.access.DeskUser;

/** Open disputes; the rating organisation confirms or changes its rating (R7). */
@Named
@RequestScoped
public class DisputesBean {

    private static final Map<String, String> FIELDS = Map.of("note", "answer:note", "rating", "answer:rating",
            "claim", "answer:claim", "articleUrl", "answer:articleUrl", "summary", "answer:summary");

    @Inject
    FactCheckService factChecking;

    @Inject
    DeskUser user;

    private long disputeId;
    private String note;
    private Verdict rating;
    private String claim;
    private String articleUrl;
    private String summary;

    private final PageData<List<DisputeRow>> open = PageData.of(() -> factChecking.openDisputes(user.actor()));

    public List<DisputeRow> getOpen() {
        return open.get();
    }

    public void confirm() {
        if (DeskMessages.attempt(() -> factChecking.confirm(disputeId, note, user.actor()), FIELDS)) {
            DeskMessages.info("Rating confirmed.");
        }
    }

    public void change() {
        if (DeskMessages.attempt(() -> factChecking.change(disputeId, new RatingCommand(rating, claim, articleUrl,
                summary), note, user.actor()), FIELDS)) {
            DeskMessages.info("Rating changed; the old rating stays in the item's history.");
        }
    }

    public Verdict[] getVerdicts() { return Verdict.values(); }
    public long getDisputeId() { return disputeId; }
    public void setDisputeId(long disputeId) { this.disputeId = disputeId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Verdict getRating() { return rating; }
    public void setRating(Verdict rating) { this.rating = rating; }
    public String getClaim() { return claim; }
    public void setClaim(String claim) { this.claim = claim; }
    public String getArticleUrl() { return articleUrl; }
    public void setArticleUrl(String articleUrl) { this.articleUrl = articleUrl; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
