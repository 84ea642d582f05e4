package org.veracity.domain.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A person who logs in at /desk. The password is kept only as a salted PBKDF2 hash. */
@Entity
@Table(name = "desk_user")
public class DeskUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "desk_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(length = 200)
    private String organisation;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set when an admin chose the password (creation, reset): the user picks their own at next login. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected DeskUser() {
    }

    public DeskUser(String username, String displayName, String passwordHash, Set<Role> roles, String organisation,
                    boolean demo, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.organisation = organisation;
        this.demo = demo;
        this.createdAt = createdAt;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /** An admin chose this password: it works once, to choose a new one. */
    public void resetPasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
    }

    public void changeRoles(Set<Role> newRoles) {
        this.roles = EnumSet.copyOf(newRoles);
    }

    public void moveTo(String newOrganisation) {
        this.organisation = newOrganisation;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public Actor asActor() {
        return new Actor(username, roles, organisation);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public String getOrganisation() { return organisation; }
    public boolean isEnabled() { return enabled; }
    public boolean isDemo() { return demo; }
    public Instant getCreatedAt() { return createdAt; }
    public boolean mustChangePassword() { return mustChangePassword; }
}
