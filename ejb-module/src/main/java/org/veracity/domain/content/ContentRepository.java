package org.veracity.domain.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface ContentRepository {

    Optional<ContentItem> findByPlatformId(String platformId);

    List<ContentItem> findByPlatformIds(Collection<String> platformIds);

    Set<String> existingPlatformIds(Collection<String> platformIds);

    void store(ContentItem item);

    long count();
}
