package org.veracity.domain.offender;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * R8: an author or domain with repeated False/Altered ratings. While in force, all its content
 * (including content posted later) is demoted and its ads are rejected.
 */
@Entity
@Table(name = "repeat_offender")
public class RepeatOffender {

    public enum SubjectKind { AUTHOR, DOMAIN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 10)
    private SubjectKind subjectKind;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private double multiplier;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "policy_version", length = 80)
    private String policyVersion;

    protected RepeatOffender() {
    }

    public RepeatOffender(SubjectKind subjectKind, String subject, Instant startsAt, Instant endsAt, double multiplier,
                          String reason, String policyVersion) {
        this.subjectKind = subjectKind;
        this.subject = subject;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.multiplier = multiplier;
        this.reason = reason;
        this.policyVersion = policyVersion;
    }

    public boolean isInForceAt(Instant t) {
        return isInForceAt(startsAt, endsAt, t);
    }

    public static boolean isInForceAt(Instant startsAt, Instant endsAt, Instant t) {
        return !t.isBefore(startsAt) && t.isBefore(endsAt);
    }

    public Long getId() { return id; }
    public SubjectKind getSubjectKind() { return subjectKind; }
    public String getSubject() { return subject; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public double getMultiplier() { return multiplier; }
    public String getReason() { return reason; }
    public String getPolicyVersion() { return policyVersion; }
}
