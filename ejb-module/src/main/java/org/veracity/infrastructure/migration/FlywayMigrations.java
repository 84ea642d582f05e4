package org.veracity.infrastructure.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs the versioned migrations in db/migration. Kept apart from the start-up EJB so that the
 * container's annotation scanning of that bean never has to resolve Flyway's classes.
 */
final class FlywayMigrations {

    private FlywayMigrations() {
    }

    /** Migrates and describes what happened, for the log. */
    static String migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(FlywayMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return "schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, database " + result.database + ")";
    }
}
