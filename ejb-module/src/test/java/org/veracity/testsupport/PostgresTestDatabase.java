package org.veracity.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throw-away PostgreSQL database for one test. PostgreSQL is mandatory when the system property
 * {@code veracity.it.requirePostgres} is true (CI); otherwise an unreachable server skips the test
 * and says so loudly.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    private final String adminUrl;
    private final String user;
    private final String name;

    private PostgresTestDatabase(String adminUrl, String user, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.name = name;
    }

    public static PostgresTestDatabase create(String prefix) {
        String url = System.getProperty("veracity.it.pgUrl", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("veracity.it.pgUser", "postgres");
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url, user, System.getenv("VERACITY_DB_PASSWORD"));
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (Boolean.getBoolean("veracity.it.requirePostgres")) {
                throw new IllegalStateException("PostgreSQL is required (veracity.it.requirePostgres=true) but "
                        + url + " is not reachable: " + e.getMessage(), e);
            }
            System.err.println("\n*** SKIPPED: PostgreSQL at " + url + " is not reachable (" + e.getMessage()
                    + "); PostgreSQL tests did not run. CI runs them with -Dveracity.it.requirePostgres=true. ***\n");
            Assumptions.abort("PostgreSQL not reachable at " + url);
        }
        return new PostgresTestDatabase(url, user, name);
    }

    public PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name);
        ds.setUser(user);
        ds.setPassword(System.getenv("VERACITY_DB_PASSWORD"));
        return ds;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, System.getenv("VERACITY_DB_PASSWORD"));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
