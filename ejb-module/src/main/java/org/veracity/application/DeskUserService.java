package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Role;

/**
 * People who log in at /desk. An ADMIN manages every user; a partner organisation's admin
 * ({@link Role#PARTNER_ADMIN}) only its own organisation's fact-checkers.
 */
public interface DeskUserService {

    String USERNAME = "[a-z0-9._-]{2,100}";
    String USERNAME_RULE = "must be 2-100 lower-case letters, digits, dots, dashes or underscores";
    String PASSWORD_RULE = "must be 12 to 200 characters";

    /**
     * The user whose name and password match, if enabled. Logins are throttled per account and per
     * address; an unknown, disabled or throttled login costs the same password check as a real one
     * where it is made at all, and answers the same empty result.
     */
    Optional<DeskUserView> verify(String username, String password, String address);

    /** A user with a password they chose themselves (demo and test set-up). */
    DeskUserView create(@NotBlank @Pattern(regexp = USERNAME, message = USERNAME_RULE) String username,
                        @NotBlank @Size(max = 200) String displayName,
                        @NotNull @Size(min = 12, max = 200, message = PASSWORD_RULE) String password,
                        @NotNull @NotEmpty Set<Role> roles, String organisation, boolean demo, @NotNull Actor actor);

    /** A user created by an admin: the temporary password works once, to choose their own at first login. */
    DeskUserView invite(@NotBlank @Pattern(regexp = USERNAME, message = USERNAME_RULE) String username,
                        @NotBlank @Size(max = 200) String displayName,
                        @NotNull @Size(min = 12, max = 200, message = PASSWORD_RULE) String temporaryPassword,
                        @NotNull @NotEmpty(message = "choose at least one role") Set<Role> roles,
                        String organisation, @NotNull Actor actor);

    /** Roles and partner membership of an existing user. */
    DeskUserView change(@NotBlank String username, @NotNull @NotEmpty(message = "choose at least one role") Set<Role> roles,
                        String organisation, @NotNull Actor actor);

    /** Disabled users cannot log in, and a logged-in one loses access at the next page. */
    void disable(@NotBlank String username, @NotNull Actor actor);

    void enable(@NotBlank String username, @NotNull Actor actor);

    /** Sets a temporary password; the user must choose a new one at the next login. */
    void resetPassword(@NotBlank String username,
                       @NotNull @Size(min = 12, max = 200, message = PASSWORD_RULE) String temporaryPassword,
                       @NotNull Actor actor);

    /** The logged-in user changes their own password, giving the current one. */
    void changeOwnPassword(@NotBlank String username, @NotNull String currentPassword,
                           @NotNull @Size(min = 12, max = 200, message = PASSWORD_RULE) String newPassword);

    /** The users the actor manages: everyone for an ADMIN, its organisation's members for a partner's admin. */
    List<DeskUserView> list(@NotNull Actor actor);

    Optional<DeskUserView> find(String username);

    /** The actor a logged-in user acts as: name, roles and partner organisation; empty once disabled. */
    Optional<Actor> actorFor(String username);

    record DeskUserView(String username, String displayName, Set<Role> roles, String organisation, boolean enabled,
                        boolean mustChangePassword, Instant createdAt) {
        public DeskUserView {
            roles = Set.copyOf(roles);
        }
    }
}
