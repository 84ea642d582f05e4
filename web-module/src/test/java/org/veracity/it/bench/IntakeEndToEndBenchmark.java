package org.veracity.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Form;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Api;
import org.veracity.it.support.SecondInstance;
import org.veracity.it.support.VeracityIT;

/**
 * Not part of the normal run (its name does not end in IT; run it with {@code -Dit.test=IntakeEndToEndBenchmark}):
 * intake end to end over REST (issue 15) on the IT's Payara Micro and PostgreSQL, with every screen active: an
 * active break-glass measure with 10,000 RFH variants, movements designated, accounts suspended, R18's detection
 * on. Batches of 500 from 1, 2 and 4 concurrent clients; then the same with a second instance joined to the first
 * (clients shared out between the two, each instance warmed up first); then, in the same run, the same batches
 * inserted by plain JDBC into the tables intake writes per accepted item: the database's limit. docs/benchmarks.md
 * has the figures.
 */
class IntakeEndToEndBenchmark extends VeracityIT {

    private static final int BATCH = 500;
    private static final int ENTRIES = 1_000;
    private static final int VARIANTS_PER_ENTRY = 10;
    private static final String PASSWORD = "a-long-demo-password";

    private final List<String> hoaxes = new ArrayList<>();
    private final List<String> suspended = new ArrayList<>();
    private String suffix;

    @Test
    void intake_items_per_second_against_plain_jdbc() throws Exception {
        int items = Integer.getInteger("veracity.bench.items", 10_000);
        String jfr = System.getProperty("veracity.bench.jfr", "");
        suffix = UUID.randomUUID().toString().substring(0, 6);
        CoordinationIntakeBenchmark.useVocabulary(5000);
        prepareScreens();
        String writer = api.token("content:write", null);
        StringBuilder report = new StringBuilder("load before: " + ServerProcesses.load() + "\n");
        warmUp(writer, report, 0, List.of(base), 20);
        if (!jfr.isBlank()) {
            jcmd("JFR.start", "name=intake", "settings=profile", "filename=" + Path.of(jfr).toAbsolutePath());
        }
        for (String clients : System.getProperty("veracity.bench.clients", "1,2,4").split(",")) {
            run("rest", Integer.parseInt(clients.strip()), items, writer, report);
        }
        if (!jfr.isBlank()) {
            jcmd("JFR.stop", "name=intake");
        }
        if (Boolean.parseBoolean(System.getProperty("veracity.bench.two", "true"))) {
            try (SecondInstance second = SecondInstance.start()) {
                warmUp(writer, report, 1, List.of(second.base()), 500);
                for (String clients : System.getProperty("veracity.bench.clients", "1,2,4").split(",")) {
                    int n = Integer.parseInt(clients.strip());
                    if (n >= 2) { // at least one client on each instance
                        run("two", n, items, writer, report, List.of(base, second.base()), 300 + 2 * n);
                    }
                }
            }
        }
        for (String clients : System.getProperty("veracity.bench.clients", "1,2,4").split(",")) {
            run("jdbc", Integer.parseInt(clients.strip()), items, writer, report);
        }
        Files.writeString(Path.of("target", "intake-benchmark.txt"), report);
    }

    /**
     * Until the JIT has compiled the intake path: rounds of 10,000 posts until the server's compilers took less than a
     * tenth of the round's time ({@code java.ci.totalTime}), at most {@code veracity.bench.warmup} posts (400,000). A
     * server that takes in posts all day runs compiled code; with a fixed 2,000-post warm-up, C2 compiling was 31 %
     * of the server's CPU in the measured round, and still 55 % after 40,000 posts on this 2-core machine; it fell
     * below a tenth only after 240,000–320,000 posts (per-batch code runs once per 500 posts).
     */
    private void warmUp(String writer, StringBuilder report, int instance, List<URL> through, int firstHour)
            throws Exception {
        int most = Integer.getInteger("veracity.bench.warmup", 400_000);
        for (int round = 0, posts = 0; posts < most; round++, posts += 10_000) {
            long compiling0 = compilerNanos(instance);
            long t0 = System.nanoTime();
            run("warm" + round + "i" + instance + "-", 4, 10_000, writer, report, through, firstHour + 2 * round);
            double share = (compilerNanos(instance) - compiling0) / (double) (System.nanoTime() - t0);
            System.out.printf(Locale.ROOT, "BENCH warm-up round %d of instance %d: compiling %.0f %% of the time%n",
                    round, instance, share * 100);
            if (share < 0.1) {
                report.append(String.format(Locale.ROOT, "warm-up of instance %d: %d posts, until compiling took"
                        + " %.0f %% of a round%n", instance, posts + 10_000, share * 100));
                return;
            }
        }
        report.append("warm-up of instance ").append(instance).append(": ").append(most)
                .append(" posts, compiling still above 10 %\n");
    }

    /** The server JVM's total compiling time so far (HotSpot's java.ci.totalTime, in ticks of sun.os.hrt.frequency). */
    private static long compilerNanos(int instance) throws IOException, InterruptedException {
        long pid = ServerProcesses.payaraPid(instance)
                .orElseThrow(() -> new IllegalStateException("no Payara Micro found"));
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), "PerfCounter.print").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        long ticks = 0;
        long frequency = 1_000_000_000L;
        for (String line : out.split("\n")) {
            if (line.startsWith("java.ci.totalTime=")) {
                ticks = Long.parseLong(line.substring(line.indexOf('=') + 1).strip());
            } else if (line.startsWith("sun.os.hrt.frequency=")) {
                frequency = Long.parseLong(line.substring(line.indexOf('=') + 1).strip());
            }
        }
        return (long) (ticks * (1e9 / frequency));
    }

    /** One measurement of one instance: {@code items} posts in batches of 500, shared out among {@code clients}. */
    private void run(String path, int clients, int items, String writer, StringBuilder report) throws Exception {
        run(path, clients, items, writer, report, List.of(base), 2 + 2 * clients);
    }

    /**
     * One measurement: {@code items} posts in batches of 500, shared out among {@code clients} threads, client k
     * sending to {@code through[k % size]}. Each round's posts are dated in an hour of their own ({@code hoursBefore}
     * now), two hours apart, outside the others' R18 window: the warm-up warms the code, not the hour a measured round
     * is compared with (R18's cost per post grows with the posts of the hour: 80,000 warm-up posts in one hour had
     * made a round cost 4.5 ms a post).
     */
    private void run(String path, int clients, int items, String writer, StringBuilder report, List<URL> through,
                     int hoursBefore) throws Exception {
        String tag = path + clients + "-" + suffix;
        List<String> bodies = new ArrayList<>();
        boolean warm = path.startsWith("warm");
        List<List<Post>> batches = stream(tag, items, new Random(warm ? 1_000 + hoursBefore : clients),
                Instant.now().minus(Duration.ofHours(hoursBefore)));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger blocked = new AtomicInteger();
        AtomicInteger removed = new AtomicInteger();
        if (!path.equals("jdbc")) {
            batches.forEach(b -> bodies.add(json(b)));
        }
        // Opened before the clock starts, so the database backends' CPU time is counted whole (ServerProcesses).
        List<Connection> connections = new ArrayList<>();
        for (int c = 0; path.equals("jdbc") && c < clients; c++) {
            connections.add(connect());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long cpu0 = ServerProcesses.cpuTicks();
        long own0 = ServerProcesses.ownCpuTicks();
        long jvm0 = ServerProcesses.jvmCpuTicks();
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int slot = c;
            done.add(pool.submit(() -> {
                if (path.equals("jdbc")) {
                    for (int b; (b = next.getAndIncrement()) < batches.size(); ) {
                        insertPlainly(connections.get(slot), batches.get(b));
                    }
                } else {
                    try (Api client = new Api(through.get(slot % through.size()))) {
                        for (int b; (b = next.getAndIncrement()) < bodies.size(); ) {
                            JsonObject answer = client.postJsonOk("/api/v1/content", writer, bodies.get(b));
                            assertEquals(BATCH, answer.getJsonArray("results").size());
                            for (JsonObject r : answer.getJsonArray("results").getValuesAs(JsonObject.class)) {
                                String status = r.getString("status", "");
                                (status.equals("BLOCKED") ? blocked : status.equals("REMOVED") ? removed
                                        : new AtomicInteger()).incrementAndGet();
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuMicrosPerItem = (ServerProcesses.cpuTicks() - cpu0) * 1e6 / ServerProcesses.TICKS_PER_SECOND / items;
        double clientMicrosPerItem = (ServerProcesses.ownCpuTicks() - own0) * 1e6 / ServerProcesses.TICKS_PER_SECOND
                / items;
        double jvmMicrosPerItem = (ServerProcesses.jvmCpuTicks() - jvm0) * 1e6 / ServerProcesses.TICKS_PER_SECOND
                / items;
        for (Connection db : connections) {
            db.close();
        }
        if (!path.equals("jdbc") && !warm) {
            // The screens were really on: hoax variants blocked (R11), suspended authors' and movements' posts removed.
            assertTrue(blocked.get() > 0 && removed.get() > 0, "blocked " + blocked + ", removed " + removed);
        }
        String line = String.format(Locale.ROOT, "%-4s clients %d: %d items in %.1f s: %.0f items/s; server CPU %.0f"
                + " µs/item (JVM %.0f, PostgreSQL %.0f; clients' own %.0f); blocked %d, removed %d; load %s", path,
                clients, items, seconds, items / seconds, cpuMicrosPerItem, jvmMicrosPerItem,
                cpuMicrosPerItem - jvmMicrosPerItem, clientMicrosPerItem, blocked.get(), removed.get(),
                ServerProcesses.load());
        System.out.println("BENCH " + line);
        report.append(line).append('\n');
    }

    /**
     * The screens as a busy platform has them: an active measure whose approved entries hold 10,000 variants (written
     * straight into the tables, as nominating and approving 1,000 entries through the desk would take hours), three
     * movements (a group, hashtags, a banned phrase) and twenty suspended accounts.
     */
    private void prepareScreens() throws SQLException {
        long measure = Long.parseLong(api.controlOk("/api/test/rfh/measures", new Form().param("name",
                "Bench measure " + suffix)));
        Random random = new Random(7);
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement entry = db.prepareStatement("INSERT INTO rfh_entry (claim, measure_id, status,"
                    + " falsity, reach, severity, severity_rationale, nominated_by, nominated_at, decided_by, decided_at,"
                    + " version) VALUES (?, ?, 'APPROVED', 'rated false by partners', 300000, 'HIGH',"
                    + " 'Undermines trust in the election.', 'bench', now(), 'bench-lead', now(), 0)",
                    new String[] {"id"});
                 PreparedStatement variant = db.prepareStatement(
                         "INSERT INTO rfh_entry_variant (entry_id, position, body) VALUES (?, ?, ?)")) {
                for (int e = 0; e < ENTRIES; e++) {
                    List<String> texts = new ArrayList<>();
                    for (int v = 0; v < VARIANTS_PER_ENTRY; v++) {
                        texts.add(hoaxText(e, v, random));
                    }
                    entry.setString(1, texts.get(0));
                    entry.setLong(2, measure);
                    entry.executeUpdate();
                    long id;
                    try (ResultSet keys = entry.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    for (int v = 0; v < texts.size(); v++) {
                        variant.setLong(1, id);
                        variant.setInt(2, v);
                        variant.setString(3, texts.get(v));
                        variant.addBatch();
                    }
                    variant.executeBatch();
                    hoaxes.add(texts.get(VARIANTS_PER_ENTRY - 1));
                }
            }
            db.commit();
        }
        // Activating advances the RFH generation, so the server rebuilds its index with the entries above.
        api.controlOk("/api/test/rfh/measures/" + measure + "/activate", new Form().param("as", "bench-lead")
                .param("role", "POLICY_LEAD"));
        String specialist = "bench-spec-" + suffix;
        api.createUser(specialist, PASSWORD, "SPECIALIST");
        designate(specialist, "Militia " + suffix, "grp-militia-" + suffix, "", "", false);
        designate(specialist, "Banned " + suffix, "", "#banned" + suffix + "|#alsobanned" + suffix, "", true);
        designate(specialist, "Phrase " + suffix, "", "", "march on the capitol " + suffix, true);
        for (int k = 0; k < 20; k++) {
            String author = "suspended-" + suffix + "-" + k;
            api.controlOk("/api/test/r16/suspensions", new Form().param("as", specialist).param("authorId", author)
                    .param("until", Instant.now().plus(Duration.ofDays(30)).toString())
                    .param("reason", "called for violence at polling places"));
            suspended.add(author);
        }
        api.controlOk("/api/test/coordination/detection", new Form().param("enabled", "true"));
    }

    private void designate(String as, String name, String groups, String hashtags, String phrases, boolean ban) {
        api.controlOk("/api/test/r16/movements", new Form().param("as", as).param("name", name)
                .param("description", "a militarized social movement").param("groups", groups)
                .param("hashtags", hashtags).param("phrases", phrases).param("banAllContent", Boolean.toString(ban)));
    }

    /** Half everyday words, half words of this entry alone, so variants of different entries rarely meet. */
    private static String hoaxText(int entry, int variant, Random random) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < 14; w++) {
            s.append(w == 0 ? "" : " ").append(w % 2 == 0 ? CoordinationIntakeBenchmark.word(random)
                    : "h" + letters(entry + "x" + (w + variant) % 9));
        }
        return s.toString();
    }

    record Post(String id, String text, String author, String group, Instant postedAt) {
    }

    /**
     * Batches of 500 ordinary posts of 12–21 Zipf words by 100,000 authors, with in every 200: one copy of an RFH
     * variant, one post by a suspended author, one to a movement's group, one with a banned hashtag, and one post of a
     * campaign (30 accounts posting one message within the hour, so R18 opens a case).
     */
    private List<List<Post>> stream(String tag, int items, Random random, Instant start) {
        List<List<Post>> batches = new ArrayList<>();
        List<Post> batch = new ArrayList<>();
        for (int k = 0; k < items; k++) {
            String author = "user-" + tag + "-" + random.nextInt(100_000);
            String group = null;
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 12 + random.nextInt(10); w++) {
                text.append(w == 0 ? "" : " ").append(CoordinationIntakeBenchmark.word(random));
            }
            switch (k % 200) {
                case 10 -> text.setLength(0);
                case 60 -> author = suspended.get(random.nextInt(suspended.size()));
                case 110 -> group = "grp-militia-" + suffix;
                case 160 -> text.append(" #banned").append(suffix);
                default -> { }
            }
            if (k % 200 == 10) {
                text.append(hoaxes.get(random.nextInt(hoaxes.size())));
            } else if (k % 200 == 180) {
                text.setLength(0);
                text.append("Campaign ").append(letters(tag + (k / 6000))).append(" says vote for the bridge and"
                        + " school budget this spring");
                author = "member-" + tag + "-" + k;
            }
            batch.add(new Post("bench-" + tag + "-" + k, text.toString(), author, group, start.plusMillis(k)));
            if (batch.size() == BATCH) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
        }
        return batches;
    }

    private static String json(List<Post> batch) {
        StringBuilder body = new StringBuilder("{\"items\":[");
        for (Post p : batch) {
            body.append(body.length() == 10 ? "" : ",").append("{\"id\":\"").append(p.id()).append("\",\"text\":\"")
                    .append(p.text()).append("\",\"authorId\":\"").append(p.author()).append('"')
                    .append(p.group() == null ? "" : ",\"groupId\":\"" + p.group() + "\"")
                    .append(",\"authorKind\":\"PERSON\",\"region\":\"US\",\"language\":\"en\",\"topics\":[\"politics\"],"
                            + "\"postedAt\":\"").append(p.postedAt()).append("\",\"views\":10,\"shares\":1,\"ad\":false}");
        }
        return body.append("]}").toString();
    }

    /**
     * The database's limit: the rows intake writes for each accepted item, in one transaction per batch, as JDBC
     * batches (the driver rewrites them into multi-row inserts, as for the server): the item, its topic, its place in
     * the semantic backlog, its R18 trace, and its audit event. The audit events go to a copy of {@code audit_event}
     * with the same columns and indexes, so the server's hash chain stays verifiable.
     */
    private static void insertPlainly(Connection db, List<Post> batch) throws SQLException {
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> ids = new ArrayList<>(batch.size());
        try (PreparedStatement item = db.prepareStatement("INSERT INTO content_item (platform_id, body, author_id,"
                + " author_kind, group_id, region, language, posted_at, received_at, views, shares, is_ad, status,"
                + " version) VALUES (?, ?, ?, 'PERSON', ?, 'US', 'en', ?, ?, 10, 1, false, 'ACTIVE', 0)",
                new String[] {"id"})) {
            for (Post p : batch) {
                item.setString(1, p.id());
                item.setString(2, p.text());
                item.setString(3, p.author());
                item.setString(4, p.group());
                item.setTimestamp(5, Timestamp.from(p.postedAt()));
                item.setTimestamp(6, now);
                item.addBatch();
            }
            item.executeBatch();
            try (ResultSet keys = item.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        try (PreparedStatement topic = db.prepareStatement(
                "INSERT INTO content_topic (content_id, position, topic) VALUES (?, 0, 'politics')");
             PreparedStatement backlog = db.prepareStatement(
                     "INSERT INTO semantic_backlog (content_id, reach, queued_at) VALUES (?, 10, ?)");
             PreparedStatement trace = db.prepareStatement("INSERT INTO coordination_post (content_id, platform_id,"
                     + " author_id, posted_at, terms, sketch1, sketch2, sketch3, sketch4, sketch5, sketch6)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement audit = db.prepareStatement("INSERT INTO bench_audit_event (seq, occurred_at, actor,"
                     + " actor_role, subject_type, subject_id, action, previous_hash, hash, key_id, mac, chain, chain_position)"
                     + " VALUES (nextval('bench_audit_seq'), ?, 'integrator', 'INTEGRATOR', 'CONTENT', ?,"
                     + " 'INTAKE_ACCEPTED', ?, ?, 'it-run', ?, ?, currval('bench_audit_seq'))")) {
            for (int k = 0; k < batch.size(); k++) {
                Post p = batch.get(k);
                long id = ids.get(k);
                topic.setLong(1, id);
                topic.addBatch();
                backlog.setLong(1, id);
                backlog.setTimestamp(2, now);
                backlog.addBatch();
                trace.setLong(1, id);
                trace.setString(2, p.id());
                trace.setString(3, p.author());
                trace.setTimestamp(4, Timestamp.from(p.postedAt()));
                trace.setString(5, p.text());
                for (int s = 0; s < 6; s++) {
                    trace.setLong(6 + s, (p.text().hashCode() * 31L + s) * 0x9E3779B97F4A7C15L);
                }
                trace.addBatch();
                String hash = String.format(Locale.ROOT, "%064x", id);
                audit.setTimestamp(1, now);
                audit.setString(2, p.id());
                audit.setString(3, hash);
                audit.setString(4, hash);
                audit.setString(5, hash);
                audit.setInt(6, 1 + Math.floorMod(p.id().hashCode(), 63)); // a chain by subject, as the server's
                audit.addBatch();
            }
            topic.executeBatch();
            backlog.executeBatch();
            trace.executeBatch();
            audit.executeBatch();
        }
        db.commit();
    }

    private static Connection connect() throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/"
                + System.getProperty("veracity.it.database", "veracity_it") + "?reWriteBatchedInserts=true", "postgres",
                System.getenv("VERACITY_DB_PASSWORD"));
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_audit_event (LIKE audit_event INCLUDING ALL)");
            s.execute("CREATE SEQUENCE IF NOT EXISTS bench_audit_seq");
        }
        return db;
    }

    /** Runs jcmd against the server's JVM (a Flight Recording of the REST rounds, when asked for). */
    private static void jcmd(String... command) throws IOException, InterruptedException {
        long pid = ServerProcesses.payaraPid().orElseThrow(() -> new IllegalStateException("no Payara Micro found"));
        List<String> args = new ArrayList<>(List.of("jcmd", Long.toString(pid)));
        args.addAll(List.of(command));
        Process p = new ProcessBuilder(args).inheritIO().start();
        assertEquals(0, p.waitFor(), String.join(" ", args));
    }

    private static String letters(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            out.append((char) ('a' + Math.floorMod(ch, 26)));
        }
        return out.toString();
    }
}
