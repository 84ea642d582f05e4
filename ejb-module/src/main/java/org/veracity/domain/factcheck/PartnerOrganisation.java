package org.veracity.domain.factcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Locale;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.importance.TextList;

/** A third-party fact-checking partner; it reviews items in its languages and regions (R7). */
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Convert(converter = TextList.class)
    @Column(nullable = false, length = 1000)
    private List<String> languages;

    @Convert(converter = TextList.class)
    @Column(nullable = false, length = 1000)
    private List<String> regions;

    @Column(length = 200)
    private String contact;

    /** R20: what kind of organisation; fact-checkers unless classified otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationKind kind = OrganisationKind.FACT_CHECKER;

    /** R20: its size band (null: not classified); escalation service levels are published by it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "size_band", length = 20)
    private SizeBand sizeBand;

    /** R20: its staff or budget band as the organisation states it, e.g. "3 staff" or "budget under $1M". */
    @Column(name = "staff_band", length = 100)
    private String staffBand;

    protected PartnerOrganisation() {
    }

    public PartnerOrganisation(String name, List<String> languages, List<String> regions) {
        this.name = name;
        this.languages = List.copyOf(languages);
        this.regions = List.copyOf(regions);
    }

    public void describe(List<String> newLanguages, List<String> newRegions, String newContact) {
        this.languages = List.copyOf(newLanguages);
        this.regions = List.copyOf(newRegions);
        this.contact = newContact;
    }

    /** R20: records the organisation's kind and size; a partner's size band is never {@link SizeBand#PUBLIC}. */
    public void classify(OrganisationKind newKind, SizeBand newBand, String newStaffBand) {
        if (newBand == SizeBand.PUBLIC) {
            throw new IllegalArgumentException("a partner organisation is national, statewide or local");
        }
        this.kind = java.util.Objects.requireNonNull(newKind);
        this.sizeBand = newBand;
        this.staffBand = newStaffBand == null || newStaffBand.isBlank() ? null : newStaffBand.strip();
    }

    /** Whether this partner reviews the item: its primary language and region are among the partner's. */
    public boolean covers(ContentItem item) {
        String language = item.getLanguage() == null ? "" : item.getLanguage().toLowerCase(Locale.ROOT).split("-")[0];
        String region = item.getRegion() == null ? "" : item.getRegion().toLowerCase(Locale.ROOT);
        return languages.contains(language) && regions.contains(region);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public List<String> getLanguages() { return languages; }
    public List<String> getRegions() { return regions; }
    public String getContact() { return contact; }
    public OrganisationKind getKind() { return kind; }
    public SizeBand getSizeBand() { return sizeBand; }
    public String getStaffBand() { return staffBand; }
}
