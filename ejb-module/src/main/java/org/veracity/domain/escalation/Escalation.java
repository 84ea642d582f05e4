package org.veracity.domain.escalation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.veracity.domain.Decided;
import org.veracity.domain.factcheck.SizeBand;

/**
 * R20: a report that items break a policy, from a partner organisation or from anyone through the public form,
 * and everything that happens to it until it is decided (and, once, appealed). Its SLA clock starts at receipt
 * ({@link ServiceLevels}); the reporter's size band is recorded for the published figures and plays no part in
 * the order of the queue ({@link TriageOrder}).
 */
@Entity
@Table(name = "escalation")
public class Escalation {

    public static final String BY_REPORTER = "reporter";
    public static final String BY_SPECIALIST = "specialist";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "tracking_id", nullable = false, unique = true, length = 40)
    private String trackingId;

    /** SHA-256 of the secret in the public status link; the secret itself is shown once and never stored. */
    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "reporter_partner_id")
    private Long reporterPartnerId;

    @Column(name = "reporter_name", nullable = false, length = 200)
    private String reporterName;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band", nullable = false, length = 20)
    private SizeBand sizeBand;

    @Column(name = "reporter_email", length = 254)
    private String reporterEmail;

    @Convert(converter = LineList.class)
    @Column(nullable = false, length = 20000)
    private List<String> items;

    @Column(name = "policy_code", nullable = false, length = 100)
    private String policyCode;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(length = 300)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EscalationStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "first_response_due", nullable = false)
    private Instant firstResponseDue;

    @Column(name = "decision_due", nullable = false)
    private Instant decisionDue;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    /** The latest decision (an appeal's replaces the first); its note is the decision's rationale. */
    @Embedded
    @AttributeOverride(name = "note", column = @Column(name = "decision_rationale", length = 4000))
    private Decided decided;

    /** Who made the first decision: an appeal is decided by someone else. */
    @Column(name = "first_decided_by", length = 200)
    private String firstDecidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_action", length = 30)
    private DecisionAction decisionAction;

    @Column(name = "decision_policy_version", length = 120)
    private String decisionPolicyVersion;

    /** What was done with each item, one line per item. */
    @Convert(converter = LineList.class)
    @Column(name = "item_outcomes", length = 20000)
    private List<String> itemOutcomes = new ArrayList<>();

    /** "Policy did not cover it": the change proposed to the policy leads, if any. */
    @Column(name = "policy_proposal", length = 4000)
    private String policyProposal;

    /** The policy version published after the proposal, once there is one. */
    @Column(name = "proposal_linked_version", length = 120)
    private String proposalLinkedVersion;

    @Column(name = "appealed_at")
    private Instant appealedAt;

    @Column(name = "appeal_reason", length = 4000)
    private String appealReason;

    @Column(name = "appeal_decision_due")
    private Instant appealDecisionDue;

    @Column(name = "merged_into", length = 40)
    private String mergedInto;

    /** Since when the reporter is asked for information and has not answered; the decision clock stands still. */
    @Column(name = "information_requested_at")
    private Instant informationRequestedAt;

    /** The reporter's waits before the first decision, in seconds: not Veracity's time in the published figures. */
    @Column(name = "reporter_wait_seconds", nullable = false)
    private long reporterWaitSeconds;

    @Column(name = "first_decided_at")
    private Instant firstDecidedAt;

    /** When the first-response breach was recorded (R20: counted when it happens, once). */
    @Column(name = "first_response_breached_at")
    private Instant firstResponseBreachedAt;

    @Column(name = "decision_breached_at")
    private Instant decisionBreachedAt;

    @OneToMany(mappedBy = "escalation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<EscalationEvent> history = new ArrayList<>();

    protected Escalation() {
    }

    /** Who reports: a partner organisation (id and name) or a person through the public form (e-mail). */
    public record Reporter(Long partnerId, String name, SizeBand band, String email) {
        public Reporter {
            Objects.requireNonNull(name);
            Objects.requireNonNull(band);
            if ((partnerId == null) != (band == SizeBand.PUBLIC)) {
                throw new IllegalArgumentException("partners report in their size band, the public in PUBLIC");
            }
        }
    }

    /** What a decision says: the action, the policy version it cites, the rationale the reporter reads. */
    public record Decision(DecisionAction action, String policyVersion, String rationale, List<String> itemOutcomes,
                           String policyProposal) {
        public Decision {
            Objects.requireNonNull(action);
            Objects.requireNonNull(policyVersion);
            Objects.requireNonNull(rationale);
            itemOutcomes = itemOutcomes == null ? List.of() : List.copyOf(itemOutcomes);
            if (policyProposal != null && action != DecisionAction.NOT_COVERED) {
                throw new IllegalArgumentException("only a decision that the policy did not cover the case proposes a change");
            }
        }
    }

    public static Escalation receive(String trackingId, String key, Reporter reporter, List<String> items,
                                     String policyCode, String description, String contact, ServiceLevels levels,
                                     Instant now) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("an escalation names at least one item");
        }
        Escalation e = new Escalation();
        e.trackingId = Objects.requireNonNull(trackingId);
        e.keyHash = hash(key);
        e.reporterPartnerId = reporter.partnerId();
        e.reporterName = reporter.name();
        e.sizeBand = reporter.band();
        e.reporterEmail = reporter.email();
        e.items = List.copyOf(items);
        e.policyCode = Objects.requireNonNull(policyCode);
        e.description = Objects.requireNonNull(description);
        e.contact = contact;
        e.receivedAt = now;
        e.firstResponseDue = levels.firstResponseDue(now);
        e.decisionDue = levels.decisionDue(now);
        e.status = EscalationStatus.RECEIVED;
        e.log(now, EscalationStatus.RECEIVED, BY_REPORTER, "received");
        return e;
    }

    /** Whether {@code key} is the secret of this escalation's public status link (compared in constant time). */
    public boolean opensWith(String key) {
        return key != null && MessageDigest.isEqual(keyHash.getBytes(StandardCharsets.US_ASCII),
                hash(key).getBytes(StandardCharsets.US_ASCII));
    }

    // ---- the rules: each "whyNot…" answers null when the step is allowed, else the reason a person reads ----

    /** Statuses in which a specialist works towards a decision (and so may ask the reporter for information). */
    private boolean beforeDecision() {
        return status == EscalationStatus.RECEIVED || status == EscalationStatus.ACKNOWLEDGED
                || status == EscalationStatus.INFORMATION_SUPPLIED || status == EscalationStatus.APPEALED;
    }

    public String whyNotAcknowledge() {
        return status == EscalationStatus.RECEIVED ? null
                : "escalation " + trackingId + " is " + status + "; only a received escalation is acknowledged";
    }

    public String whyNotRequestInformation() {
        return beforeDecision() ? null
                : "escalation " + trackingId + " is " + status + "; information is asked for before a decision";
    }

    public String whyNotSupplyInformation() {
        return status == EscalationStatus.INFORMATION_REQUESTED ? null
                : "no information was asked for on escalation " + trackingId + " (it is " + status
                + "); answer only when a specialist asks";
    }

    public String whyNotMergeInto(Escalation primary) {
        if (primary == this || primary.trackingId.equals(trackingId)) {
            return "an escalation is not merged into itself";
        }
        if (!status.isOpen() || status == EscalationStatus.MERGED || appealedAt != null) {
            return "escalation " + trackingId + " is " + status + " and cannot be merged";
        }
        if (!primary.status.isOpen() || primary.status == EscalationStatus.MERGED
                || primary.status == EscalationStatus.APPEALED) {
            return "escalation " + primary.trackingId + " is " + primary.status + "; merge into an open one";
        }
        return null;
    }

    /** An appeal is decided by a specialist other than the one who made the first decision (R20). */
    public String whyNotDecide(String specialist) {
        return switch (status) {
            // An appeal stays an appeal while its reporter is asked for information.
            case RECEIVED, ACKNOWLEDGED, INFORMATION_REQUESTED, INFORMATION_SUPPLIED, APPEALED ->
                    appealedAt != null && specialist.equals(firstDecidedBy)
                    ? "an appeal is decided by another specialist than the one who made the first decision ("
                    + firstDecidedBy + ")" : null;
            case MERGED -> "escalation " + trackingId + " was merged into " + mergedInto + " and is decided with it";
            case DECIDED, APPEAL_DECIDED -> "escalation " + trackingId + " is already decided";
        };
    }

    /** A reporter appeals a decision once. */
    public String whyNotAppeal() {
        if (appealedAt != null) {
            return "escalation " + trackingId + " was appealed already; a decision is appealed once";
        }
        return status == EscalationStatus.DECIDED ? null : "escalation " + trackingId + " is not decided yet";
    }

    // ---- the steps ----

    public void acknowledge(String note, Instant now) {
        require(whyNotAcknowledge());
        respond(now);
        move(now, EscalationStatus.ACKNOWLEDGED, BY_SPECIALIST, note == null || note.isBlank() ? "acknowledged" : note);
    }

    public void requestInformation(String question, Instant now) {
        require(whyNotRequestInformation());
        respond(now);
        informationRequestedAt = now;
        move(now, EscalationStatus.INFORMATION_REQUESTED, BY_SPECIALIST, Objects.requireNonNull(question));
    }

    /**
     * The reporter answers: the answer (and any further items, added to the escalation's) goes into the history,
     * the decision clock runs again from where it stood, and the escalation is back in the specialists' queue —
     * as INFORMATION_SUPPLIED, or APPEALED again if the question was about an appeal.
     */
    public void supplyInformation(String answer, List<String> moreItems, Instant now) {
        require(whyNotSupplyInformation());
        endWait(now);
        List<String> added = moreItems == null ? List.of()
                : moreItems.stream().filter(i -> !items.contains(i)).distinct().toList();
        if (!added.isEmpty()) {
            List<String> all = new ArrayList<>(items);
            all.addAll(added);
            items = List.copyOf(all);
        }
        move(now, appealedAt != null ? EscalationStatus.APPEALED : EscalationStatus.INFORMATION_SUPPLIED, BY_REPORTER,
                Objects.requireNonNull(answer) + (added.isEmpty() ? "" : " (items added: " + String.join(", ", added) + ")"));
    }

    /** The items the escalation would name after adding these: what an answer may add is checked against it. */
    public List<String> itemsWith(List<String> moreItems) {
        List<String> all = new ArrayList<>(items);
        if (moreItems != null) {
            moreItems.stream().filter(i -> !all.contains(i)).distinct().forEach(all::add);
        }
        return all;
    }

    /** Ends a wait for the reporter: the due time that was stopped moves later by the time waited. */
    private void endWait(Instant now) {
        if (informationRequestedAt == null) {
            return;
        }
        if (appealedAt != null) {
            appealDecisionDue = ServiceLevels.dueAfterWait(appealDecisionDue, informationRequestedAt, now);
        } else {
            decisionDue = ServiceLevels.dueAfterWait(decisionDue, informationRequestedAt, now);
            reporterWaitSeconds += ServiceLevels.waited(informationRequestedAt, now).getSeconds();
        }
        informationRequestedAt = null;
    }

    public void mergeInto(Escalation primary, Instant now) {
        require(whyNotMergeInto(primary));
        respond(now);
        endWait(now);
        mergedInto = primary.trackingId;
        move(now, EscalationStatus.MERGED, BY_SPECIALIST, "merged with " + primary.trackingId
                + ", which reports the same items; it is decided together with it");
    }

    public void decide(Decision d, String specialist, Instant now) {
        require(whyNotDecide(specialist));
        endWait(now);
        record(d, specialist, now, appealedAt != null);
    }

    /** A merged duplicate gets the decision of the escalation it was merged into. */
    public void decideWith(Escalation primary, Instant now) {
        if (status != EscalationStatus.MERGED || !primary.trackingId.equals(mergedInto)) {
            throw new IllegalStateException(trackingId + " is not merged into " + primary.trackingId);
        }
        record(primary.decision(), primary.decided.by(), now, false);
    }

    private void record(Decision d, String specialist, Instant now, boolean appeal) {
        respond(now);
        decided = new Decided(specialist, now, d.rationale());
        if (!appeal) {
            firstDecidedBy = specialist;
            firstDecidedAt = now;
        }
        decisionAction = d.action();
        decisionPolicyVersion = d.policyVersion();
        itemOutcomes = new ArrayList<>(d.itemOutcomes());
        policyProposal = d.policyProposal();
        move(now, appeal ? EscalationStatus.APPEAL_DECIDED : EscalationStatus.DECIDED, BY_SPECIALIST,
                d.action().label() + " (" + d.policyVersion() + "): " + d.rationale());
    }

    public void appeal(String reason, ServiceLevels levels, Instant now) {
        require(whyNotAppeal());
        appealedAt = now;
        appealReason = Objects.requireNonNull(reason);
        appealDecisionDue = levels.appealDecisionDue(now);
        move(now, EscalationStatus.APPEALED, BY_REPORTER, reason);
    }

    /** A policy version published after this decision's proposal: linked, so the reporter sees what changed. */
    public boolean linkProposalTo(String policyCodeOfVersion, String versionReference, Instant now) {
        if (policyProposal == null || proposalLinkedVersion != null || !policyCode.equals(policyCodeOfVersion)) {
            return false;
        }
        proposalLinkedVersion = versionReference;
        log(now, status, "policy lead", "the proposed policy change led to " + versionReference);
        return true;
    }

    /** The due time the queue is ordered by: first response, then decision, then the appeal's decision. */
    public Instant nextDue() {
        return switch (status) {
            case RECEIVED -> firstResponseDue;
            case ACKNOWLEDGED, INFORMATION_REQUESTED, INFORMATION_SUPPLIED, MERGED -> decisionDue;
            case APPEALED -> appealDecisionDue;
            case DECIDED, APPEAL_DECIDED -> null;
        };
    }

    /** Time from receipt to the first response, or empty while none was given. */
    public Duration timeToFirstResponse() {
        return firstResponseAt == null ? null : Duration.between(receivedAt, firstResponseAt);
    }

    /**
     * Time from receipt to the first decision (appeals are not counted here), without the reporter's waits for
     * information: the published figures measure Veracity's time, as the SLA clock does.
     */
    public Duration timeToDecision() {
        Instant first = firstDecisionAt();
        return first == null ? null : Duration.between(receivedAt, first).minusSeconds(reporterWaitSeconds);
    }

    public Instant firstDecisionAt() {
        return firstDecidedAt;
    }

    /** Whether the first response came (or, still missing, is) later than due at {@code now}. */
    public boolean firstResponseBreachedAt(Instant now) {
        return ServiceLevels.firstResponseBreached(firstResponseDue, firstResponseAt, now);
    }

    /** Whether the first decision came (or, still missing, is) later than due at {@code now}; paused while waiting. */
    public boolean decisionBreachedAt(Instant now) {
        return ServiceLevels.decisionBreached(decisionDue, appealedAt == null ? informationRequestedAt : null,
                firstDecisionAt(), now);
    }

    /** The breaches that have happened by {@code now} and are not recorded yet, in the order they are due. */
    public List<SlaBreach> unrecordedBreachesAt(Instant now) {
        List<SlaBreach> due = new ArrayList<>();
        if (firstResponseBreachedAt == null && firstResponseBreachedAt(now)) {
            due.add(SlaBreach.FIRST_RESPONSE);
        }
        if (decisionBreachedAt == null && decisionBreachedAt(now)) {
            due.add(SlaBreach.DECISION);
        }
        return due;
    }

    /** Records a breach once: a second call for the same kind changes nothing and answers false. */
    public boolean recordBreach(SlaBreach kind, Instant now) {
        if (kind == SlaBreach.FIRST_RESPONSE) {
            if (firstResponseBreachedAt != null) {
                return false;
            }
            firstResponseBreachedAt = now;
        } else {
            if (decisionBreachedAt != null) {
                return false;
            }
            decisionBreachedAt = now;
        }
        return true;
    }

    /** The due time a breach of this kind missed. */
    public Instant dueOf(SlaBreach kind) {
        return kind == SlaBreach.FIRST_RESPONSE ? firstResponseDue : decisionDue;
    }

    public Decision decision() {
        return decisionAction == null ? null : new Decision(decisionAction, decisionPolicyVersion, decided.note(),
                itemOutcomes, policyProposal);
    }

    private void respond(Instant now) {
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
    }

    private void move(Instant now, EscalationStatus to, String by, String note) {
        status = to;
        log(now, to, by, note);
    }

    private void log(Instant now, EscalationStatus s, String by, String note) {
        history.add(new EscalationEvent(this, now, s, by, note));
    }

    private static void require(String refusal) {
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Objects.requireNonNull(key).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Long getId() { return id; }
    public String getTrackingId() { return trackingId; }
    public Long getReporterPartnerId() { return reporterPartnerId; }
    public String getReporterName() { return reporterName; }
    public SizeBand getSizeBand() { return sizeBand; }
    public String getReporterEmail() { return reporterEmail; }
    public List<String> getItems() { return items; }
    public String getPolicyCode() { return policyCode; }
    public String getDescription() { return description; }
    public String getContact() { return contact; }
    public EscalationStatus getStatus() { return status; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getFirstResponseDue() { return firstResponseDue; }
    public Instant getDecisionDue() { return decisionDue; }
    public Instant getFirstResponseAt() { return firstResponseAt; }
    public Instant getDecidedAt() { return decided == null ? null : decided.at(); }
    public String getDecidedBy() { return decided == null ? null : decided.by(); }
    public String getFirstDecidedBy() { return firstDecidedBy; }
    public String getPolicyProposal() { return policyProposal; }
    public String getProposalLinkedVersion() { return proposalLinkedVersion; }
    public Instant getAppealedAt() { return appealedAt; }
    public String getAppealReason() { return appealReason; }
    public Instant getAppealDecisionDue() { return appealDecisionDue; }
    public String getMergedInto() { return mergedInto; }
    public Instant getInformationRequestedAt() { return informationRequestedAt; }
    public Instant getFirstResponseBreachedAt() { return firstResponseBreachedAt; }
    public Instant getDecisionBreachedAt() { return decisionBreachedAt; }
    public List<EscalationEvent> getHistory() { return List.copyOf(history); }
}
