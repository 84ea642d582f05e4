package org.veracity.domain.label;

import java.util.Collection;
import java.util.List;
import org.veracity.domain.content.ContentItem;

public interface LabelRepository {

    void store(Label label);

    List<Label> forItem(ContentItem item);

    List<Label> forItems(Collection<ContentItem> items);

    /** As {@link #forItems(Collection)}, by item id, in one query whatever the number of ids. */
    List<Label> forItemIds(Collection<Long> itemIds);

    List<Label> forRating(long ratingId);
}
