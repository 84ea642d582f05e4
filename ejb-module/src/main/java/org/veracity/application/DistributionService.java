package org.veracity.application;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.veracity.domain.content.PlatformId;
import org.veracity.domain.distribution.DistributionAnswer;

/** R22, the hot path: each item's multiplier, labels and reasons as of this instant. */
public interface DistributionService {

    int MAX_IDS = 1000;

    /** Answers in the order asked; ids Veracity does not know answer multiplier 1. */
    List<DistributionAnswer> answer(
            @NotNull(message = "is required") @NotEmpty(message = "must hold at least one id")
            @Size(max = MAX_IDS, message = "must hold at most 1000 ids") List<@NotNull(message = "is required") @PlatformId String> ids);
}
