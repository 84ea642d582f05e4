package org.veracity.domain.coordination;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.veracity.domain.Decided;

/**
 * A coordinated-behaviour case (R18): a cluster of near-identical posts by many accounts within an hour, opened at
 * intake for a specialist to decide once. Its posts are the {@link PostTrace}s naming it.
 */
@Entity
@Table(name = "coordination_case")
public class CoordinationCase {

    /** The label text a {@link CaseDecision#LABEL} decision attaches. */
    public static final String LABEL_TEXT = "Posted as part of a coordinated campaign";
    public static final String LABEL_KIND = "COORDINATED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "shared_text", nullable = false, length = 4000)
    private String sharedText;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Embedded
    @AttributeOverride(name = "note", column = @Column(name = "decision_reason", length = 1000))
    private Decided decided;

    @Column(name = "policy_version", length = 80)
    private String policyVersion;

    @Version
    private long version;

    protected CoordinationCase() {
    }

    public CoordinationCase(String sharedText, Instant openedAt) {
        this.status = CaseStatus.OPEN;
        String text = sharedText == null ? "" : sharedText.strip();
        this.sharedText = text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
        this.openedAt = openedAt;
    }

    /** Why this case cannot be decided now, or null when it can. */
    public String whyCannotBeDecided() {
        return status == CaseStatus.OPEN ? null
                : "case " + id + " was already decided (" + status + " " + decided + ")";
    }

    public void decide(CaseDecision decision, String by, Instant at, String reason, String policyVersion) {
        String refusal = whyCannotBeDecided();
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
        this.status = CaseStatus.after(decision);
        this.decided = new Decided(by, at, reason);
        this.policyVersion = policyVersion;
    }

    public Long getId() { return id; }
    public CaseStatus getStatus() { return status; }
    public String getSharedText() { return sharedText; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getDecidedAt() { return decided == null ? null : decided.at(); }
    public String getDecidedBy() { return decided == null ? null : decided.by(); }
    public String getDecisionReason() { return decided == null ? null : decided.note(); }
    public String getPolicyVersion() { return policyVersion; }
}
