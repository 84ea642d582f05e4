package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Role;

/** People who log in at /desk. */
public interface DeskUserService {

    /** The user whose name and password match, if enabled. */
    Optional<DeskUserView> verify(String username, String password);

    DeskUserView create(@NotBlank @Pattern(regexp = "[a-z0-9._-]{2,100}", message = "must be 2-100 lower-case letters, digits, dots, dashes or underscores") String username,
                        @NotBlank @Size(max = 200) String displayName,
                        @NotNull @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password,
                        @NotNull @NotEmpty Set<Role> roles, String organisation, boolean demo, @NotNull Actor actor);

    Optional<DeskUserView> find(String username);

    /** The actor a logged-in user acts as: name, roles and partner organisation. */
    Optional<Actor> actorFor(String username);

    record DeskUserView(String username, String displayName, Set<Role> roles, String organisation) {
        public DeskUserView {
            roles = Set.copyOf(roles);
        }
    }
}
