package org.veracity.domain.signal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.veracity.domain.content.ContentItem;

public interface SignalRepository {

    Set<String> existingPlatformIds(Collection<String> platformIds);

    void store(Signal signal);

    SignalTotals totalsFor(ContentItem item);

    List<Signal> findByItem(ContentItem item);
}
