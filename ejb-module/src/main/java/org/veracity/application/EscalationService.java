package org.veracity.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.veracity.domain.access.Actor;
import org.veracity.domain.enforcement.RemovalCategory;
import org.veracity.domain.escalation.DecisionAction;
import org.veracity.domain.escalation.EscalationStatus;
import org.veracity.domain.factcheck.OrganisationKind;
import org.veracity.domain.factcheck.SizeBand;

/**
 * R20: one escalation channel, the same for every reporter. Partner organisations report with their token (or a
 * specialist records their report in the desk), anyone through the public form; specialists triage one queue
 * ordered by due time and decide, citing the policy version; every status change is notified (a {@code Notice}
 * fired inside the transaction) and audited; the service levels per reporter size band are public.
 */
public interface EscalationService {

    /** A partner organisation's report: the reporter is the actor's organisation (the token's partner). */
    Receipt report(@NotNull @Valid Report report, @NotNull Actor actor);

    /** A specialist records a report a partner made by other means (phone, e-mail), for that partner. */
    Receipt reportFor(@NotBlank(message = "is required") String partnerName, @NotNull @Valid Report report,
                      @NotNull Actor actor);

    /**
     * Anyone's report through the public form; {@code ticket} is the one {@link #publicFormTicket()} issued when
     * the form was shown and {@code honeypot} the hidden field people leave empty. The receipt carries the secret
     * of the status link, shown once.
     */
    Receipt reportPublicly(@NotNull @Valid PublicReport report, String ticket, String honeypot);

    /** A fresh signed, time-stamped ticket for a public form being shown. */
    String publicFormTicket();

    /** An escalation as its reporter reads it: a partner's own (by token), or any for escalation staff. */
    EscalationView get(@NotBlank String trackingId, @NotNull Actor actor);

    /** The public status page: the escalation whose link carries this secret. */
    EscalationView getPublicly(@NotBlank String trackingId, @NotBlank String key);

    /** The specialists' queue: open escalations by due time, with their SLA clock; never by reporter size. */
    TriageQueue queue(@NotNull Actor actor);

    void acknowledge(@NotBlank String trackingId, @Size(max = 4000) String note, @NotNull Actor actor);

    void requestInformation(@NotBlank String trackingId,
                            @NotBlank(message = "is required") @Size(max = 4000) String question, @NotNull Actor actor);

    /**
     * The reporter answers a request for information (text, and optionally more items, taken in like a report's):
     * a partner with its token, for its own escalations only, or a specialist recording a partner's answer given by
     * other means. The escalation goes back to the queue as INFORMATION_SUPPLIED and its decision clock runs again
     * ({@link org.veracity.domain.escalation.ServiceLevels}); answering when nothing was asked is a conflict.
     */
    EscalationView supplyInformation(@NotBlank String trackingId, @NotNull @Valid Answer answer, @NotNull Actor actor);

    /** The public reporter answers through the status link. */
    void supplyInformationPublicly(@NotBlank String trackingId, @NotBlank String key, @NotNull @Valid Answer answer);

    /**
     * Records every SLA breach that has happened by now and is not recorded yet, each once (also with several
     * instances sweeping at the same moment), audited and shown to the specialists; answers how many it recorded.
     */
    int recordBreaches();

    /** Folds a duplicate (several reporters about one video) into another open escalation; both are decided together. */
    void merge(@NotBlank String duplicateTrackingId,
               @NotBlank(message = "is required") String intoTrackingId, @NotNull Actor actor);

    /** Decides (or, after an appeal, a different specialist decides the appeal). */
    void decide(@NotBlank String trackingId, @NotNull @Valid DecisionCommand decision, @NotNull Actor actor);

    /** The reporter appeals a decision, once: a partner with its token. */
    void appeal(@NotBlank String trackingId, @NotBlank(message = "is required") @Size(max = 4000) String reason,
                @NotNull Actor actor);

    /** The public reporter appeals through the status link. */
    void appealPublicly(@NotBlank String trackingId, @NotBlank String key,
                        @NotBlank(message = "is required") @Size(max = 4000) String reason);

    /** Hook of policy publication: decisions that proposed a change to this policy are linked to the new version. */
    int linkProposals(@NotBlank String policyCode, @NotBlank String versionReference, @NotNull Actor actor);

    /** Policy changes proposed by decisions that the policy did not cover, for the policy leads; newest first. */
    List<ProposalView> proposals(@NotNull Actor actor);

    /** Public: received, time to first response and to decision (median, p90), share within SLA, outcomes. */
    List<FigureRow> figures();

    /** An ADMIN records a partner organisation's kind and size (R20). */
    void classifyPartner(@NotBlank String partnerName, @NotNull(message = "is required") OrganisationKind kind,
                         SizeBand sizeBand, @Size(max = 100, message = "must be at most 100 characters") String staffBand,
                         @NotNull Actor actor);

    List<ReporterView> reporters();

    record Report(
            @NotNull(message = "is required") @NotEmpty(message = "must name at least one item")
            @Size(max = 50, message = "must name at most 50 items")
            List<@NotBlank(message = "must not be blank") @Size(max = 2048, message = "must be at most 2048 characters") String> items,
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String policy,
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String description,
            @Size(max = 300, message = "must be at most 300 characters") String contact) {
        public Report {
            items = items == null ? null : List.copyOf(items);
        }
    }

    record PublicReport(
            @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters") String email,
            @NotNull(message = "is required") @NotEmpty(message = "must name at least one item")
            @Size(max = 20, message = "must name at most 20 items")
            List<@NotBlank(message = "must not be blank") @Size(max = 2048, message = "must be at most 2048 characters") String> items,
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String policy,
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String description) {
        public PublicReport {
            items = items == null ? null : List.copyOf(items);
        }
    }

    record Answer(
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String text,
            @Size(max = 50, message = "must name at most 50 items")
            List<@NotBlank(message = "must not be blank") @Size(max = 2048, message = "must be at most 2048 characters") String> items) {
        public Answer {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /**
     * {@code removalCategory} for {@link DecisionAction#REMOVED}; {@code labelText}/{@code labelUrl} for
     * {@link DecisionAction#LABELLED}; {@code policyProposal} only with {@link DecisionAction#NOT_COVERED}.
     */
    record DecisionCommand(
            @NotNull(message = "is required") DecisionAction action,
            RemovalCategory removalCategory,
            @Size(max = 300, message = "must be at most 300 characters") String labelText,
            @Size(max = 2048, message = "must be at most 2048 characters") String labelUrl,
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String rationale,
            @Size(max = 4000, message = "must be at most 4000 characters") String policyProposal) {
    }

    /** {@code key} is set only in the answer to a report: the secret of the public status link. */
    record Receipt(String trackingId, EscalationStatus status, Instant firstResponseDue, Instant decisionDue,
                   String key) {
    }

    record EscalationView(String trackingId, EscalationStatus status, String reporter, SizeBand sizeBand,
                          List<String> items, String policy, String description, Instant receivedAt,
                          Instant firstResponseDue, Instant decisionDue, Instant appealDecisionDue,
                          List<HistoryEntry> history, DecisionView decision, String mergedInto, boolean appealable) {
    }

    record HistoryEntry(Instant at, EscalationStatus status, String by, String note) {
    }

    record DecisionView(DecisionAction action, String policyVersion, String rationale, List<String> itemOutcomes,
                        String policyProposal, String proposalLinkedVersion, Instant decidedAt) {
    }

    /** One queue row; {@code dueSoon} within the warning window (2 h), {@code overdue} once the due time passed. */
    record TriageRow(String trackingId, EscalationStatus status, String reporter, SizeBand sizeBand,
                     List<String> items, String policy, String description, Instant receivedAt, String dueFor,
                     Instant due, long secondsLeft, boolean dueSoon, boolean overdue, String firstDecidedBy) {
    }

    /** The queue and the breaches recorded in the last 90 days (first responses and decisions later than due). */
    record TriageQueue(List<TriageRow> rows, long firstResponseBreaches, long decisionBreaches,
                       List<BreachView> recentBreaches) {
    }

    /** A recorded breach: which escalation, which answer came late, when it was due and when it was recorded. */
    record BreachView(String trackingId, org.veracity.domain.escalation.SlaBreach kind, Instant due, Instant recordedAt) {
    }

    record FigureRow(String week, SizeBand sizeBand, int received, Long medianFirstResponseSeconds,
                     Long p90FirstResponseSeconds, Long medianDecisionSeconds, Long p90DecisionSeconds,
                     Double firstResponseWithinSla, Double decisionWithinSla, Map<DecisionAction, Integer> outcomes,
                     int firstResponseBreaches, int decisionBreaches) {
    }

    record ProposalView(String trackingId, String policy, String proposal, Instant decidedAt, String linkedVersion) {
    }

    record ReporterView(String name, OrganisationKind kind, SizeBand sizeBand, String staffBand) {
    }
}
