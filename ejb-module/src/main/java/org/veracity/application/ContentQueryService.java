package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.veracity.domain.access.Actor;
import org.veracity.domain.content.PlatformId;

public interface ContentQueryService {

    Optional<ContentItemView> find(@NotBlank(message = "is required") @PlatformId String contentId);

    /**
     * The item as this desk user may see it: staff see every item; a fact-checker only items its
     * organisation is offered in the queue, with the names of other people in its history replaced by their role.
     */
    Optional<ContentItemView> find(String contentId, Actor viewer);
}
