package org.veracity.domain.movement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A movement a specialist designated (R16), e.g. a militarized social movement. From its designation on, its
 * groups are shut down: new content posted to them is removed at intake. With "ban all content", new content
 * matching any of its identifiers is removed too, from its effective moment on. A revocation ends both for
 * content posted afterwards; what was removed stays removed.
 */
@Entity
@Table(name = "movement")
public class Movement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2000)
    private String description;

    @ElementCollection
    @CollectionTable(name = "movement_identifier", joinColumns = @JoinColumn(name = "movement_id"))
    private List<MovementIdentifier> identifiers = new ArrayList<>();

    @Column(name = "ban_all_content", nullable = false)
    private boolean banAllContent;

    @Column(name = "effective_from", nullable = false)
    private Instant effectiveFrom;

    @Column(name = "designated_by", nullable = false, length = 200)
    private String designatedBy;

    @Column(name = "designated_at", nullable = false)
    private Instant designatedAt;

    @Column(name = "revoked_by", length = 200)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    protected Movement() {
    }

    public Movement(String name, String description, List<MovementIdentifier> identifiers, boolean banAllContent,
                    Instant effectiveFrom, String designatedBy, Instant designatedAt) {
        if (identifiers.isEmpty()) {
            throw new IllegalArgumentException("a movement is designated with at least one identifier");
        }
        if (effectiveFrom.isBefore(designatedAt)) {
            throw new IllegalArgumentException("a designation never takes effect before it is made");
        }
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
        this.identifiers = new ArrayList<>(identifiers.stream().distinct().toList());
        this.banAllContent = banAllContent;
        this.effectiveFrom = effectiveFrom;
        this.designatedBy = Objects.requireNonNull(designatedBy);
        this.designatedAt = designatedAt;
    }

    /** Whether the designation stood when a post was made: designated by then and not yet revoked. */
    public boolean isDesignatedAt(Instant postedAt) {
        return !postedAt.isBefore(designatedAt) && (revokedAt == null || postedAt.isBefore(revokedAt));
    }

    /** Whether a post made at {@code postedAt} in group {@code groupId} went to one of its shut-down groups. */
    public Optional<MovementIdentifier> shutDownGroup(String groupId, Instant postedAt) {
        if (groupId == null || !isDesignatedAt(postedAt)) {
            return Optional.empty();
        }
        return identifiers.stream().filter(i -> i.getKind() == IdentifierKind.GROUP)
                .filter(i -> i.recognises(groupId, null)).findFirst();
    }

    /** Whether all content matching this movement was banned when a post was made. */
    public boolean bansContentAt(Instant postedAt) {
        return banAllContent && !postedAt.isBefore(effectiveFrom) && isDesignatedAt(postedAt);
    }

    /** The first hashtag or phrase of this movement in a post's text. */
    public Optional<MovementIdentifier> matchInText(PostText text) {
        return identifiers.stream().filter(i -> i.getKind() != IdentifierKind.GROUP)
                .filter(i -> i.recognises(null, text)).findFirst();
    }

    public List<String> groupIds() {
        return identifiers.stream().filter(i -> i.getKind() == IdentifierKind.GROUP).map(MovementIdentifier::getWritten)
                .toList();
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(String by, Instant at, String reason) {
        if (revokedAt != null) {
            throw new IllegalStateException("movement " + id + " was already revoked");
        }
        this.revokedBy = by;
        this.revokedAt = at;
        this.revocationReason = reason;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public List<MovementIdentifier> getIdentifiers() { return List.copyOf(identifiers); }
    public boolean isBanAllContent() { return banAllContent; }
    public Instant getEffectiveFrom() { return effectiveFrom; }
    public String getDesignatedBy() { return designatedBy; }
    public Instant getDesignatedAt() { return designatedAt; }
    public String getRevokedBy() { return revokedBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevocationReason() { return revocationReason; }
}
