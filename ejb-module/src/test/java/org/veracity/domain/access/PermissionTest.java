package org.veracity.domain.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PermissionTest {

    private static Set<Permission> grantedTo(Role role) {
        return Arrays.stream(Permission.values()).filter(p -> p.grantedTo(Set.of(role)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
    }

    @Test
    void a_fact_checker_sees_its_queue_workbench_disputes_and_queue_items_and_nothing_else() {
        assertEquals(EnumSet.of(Permission.VIEW_QUEUE, Permission.VIEW_ITEM, Permission.WORK_ON_CLAIMS,
                Permission.ENQUEUE, Permission.VIEW_DISPUTES, Permission.ANSWER_DISPUTES,
                Permission.CHANGE_OWN_PASSWORD), grantedTo(Role.FACT_CHECKER));
    }

    @Test
    void a_partner_admin_manages_users_and_tokens_only() {
        assertEquals(EnumSet.of(Permission.MANAGE_USERS, Permission.MANAGE_TOKENS, Permission.CHANGE_OWN_PASSWORD),
                grantedTo(Role.PARTNER_ADMIN));
    }

    @Test
    void only_admins_manage_partners_and_run_jobs_at_the_desk() {
        for (Role role : Role.DESK_ROLES) {
            assertEquals(role == Role.ADMIN, Permission.MANAGE_PARTNERS.grantedTo(Set.of(role)), role.name());
            assertEquals(role == Role.ADMIN, Permission.RUN_JOBS.grantedTo(Set.of(role)), role.name());
        }
    }

    @Test
    void the_refusal_names_the_action_and_the_roles_that_may() {
        Actor checker = new Actor("frances", Set.of(Role.FACT_CHECKER), "Partner");
        NotPermittedException e = assertThrows(NotPermittedException.class,
                () -> Permissions.require(checker, "suspending an account", Permission.SUSPEND_ACCOUNTS));
        assertEquals("suspending an account needs the role SPECIALIST; frances has FACT_CHECKER", e.getMessage());
        assertDoesNotThrow(() -> Permissions.require(checker, Permission.WORK_ON_CLAIMS));
    }

    @Test
    void every_permission_is_held_by_someone_and_integrators_hold_only_api_work() {
        for (Permission p : Permission.values()) {
            assertFalse(p.roles().isEmpty(), p.name());
        }
        assertEquals(EnumSet.of(Permission.WORK_ON_CLAIMS, Permission.RECORD_DISPUTES, Permission.MANAGE_SUBSCRIPTIONS,
                        Permission.RECORD_SPONSORSHIPS, Permission.REPORT_ESCALATIONS, Permission.VIEW_COORDINATION),
                grantedTo(Role.INTEGRATOR));
    }
}
