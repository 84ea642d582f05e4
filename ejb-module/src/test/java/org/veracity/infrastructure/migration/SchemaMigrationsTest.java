package org.veracity.infrastructure.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.veracity.testsupport.PostgresTestDatabase;

/** The same migrations build the schema on the embedded database of the demo run and on PostgreSQL. */
class SchemaMigrationsTest {

    @Test
    void migrations_build_the_schema_on_embedded_h2() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        assertSchemaBuiltAndStable(h2, FlywayMigrations.H2_MIGRATIONS);
    }

    @Test
    void migrations_build_the_schema_on_postgresql() throws SQLException {
        try (PostgresTestDatabase db = PostgresTestDatabase.create("veracity_migrations")) {
            assertSchemaBuiltAndStable(db.dataSource(), FlywayMigrations.POSTGRESQL_MIGRATIONS);
        }
    }

    private static void assertSchemaBuiltAndStable(DataSource ds, String vendor) throws SQLException {
        MigrateResult first = flyway(ds, vendor).migrate();
        assertEquals(latestMigrationVersion(), first.targetSchemaVersion);
        assertEquals(0, flyway(ds, vendor).migrate().migrationsExecuted, "a second run must change nothing");
        assertEquals(18, count(ds, "select count(*) from policy"));
        assertEquals(1, count(ds, "select count(*) from policy_version where policy_code = 'militarized-language-polling-places'"
                + " and effective_from = TIMESTAMP WITH TIME ZONE '2020-10-07 00:00:00+00'"));
        assertEquals(0, count(ds, "select last_seq from audit_chain_head where id = 1"));
        assertEquals(65, count(ds, "select count(*) from audit_chain_head"), "chain 0, before V28, and 64 by subject");
        assertEquals(1, count(ds, "select nextval('audit_event_seq')"));
    }

    @Test
    void an_upgraded_database_keeps_its_chain_as_chain_0_and_numbers_new_events_after_it() throws SQLException {
        try (PostgresTestDatabase db = PostgresTestDatabase.create("veracity_migrations_upgrade")) {
            DataSource ds = db.dataSource();
            Flyway.configure().dataSource(ds).locations(FlywayMigrations.MIGRATIONS, FlywayMigrations.POSTGRESQL_MIGRATIONS)
                    .target("27").load().migrate();
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                for (int seq = 1; seq <= 3; seq++) {
                    s.execute("insert into audit_event (seq, occurred_at, actor, actor_role, subject_type, subject_id,"
                            + " action, previous_hash, hash) values (" + seq + ", now(), 'a', 'r', 'CONTENT', 'x', 'LABELLED',"
                            + " 'p" + seq + "', 'h" + seq + "')");
                }
                s.execute("update audit_chain_head set last_seq = 3, last_hash = 'h3' where id = 1");
            }
            flyway(ds, FlywayMigrations.POSTGRESQL_MIGRATIONS).migrate();
            assertEquals(3, count(ds, "select count(*) from audit_event where chain = 0 and chain_position = seq"));
            assertEquals(3, count(ds, "select last_position from audit_chain_head where id = 0 and last_seq = 3"
                    + " and last_hash = 'h3'"));
            assertEquals(0, count(ds, "select count(*) from audit_chain_head where id > 0 and last_seq > 0"));
            assertEquals(4, count(ds, "select nextval('audit_event_seq')"), "new events are numbered after the old");
        }
    }

    /** The highest V<n>__ file shipped (both databases have every version), so the test follows new migrations without being edited. */
    private static String latestMigrationVersion() {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/db"))) {
            return Integer.toString(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Flyway flyway(DataSource ds, String vendor) {
        return Flyway.configure().dataSource(ds).locations(FlywayMigrations.MIGRATIONS, vendor).load();
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
