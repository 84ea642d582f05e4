package org.veracity.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.veracity.application.internal.DefaultContentQueryService.StaffNames;

class StaffNamesTest {

    @Test
    void staff_see_every_name() {
        assertEquals("alice", StaffNames.SHOWN.name("alice"));
        assertEquals("alice", StaffNames.SHOWN.actor("alice", "MODERATOR"));
    }

    @Test
    void a_partners_fact_checker_sees_its_own_name_and_everyone_elses_role() {
        StaffNames names = new StaffNames("fc-kim");
        assertEquals("fc-kim", names.name("fc-kim"));
        assertEquals("(someone else)", names.name("alice"));
        assertNull(names.name(null), "nobody stays nobody");
        assertEquals("fc-kim", names.actor("fc-kim", "FACT_CHECKER"));
        assertEquals("policy lead", names.actor("pat", "POLICY_LEAD"));
    }
}
