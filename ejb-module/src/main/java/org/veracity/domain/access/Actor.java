package org.veracity.domain.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is acting: every service call that changes state names one, and the audit log records it. */
public record Actor(String name, Set<Role> roles) {

    public static final Actor SYSTEM = new Actor("veracity", Set.of(Role.SYSTEM));

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor has a name");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor integrator(String tokenName) {
        return new Actor("integrator:" + tokenName, Set.of(Role.INTEGRATOR));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public String roleLabel() {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
