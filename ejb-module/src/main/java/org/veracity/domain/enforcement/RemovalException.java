package org.veracity.domain.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * R13: a designated exception under which moderators may remove imminent-harm misinformation
 * (COVID-19 anywhere; polio in Pakistan and Afghanistan; Ebola in the DR Congo). Data, with the
 * dates it holds between, so the list changes without a release.
 */
@Entity
@Table(name = "removal_exception")
public class RemovalException {

    @Id
    @Column(length = 60)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    /** ISO 3166-1 alpha-2 codes, comma-separated; null means any region. */
    @Column(length = 200)
    private String regions;

    @Column(name = "effective_from", nullable = false)
    private Instant effectiveFrom;

    @Column(name = "effective_until")
    private Instant effectiveUntil;

    @Column(nullable = false, length = 2000)
    private String description;

    protected RemovalException() {
    }

    public RemovalException(String code, String name, List<String> regions, Instant effectiveFrom,
                            Instant effectiveUntil, String description) {
        this.code = code;
        this.name = name;
        this.regions = regions == null || regions.isEmpty() ? null : String.join(",", regions);
        this.effectiveFrom = effectiveFrom;
        this.effectiveUntil = effectiveUntil;
        this.description = description;
    }

    /** Ends the exception at {@code at}; one that already ended earlier stays as it was. */
    public void end(Instant at) {
        if (effectiveUntil == null || at.isBefore(effectiveUntil)) {
            effectiveUntil = at.isBefore(effectiveFrom) ? effectiveFrom : at;
        }
    }

    public boolean isInEffectAt(Instant t) {
        return !t.isBefore(effectiveFrom) && (effectiveUntil == null || t.isBefore(effectiveUntil));
    }

    public boolean coversRegion(String region) {
        return regions == null || (region != null && regionList().contains(region));
    }

    /** Why this exception does not let a moderator remove an item of {@code region} at {@code t}; null when it does. */
    public String whyNotApplicable(String region, Instant t) {
        if (!isInEffectAt(t)) {
            return name + " is not in effect now (from " + effectiveFrom
                    + (effectiveUntil == null ? "" : " until " + effectiveUntil) + ")";
        }
        if (!coversRegion(region)) {
            return name + " applies only in " + String.join(", ", regionList()) + "; this item's region is "
                    + (region == null ? "not known" : region);
        }
        return null;
    }

    public List<String> regionList() {
        return regions == null ? List.of() : Arrays.asList(regions.split(","));
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public Instant getEffectiveFrom() { return effectiveFrom; }
    public Instant getEffectiveUntil() { return effectiveUntil; }
    public String getDescription() { return description; }
}
