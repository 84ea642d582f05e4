package org.veracity.domain.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** One content item as an integrator submits it (R1). */
public record ContentSubmission(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlatformId String id,
        @Size(max = 2048, message = "must be at most 2048 characters") @WebAddress String url,
        @Size(max = 65536, message = "must be at most 65536 characters") String text,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String authorId,
        @NotNull(message = "is required") AuthorKind authorKind,
        @Size(max = 200, message = "must be at most 200 characters") String groupId,
        @Size(max = 50, message = "must list at most 50 topics") List<@NotBlank @Size(max = 100) String> topics,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US") String region,
        @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", message = "must be a BCP 47 tag such as en or pt-BR") String language,
        @NotNull(message = "is required") Instant postedAt,
        @PositiveOrZero(message = "must be zero or more") long views,
        @PositiveOrZero(message = "must be zero or more") long shares,
        boolean ad,
        @Size(max = 200, message = "must be at most 200 characters") String sponsor,
        @Size(max = 20, message = "must list at most 20 hashes") List<@Pattern(regexp = "[0-9a-fA-F]{16,256}", message = "must be a hex digest") String> mediaHashes,
        @Size(max = 2048, message = "must be at most 2048 characters") @WebAddress String resolvedUrl) {

    public ContentSubmission {
        topics = topics == null ? List.of() : List.copyOf(topics);
        mediaHashes = mediaHashes == null ? List.of() : List.copyOf(mediaHashes);
    }
}
