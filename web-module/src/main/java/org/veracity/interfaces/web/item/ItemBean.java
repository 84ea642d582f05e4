package org.veracity.interfaces.web.item;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.veracity.application.ContentItemView;
import org.veracity.application.ContentQueryService;
import org.veracity.interfaces.web.DeskMessages;

/** Everything about one item in one place (R21): content, signals, prediction in words, treatments, history. */
@Named
@RequestScoped
public class ItemBean {

    @Inject
    ContentQueryService contents;

    private String id;
    private ContentItemView item;

    public void load() {
        item = id == null ? null : contents.find(id).orElse(null);
        if (item == null) {
            DeskMessages.error("No content item " + (id == null ? "" : id));
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ContentItemView getItem() { return item; }
}
