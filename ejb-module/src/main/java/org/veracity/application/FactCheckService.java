package org.veracity.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.veracity.domain.access.Actor;
import org.veracity.domain.content.PlatformId;
import org.veracity.domain.factcheck.QueueFilter;

/**
 * R5–R8: the fact-checking queue and what happens around it. Items are named by their platform
 * content id. A fact-checker acts for their organisation; an integrator with {@code factcheck:write}
 * acts for the partner its token's system user is named after.
 */
public interface FactCheckService {

    /** Open entries, highest priority first; a fact-checker sees only their organisation's queue. */
    QueuePage queue(@NotNull QueueFilter filter, @Min(0) int offset, @Min(1) @Max(500) int limit, @NotNull Actor actor);

    /** Takes a lease (2 h by default) or fails with {@link ConflictException} when someone holds the item. */
    Lease claim(@NotBlank @PlatformId String contentId, @NotNull Actor actor);

    void release(@NotBlank @PlatformId String contentId, @NotNull Actor actor);

    /** Rates an item the caller holds; answers the rating's id. */
    long rate(@NotBlank @PlatformId String contentId, @NotNull @Valid RatingCommand rating, @NotNull Actor actor);

    void enqueueManually(@NotNull @Valid ManualEnqueue command, @NotNull Actor actor);

    /** A publisher's dispute of a rating, recorded by a moderator or relayed by an integrator; answers its id. */
    long dispute(@Min(1) long ratingId, @NotBlank @Size(max = 200) String publisher,
                 @NotBlank @Size(max = 4000) String statement, @NotNull Actor actor);

    void confirm(@Min(1) long disputeId, @NotBlank @Size(max = 4000) String note, @NotNull Actor actor);

    /** Replaces the disputed rating with a new one; the old one stays in the history. */
    long change(@Min(1) long disputeId, @NotNull @Valid RatingCommand changed, @NotBlank @Size(max = 4000) String note,
                @NotNull Actor actor);

    List<DisputeRow> openDisputes(@NotNull Actor actor);

    /** Items resembling one the caller's organisation rated False/Altered, offered as possible copies (issue 10). */
    List<PossibleCopyRow> possibleCopies(@NotNull Actor actor);

    /** The item is a copy: it gets the original's rating effects. Answers what was decided, in words. */
    String confirmCopy(@Min(1) long possibleCopyId, @NotNull Actor actor);

    /** The item is not a copy: it keeps its distribution and is not offered again for this original. */
    void rejectCopy(@Min(1) long possibleCopyId, @NotNull Actor actor);

    List<PartnerView> partners();

    PartnerView createPartner(@NotBlank @Size(max = 200) String name, @NotEmpty List<@NotBlank String> languages,
                              @NotEmpty List<@NotBlank String> regions, @NotNull Actor actor);

    /** An ADMIN adds a partner, with the same checks as {@link #describePartner}. */
    PartnerView addPartner(@NotBlank @Size(max = 200) String name,
                           @NotEmpty(message = "name at least one language") List<@NotBlank @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z]{2,3}", message = "languages are ISO 639 codes such as en") String> languages,
                           @NotEmpty(message = "name at least one region") List<@NotBlank @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z]{2}", message = "regions are ISO 3166-1 alpha-2 codes such as US") String> regions,
                           @Size(max = 200) String contact, @NotNull Actor actor);

    /** An ADMIN changes a partner's languages, regions (lower-cased ISO codes) and contact. */
    PartnerView describePartner(@NotBlank String name,
                                @NotEmpty(message = "name at least one language") List<@NotBlank @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z]{2,3}", message = "languages are ISO 639 codes such as en") String> languages,
                                @NotEmpty(message = "name at least one region") List<@NotBlank @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z]{2}", message = "regions are ISO 3166-1 alpha-2 codes such as US") String> regions,
                                @Size(max = 200) String contact, @NotNull Actor actor);

    record QueuePage(List<QueueRow> rows, long total) {
        public QueuePage {
            rows = List.copyOf(rows);
        }
    }

    record Lease(String contentId, String claimedBy, Instant leaseUntil) {
    }

    record DisputeRow(long disputeId, long ratingId, String contentId, String organisation, String verdict,
                      String openedBy, String statement, Instant openedAt) {
    }

    record PossibleCopyRow(long id, String contentId, String text, String originalId, String originalText,
                           String verdict, String claim, double similarity, String evidence, Instant offeredAt) {
    }

        record PartnerView(String name, List<String> languages, List<String> regions, String contact) {
        public PartnerView {
            languages = List.copyOf(languages);
            regions = List.copyOf(regions);
        }
    }
}
