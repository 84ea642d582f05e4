package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.veracity.domain.content.PlatformId;

public interface ContentQueryService {

    Optional<ContentItemView> find(@NotBlank(message = "is required") @PlatformId String contentId);
}
