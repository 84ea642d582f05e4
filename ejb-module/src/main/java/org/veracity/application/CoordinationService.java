package org.veracity.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.veracity.domain.access.Actor;
import org.veracity.domain.coordination.CaseDecision;
import org.veracity.domain.coordination.CaseStatus;

/** R18: coordination cases, opened at intake, read by staff and integrators, decided once by a specialist. */
public interface CoordinationService {

    /** Cases, newest first, a page at a time. */
    CasePage cases(@Min(value = 0, message = "must not be negative") int offset,
                   @Min(value = 1, message = "must be between 1 and 100")
                   @Max(value = 100, message = "must be between 1 and 100") int limit,
                   @NotNull Actor actor);

    /** One case with its accounts (and whether each is suspended now) and posts. */
    CaseView get(@Min(1) long caseId, @NotNull Actor actor);

    /**
     * Decides an open case: dismiss it as organic, label its posts, or suspend its accounts (for the configured
     * period, or permanently), citing the coordinated-behaviour policy. A case is decided once.
     */
    void decide(@Min(1) long caseId, @NotNull(message = "is required") CaseDecision decision, boolean permanent,
                @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
                String reason,
                @NotNull Actor actor);

    /** Public figures (R23): how many cases stand in each status (OPEN, and each decision's outcome). */
    Map<CaseStatus, Long> counts();

    record CasePage(List<CaseView> cases, long total) {
    }

    record CaseView(long id, CaseStatus status, String text, Instant openedAt, Instant firstAt, Instant lastAt,
                    List<Account> accounts, List<Post> posts, String decidedBy, Instant decidedAt,
                    String decisionReason, String policyVersion) {

        public List<String> accountIds() {
            return accounts.stream().map(Account::authorId).toList();
        }

        public List<String> itemIds() {
            return posts.stream().map(Post::contentId).toList();
        }

        /** Accounts whose first post joined the case after it was decided (the decision did not act on them). */
        public List<String> joinedAfterDecision() {
            return accounts.stream().filter(Account::joinedAfterDecision).map(Account::authorId).toList();
        }

        /** Accounts of a suspended case that joined after the decision and are not suspended: for a specialist. */
        public List<String> awaitingSuspension() {
            return status != CaseStatus.SUSPENDED ? List.of() : accounts.stream()
                    .filter(a -> a.joinedAfterDecision() && !a.suspended()).map(Account::authorId).toList();
        }
    }

    /**
     * @param suspended           whether a suspension of the account is in force now (only filled for one case)
     * @param joinedAfterDecision its first post joined the case after the specialist decided it
     */
    record Account(String authorId, int posts, boolean suspended, boolean joinedAfterDecision) {
    }

    record Post(String contentId, String authorId, Instant postedAt) {
    }
}
