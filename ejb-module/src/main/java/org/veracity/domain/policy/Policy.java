package org.veracity.domain.policy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A published policy of the catalogue (R14, R23); its versions say from when each wording applies. */
@Entity
@Table(name = "policy")
public class Policy {

    @Id
    @Column(length = 60)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "rule_ref", nullable = false, length = 20)
    private String ruleRef;

    @Column(nullable = false, length = 2000)
    private String description;

    @OneToMany(mappedBy = "policy", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<PolicyVersion> versions = new ArrayList<>();

    protected Policy() {
    }

    /** The version in effect at a moment, if the policy existed then. */
    public Optional<PolicyVersion> versionAt(Instant t) {
        return versions.stream().filter(v -> !v.getEffectiveFrom().isAfter(t))
                .max(Comparator.comparing(PolicyVersion::getEffectiveFrom));
    }

    /**
     * Adds the next version. It must take effect after the current one and not in the past, since
     * taking effect earlier would reach posts the old wording governed (R14).
     */
    public PolicyVersion publish(Instant effectiveFrom, String summary, Instant now) {
        if (effectiveFrom.isBefore(now)) {
            throw new IllegalArgumentException("must not be in the past: a version never applies to earlier posts");
        }
        PolicyVersion latest = versions.stream().max(Comparator.comparing(PolicyVersion::getNumber)).orElse(null);
        if (latest != null && !effectiveFrom.isAfter(latest.getEffectiveFrom())) {
            throw new IllegalArgumentException("must be after " + latest.getEffectiveFrom() + ", when "
                    + latest.reference() + " took effect");
        }
        PolicyVersion next = new PolicyVersion(this, latest == null ? 1 : latest.getNumber() + 1, effectiveFrom, summary);
        versions.add(next);
        return next;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getRuleRef() { return ruleRef; }
    public String getDescription() { return description; }
    public List<PolicyVersion> getVersions() { return List.copyOf(versions); }
}
