package org.veracity.interfaces.web.importance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.veracity.application.IssueService.IssueView;
import org.veracity.application.IssueService;
import org.veracity.domain.importance.TextList;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.PageData;
import org.veracity.interfaces.web.access.DeskUser;

/** R9 in the desk: issues of importance and a form to add one. */
@Named
@RequestScoped
public class IssuesBean {

    private static final Map<String, String> FIELDS = Map.of("name", "issue:name", "topics", "issue:topics",
            "activeUntil", "issue:until", "activeFrom", "issue:from");

    @Inject
    IssueService issues;

    @Inject
    DeskUser user;

    private String name;
    private String regions;
    private String topics;
    private String keywords;
    private LocalDate from;
    private LocalDate until;

    private final PageData<List<IssueView>> all = PageData.of(() -> issues.all());

    public List<IssueView> getAll() {
        return all.get();
    }

    public void create() {
        if (DeskMessages.attempt(() -> issues.create(name, TextList.parse(regions), TextList.parse(topics),
                TextList.parse(keywords), from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                until == null ? null : until.atStartOfDay().toInstant(ZoneOffset.UTC), user.actor()), FIELDS)) {
            DeskMessages.info("Issue " + name + " added.");
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRegions() { return regions; }
    public void setRegions(String regions) { this.regions = regions; }
    public String getTopics() { return topics; }
    public void setTopics(String topics) { this.topics = topics; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate until) { this.until = until; }
}
