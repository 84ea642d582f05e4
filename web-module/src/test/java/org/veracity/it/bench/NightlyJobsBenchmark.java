package org.veracity.it.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.veracity.it.support.Deployments;

/**
 * Not a test: times the nightly jobs on PostgreSQL in a real Payara Micro (docs/benchmarks.md has the
 * commands and the figures). It makes its own database {@code veracity_jobs_bench}, deploys the test WAR
 * (for its job-control endpoints) on port 8282, and prints one line per measurement.
 *
 * <pre>
 * expire  N          N lapsed demotions: one SQL UPDATE closing them, then expire-demotions closing the same rows
 * rebuild LINES TOPN [RUNS]  a generated LINES-line ranking (host names, header, CRLF) through
 *                    rebuild-exemption-list, RUNS times (default 1; the first run is on a cold server)
 * </pre>
 */
public final class NightlyJobsBenchmark {

    static final String DATABASE = "veracity_jobs_bench";

    private final Path module;
    private final String pgUrl = System.getProperty("veracity.it.pgUrl", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private final String pgUser = System.getProperty("veracity.it.pgUser", "postgres");
    private final int port = Integer.getInteger("bench.port", 8282);
    private final HttpClient http = HttpClient.newHttpClient();
    private Process micro;

    private NightlyJobsBenchmark(Path module) {
        this.module = module;
    }

    public static void main(String[] args) throws Exception {
        Path module = Files.isDirectory(Path.of("web-module")) ? Path.of("web-module") : Path.of(".");
        NightlyJobsBenchmark bench = new NightlyJobsBenchmark(module.toAbsolutePath().normalize());
        try {
            bench.boot();
            switch (args[0]) {
                case "expire" -> bench.expire(Integer.parseInt(args[1]));
                case "rebuild" -> bench.rebuild(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                        args.length > 3 ? Integer.parseInt(args[3]) : 1);
                default -> throw new IllegalArgumentException("expire N | rebuild LINES TOPN [RUNS]");
            }
        } finally {
            bench.shutdown();
        }
    }

    private void expire(int n) throws Exception {
        seedLapsedDemotions(n);
        long t = System.nanoTime();
        int updated;
        try (Connection c = bench(); Statement s = c.createStatement()) {
            updated = s.executeUpdate("UPDATE demotion SET closed_at = now() WHERE closed_at IS NULL AND ends_at <= now()");
        }
        double sql = seconds(t);
        try (Connection c = bench(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE demotion SET closed_at = NULL");
            s.execute("VACUUM ANALYZE demotion");
        }
        t = System.nanoTime();
        // -Dbench.chunkSize=N and -Dbench.partitions=N override the job's defaults.
        List<String> parameters = new ArrayList<>();
        for (String name : List.of("chunkSize", "partitions")) {
            String value = System.getProperty("bench." + name, "");
            if (!value.isEmpty()) {
                parameters.add(name + "=" + value);
            }
        }
        String run = awaitEnd(post("/api/test/jobs/expire-demotions/start", String.join("&", parameters)));
        double job = seconds(t);
        long closed = count("SELECT count(*) FROM demotion WHERE closed_at IS NOT NULL");
        long events = count("SELECT count(*) FROM audit_event WHERE action = 'DEMOTION_EXPIRED'");
        System.out.printf(Locale.ROOT, "expire-demotions n=%d: UPDATE %d rows %.2f s | job %.2f s (%s) closed=%d"
                + " events=%d | ratio %.1fx, %.0f rows/s | load %s%n", n, updated, sql, job, run, closed, events,
                job / sql, n / job, loadAverage());
        // R21: the events appended in batches must still form one unbroken chain.
        t = System.nanoTime();
        String chain = awaitEnd(post("/api/test/jobs/verify-audit-chain/start", ""));
        System.out.printf(Locale.ROOT, "verify-audit-chain: %.2f s (%s)%n", seconds(t), chain);
    }

    private void rebuild(int lines, int topN, int runs) throws Exception {
        Path file = module.resolve("target/bench/ranking-" + lines + ".csv");
        writeRanking(file, lines);
        for (int i = 1; i <= runs; i++) {
            long t = System.nanoTime();
            String run = awaitEnd(post("/api/test/jobs/rebuild-exemption-list/start",
                    "file=" + file + "&topN=" + topN));
            System.out.printf(Locale.ROOT, "rebuild-exemption-list run %d lines=%d topN=%d: %.2f s (%s) | load %s%n", i,
                    lines, topN, seconds(t), run, loadAverage());
        }
    }

    /** The machine's 1-, 5- and 15-minute load averages (it is shared: every figure is read with them). */
    private static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }

    /** Host names as other rankings list them: subdomains, several hosts of one domain, a header and CRLF. */
    private static void writeRanking(Path file, int lines) throws IOException {
        Files.createDirectories(file.getParent());
        String[] suffixes = {"com", "net", "org", "co.uk", "de", "com.au", "io", "fr"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("rank,domain\r\n");
            for (int rank = 1; rank <= lines; rank++) {
                String domain = "site" + (rank / 2) + "." + suffixes[rank % suffixes.length];
                w.write(rank + "," + (rank % 3 == 0 ? "www." : rank % 3 == 1 ? "" : "cdn" + rank % 7 + ".") + domain + "\r\n");
            }
        }
    }

    private void seedLapsedDemotions(int n) throws SQLException {
        try (Connection c = bench(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO content_item (platform_id, author_id, author_kind, posted_at, received_at, views,"
                    + " shares, is_ad, status, version) SELECT 'bench-' || g, 'bench-author', 'PERSON',"
                    + " now() - interval '10 days', now() - interval '10 days', 1000, 10, false, 'ACTIVE', 0"
                    + " FROM generate_series(1, " + n + ") g");
            s.executeUpdate("INSERT INTO demotion (content_id, kind, multiplier, starts_at, ends_at, reason, policy_version)"
                    + " SELECT id, 'TEMPORARY_PENDING_REVIEW', 0.5, now() - interval '9 days', now() - interval '2 days',"
                    + " 'benchmark', 'soft-demotion@v1' FROM content_item WHERE platform_id LIKE 'bench-%'");
            s.execute("VACUUM ANALYZE");
        }
    }

    private void boot() throws Exception {
        try (Connection c = DriverManager.getConnection(pgUrl, pgUser, System.getenv("VERACITY_DB_PASSWORD"));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        }
        Path dir = Files.createDirectories(module.resolve("target/bench"));
        String hostPort = pgUrl.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
        String[] hp = hostPort.split(":");
        Files.writeString(dir.resolve("post-boot.asadmin"), Files.readString(module.resolve("../config/micro/post-boot-postgresql.asadmin"))
                .replace("@PG_HOST@", hp[0]).replace("@PG_PORT@", hp.length > 1 ? hp[1] : "5432")
                .replace("@PG_DATABASE@", DATABASE).replace("@PG_USER@", pgUser));
        System.setProperty("veracity.it.war", module.resolve("target/veracity.war").toString());
        Path war = dir.resolve("ROOT.war");
        Deployments.veracity().as(ZipExporter.class).exportTo(war.toFile(), true);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g"));
        // -Dbench.jvmOptions="-XX:StartFlightRecording=…" profiles the server under the benchmark.
        String jvmOptions = System.getProperty("bench.jvmOptions", "").trim();
        if (!jvmOptions.isEmpty()) {
            cmd.addAll(List.of(jvmOptions.split("\\s+")));
        }
        cmd.addAll(List.of("-jar", module.resolve("target/it/lib/payara-micro.jar").toString(), "--deploy", war.toString(),
                "--port", Integer.toString(port), "--nocluster", "--disablephonehome",
                "--prebootcommandfile", module.resolve("../config/micro/pre-boot.asadmin").toString(),
                "--postbootcommandfile", dir.resolve("post-boot.asadmin").toString(),
                "--addlibs", module.resolve("target/it/lib/postgresql.jar").toString()));
        micro = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("micro.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(uri("/health/ready")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Micro is not listening yet.
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Payara Micro was not ready within 4 minutes; see target/bench/micro.log");
    }

    private void shutdown() throws InterruptedException {
        if (micro != null) {
            micro.destroy();
            micro.waitFor();
        }
    }

    private String awaitEnd(String executionId) throws Exception {
        while (true) {
            String run = http.send(HttpRequest.newBuilder(uri("/api/test/jobs/executions/" + executionId)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (run.matches("^(COMPLETED|FAILED|STOPPED|ABANDONED)\\|.*")) {
                return run;
            }
            Thread.sleep(250);
        }
    }

    private String post(String path, String form) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = bench(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection bench() throws SQLException {
        return DriverManager.getConnection(pgUrl.replaceFirst("/[^/]*$", "/" + DATABASE), pgUser,
                System.getenv("VERACITY_DB_PASSWORD"));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
