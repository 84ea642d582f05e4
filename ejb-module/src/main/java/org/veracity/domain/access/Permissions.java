package org.veracity.domain.access;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Who may do what (DESIGN §1), checked where the use case runs so every boundary gets the same answer. */
public final class Permissions {

    private Permissions() {
    }

    public static void require(Actor actor, String action, Role... anyOf) {
        if (Arrays.stream(anyOf).noneMatch(actor::has)) {
            throw new NotPermittedException(action + " needs the role " + Arrays.stream(anyOf).map(Role::name)
                    .collect(Collectors.joining(" or ")) + "; " + actor.name() + " has " + actor.roleLabel());
        }
    }
}
