package org.veracity.interfaces.web.factcheck;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.veracity.application.FactCheckService;
import org.veracity.application.QueueRow;
import org.veracity.application.RatingCommand;
import org.veracity.domain.factcheck.QueueFilter;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.PageData;
import org.veracity.interfaces.web.access.DeskUser;

/** The fact-checker's workbench (R7): their organisation's queue, claim, rate or release. */
@Named
@ViewScoped
public class WorkbenchBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("rating", "rate:rating", "claim", "rate:claim",
            "articleUrl", "rate:articleUrl", "summary", "rate:summary");

    @Inject
    FactCheckService factChecking;

    @Inject
    DeskUser user;

    private String selected;
    private Verdict rating;
    private String claim;
    private String articleUrl;
    private String summary;

    private final PageData<List<QueueRow>> queue = PageData.of(() -> factChecking.queue(QueueFilter.OPEN, 0, 200,
            user.actor()).rows());
    private final PageData<List<FactCheckService.PossibleCopyRow>> possibleCopies = PageData.of(() ->
            factChecking.possibleCopies(user.actor()));

    public List<QueueRow> getQueue() {
        return queue.get();
    }

    public void claim(String contentId) {
        if (DeskMessages.attempt(() -> factChecking.claim(contentId, user.actor()), Map.of())) {
            selected = contentId;
            DeskMessages.info("You hold " + contentId + " for the next two hours.");
        }
    }

    public void release(String contentId) {
        if (DeskMessages.attempt(() -> factChecking.release(contentId, user.actor()), Map.of())) {
            selected = null;
            DeskMessages.info("Released " + contentId + " back to the queue.");
        }
    }

    public void rate() {
        String item = selected;
        if (DeskMessages.attempt(() -> factChecking.rate(item, new RatingCommand(rating, claim, articleUrl, summary),
                user.actor()), FIELDS)) {
            DeskMessages.info("Rated " + item + " " + rating + ".");
            selected = null;
            rating = null;
            claim = null;
            articleUrl = null;
            summary = null;
        }
    }

    /** Items resembling ones the organisation rated False/Altered, waiting for a fact-checker to say "copy" or "not". */
    public List<FactCheckService.PossibleCopyRow> getPossibleCopies() {
        return possibleCopies.get();
    }

    public void confirmCopy(long id, String contentId) {
        String[] outcome = new String[1];
        if (DeskMessages.attempt(() -> outcome[0] = factChecking.confirmCopy(id, user.actor()), Map.of())) {
            DeskMessages.info("Confirmed " + contentId + " as a copy: " + outcome[0] + ".");
        }
    }

    public void rejectCopy(long id, String contentId) {
        if (DeskMessages.attempt(() -> factChecking.rejectCopy(id, user.actor()), Map.of())) {
            DeskMessages.info(contentId + " is not a copy; it keeps its distribution.");
        }
    }

    public boolean isHeldByMe(QueueRow row) {
        return user.actor().name().equals(row.claimedBy());
    }

    public Verdict[] getVerdicts() { return Verdict.values(); }
    public String getSelected() { return selected; }
    public void setSelected(String selected) { this.selected = selected; }
    public Verdict getRating() { return rating; }
    public void setRating(Verdict rating) { this.rating = rating; }
    public String getClaim() { return claim; }
    public void setClaim(String claim) { this.claim = claim; }
    public String getArticleUrl() { return articleUrl; }
    public void setArticleUrl(String articleUrl) { this.articleUrl = articleUrl; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
