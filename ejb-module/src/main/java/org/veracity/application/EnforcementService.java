package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.veracity.domain.access.Actor;
import org.veracity.domain.enforcement.HoaxTopic;
import org.veracity.domain.enforcement.RemovalCategory;

/**
 * Hard enforcement on one item, decided by people in the desk: outright removals (R13), topic
 * hoax policies (R12) and inform labels (R15). Every enforcement cites the policy version it
 * applies, and a version never reaches posts made before it took effect (R14).
 */
public interface EnforcementService {

    /**
     * Removes an item outright. Moderators may remove imminent-harm misinformation only under a
     * designated exception ({@code exceptionCode}) in effect for the item's region; specialists always.
     */
    void remove(@NotBlank(message = "is required") String contentId,
                @NotNull(message = "is required") RemovalCategory category,
                String exceptionCode,
                @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String reason,
                @NotNull Actor actor);

    /** Hard-demotes a COVID-19 or vaccine hoax, labels it with the topic's health information, and rejects ads. */
    void applyTopicPolicy(@NotBlank(message = "is required") String contentId,
                          @NotNull(message = "is required") HoaxTopic topic,
                          @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String reason,
                          @NotNull Actor actor);

    /** Attaches an inform label without demotion; possible on any post, however old. */
    void attachInformLabel(@NotBlank(message = "is required") String contentId,
                           @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String text,
                           @NotBlank(message = "is required") @Size(max = 2048, message = "must be at most 2048 characters")
                           @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url,
                           @NotNull Actor actor);

    /** R13: a policy lead designates an exception under which moderators may remove imminent-harm misinformation. */
    void designateException(@NotBlank(message = "is required") @Pattern(regexp = "[a-z0-9-]{2,60}",
                                    message = "must be 2-60 lower-case letters, digits or hyphens") String code,
                            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
                            @NotNull List<@Pattern(regexp = "[A-Z]{2}", message = "must be ISO 3166-1 alpha-2 codes such as PK") String> regions,
                            @NotNull(message = "is required") Instant effectiveFrom,
                            Instant effectiveUntil,
                            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String description,
                            @NotNull Actor actor);

    /** Ends an exception now: from then on moderators must escalate such removals again. */
    void endException(@NotBlank(message = "is required") String code, @NotNull Actor actor);

    /** The designated exceptions of R13, with their effective dates. */
    List<RemovalExceptionView> removalExceptions();

    record RemovalExceptionView(String code, String name, List<String> regions, Instant effectiveFrom,
                                Instant effectiveUntil, String description) {
        public RemovalExceptionView {
            regions = List.copyOf(regions);
        }
    }
}
