package org.veracity.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class WriteConflictsTest {

    @Test
    void a_unique_key_taken_by_a_concurrent_insert_is_a_conflict_however_deeply_wrapped() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        assertTrue(WriteConflicts.isConflict(new RuntimeException(new PersistenceException(unique))));
    }

    @Test
    void deadlocks_and_lock_timeouts_of_postgresql_and_h2_are_conflicts() {
        assertTrue(WriteConflicts.isConflict(new SQLException("deadlock detected", "40P01")));
        assertTrue(WriteConflicts.isConflict(new SQLException("Deadlock detected", "40001")));
        assertTrue(WriteConflicts.isConflict(new SQLException("Timeout trying to lock table", "HYT00")));
    }

    @Test
    void other_database_failures_are_not_conflicts() {
        assertFalse(WriteConflicts.isConflict(new SQLException("value too long", "22001")));
        assertFalse(WriteConflicts.isConflict(new PersistenceException("no cause")));
        assertFalse(WriteConflicts.isConflict(new SQLException("no state")));
    }
}
