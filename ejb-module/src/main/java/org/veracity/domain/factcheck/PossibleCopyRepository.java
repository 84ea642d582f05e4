package org.veracity.domain.factcheck;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.content.ContentItem;

public interface PossibleCopyRepository {

    void store(PossibleCopy offer);

    Optional<PossibleCopy> find(long id);

    /** Offers waiting for a fact-checker, oldest first. */
    List<PossibleCopy> open();

    /** Every offer about these items as copies of {@code original}, whatever its status. */
    List<PossibleCopy> forOriginal(ContentItem original, Collection<Long> itemIds);

    /** Open offers resting on a rating. */
    List<PossibleCopy> openFor(Rating rating);
}
