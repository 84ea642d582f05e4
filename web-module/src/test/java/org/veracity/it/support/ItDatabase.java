package org.veracity.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Runs before Payara Micro boots for the integration tests (exec-maven-plugin, pre-integration-test):
 * makes a fresh PostgreSQL database ({@code veracity_it} unless {@code veracity.it.database} names another) and writes the post-boot command file that
 * points Veracity's datasource at it. When PostgreSQL is unreachable it falls back to H2 with a loud
 * warning, unless {@code veracity.it.requirePostgres} is true (CI), in which case the build fails.
 */
public final class ItDatabase {

    static final String DATABASE = System.getProperty("veracity.it.database", "veracity_it");

    private ItDatabase() {
    }

    public static void main(String[] args) throws IOException {
        Path templates = Path.of(args[0]);
        Path itDir = Path.of(args[1]);
        Files.createDirectories(itDir);
        String url = System.getProperty("veracity.it.pgUrl", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("veracity.it.pgUser", "postgres");
        String postBoot;
        String chosen;
        try {
            recreate(url, user);
            String hostPort = url.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
            String[] hp = hostPort.split(":");
            postBoot = Files.readString(templates.resolve("post-boot-postgresql.asadmin"))
                    .replace("@PG_HOST@", hp[0]).replace("@PG_PORT@", hp.length > 1 ? hp[1] : "5432")
                    .replace("@PG_DATABASE@", DATABASE).replace("@PG_USER@", user);
            chosen = "postgresql " + hostPort + "/" + DATABASE;
        } catch (SQLException e) {
            if (Boolean.getBoolean("veracity.it.requirePostgres")) {
                throw new IllegalStateException("PostgreSQL is required (veracity.it.requirePostgres=true) but " + url
                        + " is not reachable: " + e.getMessage(), e);
            }
            System.err.println("\n*** WARNING: PostgreSQL at " + url + " is not reachable (" + e.getMessage()
                    + "). The integration tests run on embedded H2 instead; the PostgreSQL run is SKIPPED. ***\n");
            Path data = itDir.resolve("h2-data");
            postBoot = Files.readString(templates.resolve("post-boot-h2.asadmin"))
                    .replace("@DATA_DIR@", data.toAbsolutePath().toString());
            chosen = "h2 " + data.toAbsolutePath();
            deleteH2Files(data);
        }
        Files.writeString(itDir.resolve("post-boot.asadmin"), postBoot);
        Files.writeString(itDir.resolve("database.txt"), chosen + "\n");
        writeAuditKey(itDir.resolve("secrets.properties"));
        System.out.println("integration tests use " + chosen.toUpperCase(Locale.ROOT).charAt(0) + chosen.substring(1));
    }

    /**
     * A fresh audit key for this run (issue 9, defect 11), read by Payara Micro with {@code --systemproperties}
     * (arquillian.xml): tests seal the audit chain as a server does, and no key is ever committed.
     */
    private static void writeAuditKey(Path file) throws IOException {
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        Files.deleteIfExists(file);
        Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, "veracity.audit.key=" + java.util.Base64.getEncoder().encodeToString(secret)
                + "\nveracity.audit.key-id=it-run\n"
                // Every IT logs in from 127.0.0.1, so the per-address budget (20 failures) would be shared by the
                // whole suite and lock whichever test came after the throttling test; the per-account limit that
                // AdministrationIT exercises stays at its default.
                + "veracity.login.address-failures=500\n"
                // Issue 13: the daily open-data dumps of the test server.
                + "veracity.transparency.dump-directory=" + file.toAbsolutePath().getParent().resolve("open-data") + "\n");
    }

    private static void recreate(String url, String user) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, System.getenv("VERACITY_DB_PASSWORD"));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private static void deleteH2Files(Path data) throws IOException {
        if (Files.isDirectory(data)) {
            try (var files = Files.walk(data)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
