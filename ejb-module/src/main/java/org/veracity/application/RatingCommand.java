package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.veracity.domain.content.WebAddress;
import org.veracity.domain.factcheck.Verdict;

/** A fact-checker's rating as submitted (R7): field names match the REST contract. */
public record RatingCommand(
        @NotNull(message = "is required") Verdict rating,
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String claim,
        @NotBlank(message = "is required") @Size(max = 2048, message = "must be at most 2048 characters")
        @WebAddress(message = "must be the absolute http(s) address of the fact-check article") String articleUrl,
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String summary) {
}
