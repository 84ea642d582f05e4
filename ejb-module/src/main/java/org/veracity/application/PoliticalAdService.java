package org.veracity.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.veracity.domain.access.Actor;

/** R19: regions that ban political ads (kept by policy leads) and the public ad library. */
public interface PoliticalAdService {

    /** Bans political ads in a region from {@code from} (empty: now, never in the past) until {@code until}. */
    long ban(@NotNull @Valid Ban ban, @NotNull Actor actor);

    /** Ends a ban now (or keeps an earlier end). */
    void endBan(@Min(1) long banId, @NotNull Actor actor);

    List<BanView> bans();

    /** The ad library, newest first: every political ad received, the rejected ones with the reason. Public. */
    List<LibraryEntry> library(@Min(1) int limit);

    record Ban(@NotBlank(message = "is required") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US") String region,
               Instant from, Instant until,
               @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String reason) {
    }

    record BanView(long id, String region, Instant from, Instant until, String reason, String createdBy,
                   Instant createdAt, boolean inEffect) {
    }

    /**
     * @param reach  views as the platform last reported them with the ad; null when it reported none
     * @param status RUNNING, REJECTED (at intake, or since: rated False/Altered, a COVID-19 or vaccine hoax) or REMOVED
     * @param until  when it stopped running (rejected or removed), null while it runs
     */
    record LibraryEntry(String id, String advertiser, String advertiserKind, String paidForBy, String region,
                        Instant postedAt, Instant until, Long reach, String text, String status, String reason) {
    }
}
