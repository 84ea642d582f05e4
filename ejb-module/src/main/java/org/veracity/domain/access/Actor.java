package org.veracity.domain.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is acting: every service call that changes state names one, and the audit log records it. */
public record Actor(String name, Set<Role> roles, String organisation) {

    public static final Actor SYSTEM = new Actor("veracity", Set.of(Role.SYSTEM));

    public Actor(String name, Set<Role> roles) {
        this(name, roles, null);
    }

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor has a name");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** An integrator acts for the system user that owns its token; a partner's system user is named after the partner. */
    public static Actor integrator(String tokenName, String owner) {
        return new Actor("integrator:" + tokenName, Set.of(Role.INTEGRATOR), owner);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Fact-checkers and partner integrators act for their partner organisation: they see its queue and enqueue
     * within its coverage; a moderator or specialist who also holds one of those roles acts as staff.
     */
    public boolean actsForPartner() {
        return (has(Role.FACT_CHECKER) || has(Role.INTEGRATOR)) && !has(Role.MODERATOR) && !has(Role.SPECIALIST);
    }

    public String roleLabel() {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
