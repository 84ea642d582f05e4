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
import java.time.Instant;

/** One period in which a break-glass measure was active: who switched it on and off, when and why. */
@Entity
@Table(name = "break_glass_activation")
public class BreakGlassActivation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "measure_id")
    private BreakGlassMeasure measure;

    @Column(name = "activated_at", nullable = false)
    private Instant activatedAt;

    @Column(name = "activated_by", nullable = false, length = 200)
    private String activatedBy;

    @Column(name = "activation_reason", nullable = false, length = 2000)
    private String activationReason;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "deactivated_by", length = 200)
    private String deactivatedBy;

    @Column(name = "deactivation_reason", length = 2000)
    private String deactivationReason;

    protected BreakGlassActivation() {
    }

    BreakGlassActivation(BreakGlassMeasure measure, Instant at, String by, String reason) {
        this.measure = measure;
        this.activatedAt = at;
        this.activatedBy = by;
        this.activationReason = reason;
    }

    void close(String by, Instant at, String reason) {
        deactivatedAt = at;
        deactivatedBy = by;
        deactivationReason = reason;
    }

    public boolean isOpen() {
        return deactivatedAt == null;
    }

    public Long getId() { return id; }
    public BreakGlassMeasure getMeasure() { return measure; }
    public Instant getActivatedAt() { return activatedAt; }
    public String getActivatedBy() { return activatedBy; }
    public String getActivationReason() { return activationReason; }
    public Instant getDeactivatedAt() { return deactivatedAt; }
    public String getDeactivatedBy() { return deactivatedBy; }
    public String getDeactivationReason() { return deactivationReason; }
}
