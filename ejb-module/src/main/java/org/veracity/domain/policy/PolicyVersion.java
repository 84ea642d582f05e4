package org.veracity.domain.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One wording of a policy and the moment it takes effect; enforcements cite it as {@code code@vN}. */
@Entity
@Table(name = "policy_version")
public class PolicyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_code")
    private Policy policy;

    @Column(nullable = false)
    private int number;

    @Column(name = "effective_from", nullable = false)
    private Instant effectiveFrom;

    @Column(nullable = false, length = 4000)
    private String summary;

    protected PolicyVersion() {
    }

    PolicyVersion(Policy policy, int number, Instant effectiveFrom, String summary) {
        this.policy = policy;
        this.number = number;
        this.effectiveFrom = effectiveFrom;
        this.summary = summary;
    }

    public String reference() {
        return policy.getCode() + "@v" + number;
    }

    public Policy getPolicy() { return policy; }
    public int getNumber() { return number; }
    public Instant getEffectiveFrom() { return effectiveFrom; }
    public String getSummary() { return summary; }
}
