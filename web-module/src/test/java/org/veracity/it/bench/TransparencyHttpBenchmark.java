package org.veracity.it.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.VeracityIT;

/**
 * Not a test (its name does not end in IT, so {@code mvn verify} leaves it out): issue 13's end-to-end benchmark on
 * Payara Micro and PostgreSQL. Grows the server's own database in stages (default 100,000 items and 500,000 audit
 * events, then 1,000,000 and 5,000,000) with SQL {@code generate_series}; at each stage runs the real
 * {@code recompute-transparency} job and times it from the client, then requests every public page under
 * {@code /transparency/} and every open-data JSON answer from {@code CLIENTS} concurrent clients and prints
 * p50/p95/p99 per address, with the load average. docs/benchmarks.md has the command and the figures. Run it like
 * one IT class, on a database of its own: {@code -Dit.test=TransparencyHttpBenchmark -Dveracity.it.database=…}.
 */
class TransparencyHttpBenchmark extends VeracityIT {

    /** items:events per stage; each stage adds to the previous one. */
    private static final String STAGES = System.getProperty("veracity.bench.stages", "100000:500000,1000000:5000000");
    private static final int REQUESTS = Integer.getInteger("veracity.bench.requests", 200);
    /** Concurrent clients; a list ("1,4") measures each address once per number. */
    private static final String CLIENTS = System.getProperty("veracity.bench.clients", "4");
    private static final int WARM_UP = Integer.getInteger("veracity.bench.warmUp", 20);
    private static final int REGIONS = 20;
    private static final Path REPORT = Path.of("target", "transparency-http-bench.md");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void measure() throws Exception {
        Files.writeString(REPORT, "| stage | clients | address | p50 ms | p95 ms | p99 ms | max ms | bytes | load (1/5/15) |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        int items = 0;
        int events = 0;
        try (Connection db = database()) {
            try (Statement s = db.createStatement()) {
                s.execute("INSERT INTO partner_organisation (name, languages, regions) VALUES ('HTTP bench partner', 'en',"
                        + " 'AX')");
            }
            for (String stage : STAGES.split(",")) {
                int toItems = Integer.parseInt(stage.split(":")[0]);
                int toEvents = Integer.parseInt(stage.split(":")[1]);
                long t = System.nanoTime();
                grow(db, items, toItems, events, toEvents);
                items = toItems;
                events = toEvents;
                String label = String.format(Locale.ROOT, "%,d items / %,d events", items, events);
                print(String.format(Locale.ROOT, "%s: seeded in %.1f s (load %s)", label, seconds(t), load()));
                for (int run = 1; run <= 2; run++) {
                    t = System.nanoTime();
                    String status = post("/api/test/transparency/recompute");
                    print(String.format(Locale.ROOT, "%s: recompute-transparency run %d %s in %.1f s (load %s)", label,
                            run, status.trim(), seconds(t), load()));
                }
                long ratingId;
                try (Statement s = db.createStatement();
                     ResultSet rs = s.executeQuery("SELECT max(id) FROM rating WHERE superseded_at IS NULL")) {
                    rs.next();
                    ratingId = rs.getLong(1);
                }
                if (stage.equals(STAGES.split(",")[0])) {
                    // The first requests to each page compile it and warm the JIT: not part of any figure.
                    for (String address : addresses(ratingId)) {
                        for (int i = 0; i < 5 * WARM_UP; i++) {
                            get(address);
                        }
                    }
                }
                for (String clients : CLIENTS.split(",")) {
                    for (String address : addresses(ratingId)) {
                        measure(label, address, Integer.parseInt(clients.trim()));
                    }
                }
            }
        }
        print("report: " + REPORT.toAbsolutePath());
    }

    private static List<String> addresses(long ratingId) {
        return List.of(
                "/transparency/index.xhtml",
                "/transparency/enforcement.xhtml",
                "/transparency/enforcement.xhtml?region=AX",
                "/transparency/fact-checking.xhtml",
                "/transparency/fact-checks.xhtml",
                "/transparency/fact-check.xhtml?id=" + ratingId,
                "/transparency/exemptions.xhtml",
                "/transparency/open-data.xhtml",
                "/transparency/coordination.xhtml",
                "/transparency/escalations.xhtml",
                "/transparency/political-ads.xhtml",
                "/api/v1/transparency",
                "/api/v1/transparency/enforcement",
                "/api/v1/transparency/enforcement?region=AX",
                "/api/v1/transparency/fact-checking",
                "/api/v1/transparency/fact-checks",
                "/api/v1/transparency/claim-reviews",
                "/api/v1/transparency/exemptions",
                "/api/v1/transparency/escalations",
                "/api/v1/transparency/political-ads",
                "/api/v1/transparency/audit-checkpoints");
    }

    /** WARM_UP requests, then REQUESTS from CLIENTS threads at once, each timed from send to the last byte. */
    private void measure(String label, String address, int clientCount) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            get(address);
        }
        String loadBefore = load();
        ExecutorService clients = Executors.newFixedThreadPool(clientCount);
        List<Future<List<long[]>>> work = new ArrayList<>();
        for (int c = 0; c < clientCount; c++) {
            int share = REQUESTS / clientCount + (c < REQUESTS % clientCount ? 1 : 0);
            work.add(clients.submit(() -> {
                List<long[]> mine = new ArrayList<>();
                for (int i = 0; i < share; i++) {
                    mine.add(get(address));
                }
                return mine;
            }));
        }
        List<Double> ms = new ArrayList<>();
        long bytes = 0;
        for (Future<List<long[]>> f : work) {
            for (long[] r : f.get()) {
                ms.add(r[0] / 1e6);
                bytes = r[1];
            }
        }
        clients.shutdown();
        Collections.sort(ms);
        String line = String.format(Locale.ROOT, "| %s | %d | `%s` | %.1f | %.1f | %.1f | %.1f | %,d | %s → %s |", label,
                clientCount, address,
                percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), ms.get(ms.size() - 1), bytes, loadBefore, load());
        print(line);
        Files.writeString(REPORT, line + "\n", java.nio.file.StandardOpenOption.APPEND);
    }

    /** One GET: nanoseconds and body bytes; anything but 200 stops the benchmark. */
    private long[] get(String address) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + address)).timeout(Duration.ofMinutes(2))
                .header("Accept", address.startsWith("/api/") ? "application/json" : "text/html").GET().build();
        long t = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - t;
        if (response.statusCode() != 200) {
            throw new AssertionError(address + " answered " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return new long[] {took, response.body().length};
    }

    private String post(String address) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + address)).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(address + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /**
     * Items {@code fromItems+1 … toItems} in 20 regions (one author in ten a page), one in 50 queued and rated FALSE,
     * PARTLY_FALSE, TRUE or MISSING_CONTEXT by the bench partner; audit events {@code fromEvents+1 … toEvents} over
     * the last 364 days, a fifth of them enforcements citing one of 8 policy versions, spread evenly over the items
     * (so over every region).
     * Their sequence numbers start far above the server's own chain, which stays intact and unaware of them.
     */
    private static void grow(Connection db, int fromItems, int toItems, int fromEvents, int toEvents) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO content_item (platform_id, author_id, author_kind, region, posted_at, received_at, views,"
                    + " shares, is_ad, status, version, url) SELECT 'hb-' || g, 'hb-author-' || (g % 50000),"
                    + " CASE WHEN g % 10 = 0 THEN 'PAGE' ELSE 'PERSON' END, chr(65 + g % " + REGIONS + ") || 'X',"
                    + " now() - interval '400 days', now() - interval '400 days', 100, 1, FALSE, 'ACCEPTED', 0,"
                    + " 'https://bench.example/' || g FROM generate_series(" + (fromItems + 1) + ", " + toItems + ") g");
            s.execute("INSERT INTO factcheck_queue_entry (content_id, route, status, priority, enqueued_at, enqueued_by,"
                    + " version) SELECT id, CASE WHEN id % 7 = 0 THEN 'MANUAL' ELSE 'PREDICTED' END, 'RATED', 1,"
                    + " now() - interval '300 days' + (id % 290) * interval '1 day', 'veracity', 0 FROM content_item"
                    + " WHERE platform_id LIKE 'hb-%' AND id % 50 = 0 AND NOT EXISTS (SELECT 1 FROM factcheck_queue_entry q"
                    + " WHERE q.content_id = content_item.id)");
            s.execute("INSERT INTO rating (content_id, organisation_id, rater, verdict, claim, article_url, summary, rated_at)"
                    + " SELECT q.content_id, (SELECT id FROM partner_organisation WHERE name = 'HTTP bench partner'),"
                    + " 'bench-checker', (ARRAY['FALSE','PARTLY_FALSE','TRUE','MISSING_CONTEXT'])[1 + q.content_id % 4],"
                    + " 'Bench claim ' || q.content_id, 'https://factcheck.example/' || q.content_id, 's',"
                    + " q.enqueued_at + (q.content_id % 72) * interval '1 hour' FROM factcheck_queue_entry q"
                    + " WHERE NOT EXISTS (SELECT 1 FROM rating r WHERE r.content_id = q.content_id)");
            s.execute("INSERT INTO audit_event (seq, occurred_at, actor, actor_role, subject_type, subject_id, action,"
                    + " policy_version, reason, previous_hash, hash, chain_position) SELECT 1000000000 + g,"
                    + " now() - (g % 364) * interval '1 day' - (g % 86400) * interval '1 second', 'bench', 'MODERATOR',"
                    + " 'CONTENT', 'hb-' || (1 + (g / 5) % " + toItems + "),"
                    + " CASE WHEN g % 5 = 0 THEN (ARRAY['REMOVED','DEMOTED','LABELLED','BLOCKED'])[1 + g % 4]"
                    + " ELSE 'INTAKE_ACCEPTED' END,"
                    + " CASE WHEN g % 5 = 0 THEN 'policy-' || (g % 8) || '@v1' END, NULL, 'x', 'y', 1000000000 + g"
                    + " FROM generate_series(" + (fromEvents + 1) + ", " + toEvents + ") g");
            s.execute("VACUUM ANALYZE");
        }
    }

    /** The server's own database, as the IT set-up wrote it to target/it/database.txt. */
    private static Connection database() throws IOException, SQLException {
        String chosen = Files.readString(Path.of("target", "it", "database.txt")).trim();
        if (!chosen.startsWith("postgresql ")) {
            throw new IllegalStateException("the benchmark needs PostgreSQL (-Dveracity.it.requirePostgres=true): " + chosen);
        }
        Connection c = DriverManager.getConnection("jdbc:" + chosen.replace(' ', ':').replaceFirst(":", "://"),
                System.getProperty("veracity.it.pgUser", "postgres"), System.getenv("VERACITY_DB_PASSWORD"));
        c.setAutoCommit(true);
        return c;
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String load() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    private static void print(String line) {
        System.out.println("TRANSPARENCY-HTTP-BENCH " + line);
    }
}
