package org.veracity.domain.access;

import java.util.stream.Collectors;

/** Who may do what (DESIGN §1), checked where the use case runs so every boundary gets the same answer. */
public final class Permissions {

    private Permissions() {
    }

    /** Refuses unless the actor holds one of the roles {@link Permission} grants it to. */
    public static void require(Actor actor, Permission permission) {
        if (!permission.grantedTo(actor)) {
            throw new NotPermittedException(permission.name().toLowerCase().replace('_', ' ') + " needs the role "
                    + permission.roles().stream().sorted().map(Role::name).collect(Collectors.joining(" or "))
                    + "; " + actor.name() + " has " + actor.roleLabel());
        }
    }

    /** The same, naming the action in the refusal ("removing content needs the role …"). */
    public static void require(Actor actor, String action, Permission permission) {
        if (!permission.grantedTo(actor)) {
            throw new NotPermittedException(action + " needs the role " + permission.roles().stream().sorted()
                    .map(Role::name).collect(Collectors.joining(" or ")) + "; " + actor.name() + " has " + actor.roleLabel());
        }
    }
}
