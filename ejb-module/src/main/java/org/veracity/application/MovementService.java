package org.veracity.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.veracity.domain.access.Actor;

/**
 * R16: specialists designate movements by their identifiers; designation shuts down their groups and, with
 * "ban all content", new matching content is removed at intake from the effective moment on.
 */
public interface MovementService {

    /** Designates a movement; answers its id. Only specialists designate. */
    long designate(@NotNull @Valid Designation designation, @NotNull Actor actor);

    /** Ends a designation: content posted from now on is no longer removed because of it. */
    void revoke(@Min(1) long movementId, @NotBlank(message = "is required") @Size(max = 1000) String reason,
                @NotNull Actor actor);

    /** Every designation, newest first, revoked ones included. */
    List<MovementView> movements();

    /**
     * What a specialist fills in. {@code effectiveFrom} empty means now; it may lie in the future, never in the
     * past. Identifiers as written: group ids, hashtags (with or without {@code #}), phrases.
     */
    record Designation(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String description,
            @Size(max = 100, message = "must list at most 100 groups") List<String> groupIds,
            @Size(max = 100, message = "must list at most 100 hashtags") List<String> hashtags,
            @Size(max = 100, message = "must list at most 100 phrases") List<String> phrases,
            boolean banAllContent,
            Instant effectiveFrom) {

        public Designation {
            groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
            hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
            phrases = phrases == null ? List.of() : List.copyOf(phrases);
        }
    }

    record MovementView(long id, String name, String description, List<String> groupIds, List<String> hashtags,
                        List<String> phrases, boolean banAllContent, Instant effectiveFrom, String designatedBy,
                        Instant designatedAt, Instant revokedAt, String revokedBy, String revocationReason,
                        boolean inForce) {
    }
}
