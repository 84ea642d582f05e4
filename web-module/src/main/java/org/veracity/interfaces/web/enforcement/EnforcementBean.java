package org.veracity.interfaces.web.enforcement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.veracity.application.EnforcementService.RemovalExceptionView;
import org.veracity.application.EnforcementService;
import org.veracity.domain.enforcement.HoaxTopic;
import org.veracity.domain.enforcement.RemovalCategory;
import org.veracity.domain.label.InformLabel;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.PageData;
import org.veracity.interfaces.web.access.DeskUser;
import org.veracity.interfaces.web.item.ItemBean;

/** The item page's enforcement actions: remove (R13), topic hoax policy (R12), inform label (R15). */
@Named
@RequestScoped
public class EnforcementBean {

    private static final Map<String, String> REMOVAL_FIELDS = Map.of("category", "removal:category",
            "exception", "removal:exception", "reason", "removal:reason", "policy", "removal:category");
    private static final Map<String, String> TOPIC_FIELDS = Map.of("topic", "topic:topic", "reason", "topic:reason",
            "policy", "topic:topic");
    private static final Map<String, String> LABEL_FIELDS = Map.of("text", "label:text", "url", "label:url");

    @Inject
    EnforcementService enforcement;

    @Inject
    DeskUser user;

    /** The item page this form sits on; its view parameter survives the postback. */
    @Inject
    ItemBean itemPage;

    private RemovalCategory category;
    private String exceptionCode;
    private String removalReason;
    private HoaxTopic topic;
    private String topicReason;
    private String labelText;
    private String labelUrl;

    public String remove() {
        return done(DeskMessages.attempt(() -> enforcement.remove(itemPage.getId(), category, exceptionCode, removalReason,
                user.actor()), REMOVAL_FIELDS));
    }

    public String applyTopicPolicy() {
        return done(DeskMessages.attempt(() -> enforcement.applyTopicPolicy(itemPage.getId(), topic, topicReason, user.actor()),
                TOPIC_FIELDS));
    }

    public String attachLabel() {
        return done(DeskMessages.attempt(() -> enforcement.attachInformLabel(itemPage.getId(), labelText, labelUrl,
                user.actor()), LABEL_FIELDS));
    }

    private String done(boolean succeeded) {
        return succeeded ? "/desk/item?faces-redirect=true&id=" + itemPage.getId() : null;
    }

    public RemovalCategory[] getCategories() { return RemovalCategory.values(); }
    public HoaxTopic[] getTopics() { return HoaxTopic.values(); }
    private final PageData<List<RemovalExceptionView>> exceptions = PageData.of(() -> enforcement.removalExceptions());

    public List<RemovalExceptionView> getExceptions() { return exceptions.get(); }
    public InformLabel[] getLabelTemplates() { return InformLabel.values(); }

    public RemovalCategory getCategory() { return category; }
    public void setCategory(RemovalCategory category) { this.category = category; }
    public String getExceptionCode() { return exceptionCode; }
    public void setExceptionCode(String exceptionCode) { this.exceptionCode = exceptionCode; }
    public String getRemovalReason() { return removalReason; }
    public void setRemovalReason(String removalReason) { this.removalReason = removalReason; }
    public HoaxTopic getTopic() { return topic; }
    public void setTopic(HoaxTopic topic) { this.topic = topic; }
    public String getTopicReason() { return topicReason; }
    public void setTopicReason(String topicReason) { this.topicReason = topicReason; }
    public String getLabelText() { return labelText; }
    public void setLabelText(String labelText) { this.labelText = labelText; }
    public String getLabelUrl() { return labelUrl; }
    public void setLabelUrl(String labelUrl) { this.labelUrl = labelUrl; }
}
