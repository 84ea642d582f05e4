package org.veracity.domain.signal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.veracity.domain.content.PlatformId;

/** One signal as an integrator submits it; {@code count} aggregates several of one kind. */
public record SignalSubmission(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlatformId String id,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlatformId String contentId,
        @NotNull(message = "is required") SignalKind kind,
        @Min(value = 1, message = "must be at least 1") @Max(value = 1_000_000, message = "must be at most 1000000") int count,
        @DecimalMin(value = "0.0", message = "must be between 0 and 1") @DecimalMax(value = "1.0", message = "must be between 0 and 1") Double score,
        @NotNull(message = "is required") Instant at) {
}
