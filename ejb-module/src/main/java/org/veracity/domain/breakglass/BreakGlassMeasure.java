package org.veracity.domain.breakglass;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.veracity.domain.importance.IssueOfImportance;

/**
 * R10: a policy package prepared in advance for an issue of importance ("RFH for political content —
 * US 2020 general election"). It does nothing until a policy lead activates it, and stops when one
 * deactivates it; each activation is a {@link BreakGlassActivation}.
 */
@Entity
@Table(name = "break_glass_measure")
public class BreakGlassMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2000)
    private String description;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "issue_id")
    private IssueOfImportance issue;

    /** The policy the measure switches on, e.g. repeatedly-fact-checked-hoaxes. */
    @Column(name = "policy_code", nullable = false, length = 60)
    private String policyCode;

    @Column(name = "prepared_by", nullable = false, length = 200)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;

    /** Set while the measure is active. */
    @Column(name = "active_since")
    private Instant activeSince;

    @Version
    private long version;

    protected BreakGlassMeasure() {
    }

    /** A new measure is always inactive. */
    public BreakGlassMeasure(String name, String description, IssueOfImportance issue, String policyCode,
                             String preparedBy, Instant preparedAt) {
        this.name = name;
        this.description = description;
        this.issue = issue;
        this.policyCode = policyCode;
        this.preparedBy = preparedBy;
        this.preparedAt = preparedAt;
    }

    /** Switches the measure on; empty when it already is (nothing changes then). */
    public Optional<BreakGlassActivation> activate(String by, Instant at, String reason) {
        if (isActive()) {
            return Optional.empty();
        }
        activeSince = at;
        return Optional.of(new BreakGlassActivation(this, at, by, reason));
    }

    /** Switches the measure off, closing its open activation; false when it was not active. */
    public boolean deactivate(BreakGlassActivation open, String by, Instant at, String reason) {
        if (!isActive()) {
            return false;
        }
        open.close(by, at, reason);
        activeSince = null;
        return true;
    }

    public boolean isActive() {
        return activeSince != null;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public IssueOfImportance getIssue() { return issue; }
    public String getPolicyCode() { return policyCode; }
    public String getPreparedBy() { return preparedBy; }
    public Instant getPreparedAt() { return preparedAt; }
    public Instant getActiveSince() { return activeSince; }
}
