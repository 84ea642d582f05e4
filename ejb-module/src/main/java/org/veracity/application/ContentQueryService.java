package org.veracity.application;

import java.util.Optional;

public interface ContentQueryService {

    Optional<ContentItemView> find(String contentId);
}
