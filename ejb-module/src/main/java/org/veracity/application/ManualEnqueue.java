package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * R5: a moderator's (or fact-checker's) request to enqueue an item, with the three criteria and an
 * evidence note. {@code externalSignal} describes the outside sign of falsity when none is recorded.
 */
public record ManualEnqueue(
        @NotBlank(message = "is required") String contentId,
        boolean withDemotion,
        Long issueId,
        @Size(max = 1000, message = "must be at most 1000 characters") String externalSignal,
        @NotBlank(message = "is required") @Size(min = 20, max = 2000, message = "must be 20 to 2000 characters") String evidenceNote) {
}
