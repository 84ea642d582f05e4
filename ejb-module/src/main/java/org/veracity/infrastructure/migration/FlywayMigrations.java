package org.veracity.infrastructure.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs the versioned migrations in db/migration, and those of the database's own folder too: db/vendor/postgresql
 * (the analytics views and role, V24: the embedded H2 of a first run has no analysts) or db/vendor/h2, and both
 * for the statements the two spell differently (V29). Kept apart from the start-up
 * EJB so that the container's annotation scanning of that bean never has to resolve Flyway's classes.
 */
final class FlywayMigrations {

    static final String MIGRATIONS = "classpath:db/migration";
    static final String POSTGRESQL_MIGRATIONS = "classpath:db/vendor/postgresql";
    static final String H2_MIGRATIONS = "classpath:db/vendor/h2";

    private FlywayMigrations() {
    }

    /** Migrates and describes what happened, for the log. */
    static String migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(FlywayMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(isPostgres(dataSource) ? new String[] {MIGRATIONS, POSTGRESQL_MIGRATIONS}
                        : new String[] {MIGRATIONS, H2_MIGRATIONS})
                .load()
                .migrate();
        return "schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, database " + result.database + ")";
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database to migrate: " + e.getMessage(), e);
        }
    }
}
