package org.veracity.interfaces.web.item;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.veracity.application.ContentItemView;
import org.veracity.application.ContentQueryService;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.access.DeskUser;

/** Everything about one item in one place (R21): content, signals, prediction in words, treatments, history. */
@Named
@ViewScoped
// View-scoped so the item is known while a postback from the page's forms is decoded.
public class ItemBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentQueryService contents;

    @Inject
    DeskUser user;

    private String id;
    private transient ContentItemView item;

    public void load() {
        item = id == null ? null : contents.find(id, user.actor()).orElse(null);
        if (item == null) {
            DeskMessages.error("No content item " + (id == null ? "" : id));
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ContentItemView getItem() { return item; }
}
