package org.veracity.ear;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Proves that {@code config/server/deploy-on-payara-server.sh} — the steps docs/operations.md
 * gives administrators — installs {@code veracity.ear} on a fresh Payara Server 6 domain against
 * PostgreSQL. The test runs that very script; it only chooses the settings: a new database, free
 * loopback ports, {@code LOOPBACK_ONLY=true} and a random password in VERACITY_DB_PASSWORD.
 *
 * <p>Needs PostgreSQL with trust authentication ({@code veracity.it.pgUrl}, {@code
 * veracity.it.pgUser}); without it the test is skipped, or fails when {@code
 * veracity.it.requirePostgres=true} (CI).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayaraServerDeploymentIT {

    private static final String DOMAIN = "veracity-it";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(15);
    private static final Pattern STEP_TIMING = Pattern.compile("\\[veracity] step (\\S+) took ([0-9.]+) s");
    /** Port offsets create-domain derives from --portbase (admin 48, HTTP 80, ..., Hazelcast 49 and 59). */
    private static final int[] PAYARA_PORT_OFFSETS = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};
    /** Settings the script reads that a developer's shell must not leak into the run. */
    private static final Set<String> SCRIPT_SETTINGS = Set.of("PAYARA_HOME", "PAYARA_ZIP", "PAYARA_VERSION",
            "POSTGRESQL_VERSION", "POSTGRESQL_JAR", "M2_REPO", "DOMAIN_NAME", "DOMAINS_DIR", "PORT_BASE",
            "LOOPBACK_ONLY", "EAR", "APP_NAME", "READY_TIMEOUT");

    private final long started = System.nanoTime();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> timings = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private String pgUrl;
    private String pgUser;
    private Path workDir;
    private Path payaraHome;
    private Path domainDir;
    private Path script;
    private Path ear;
    private String database;
    private String password;
    private int portBase;
    private PasswordCapturingPostgresProxy proxy;
    private boolean scriptRan;

    @BeforeAll
    void deployWithTheAdministratorScript() throws Exception {
        pgUrl = property("veracity.it.pgUrl");
        pgUser = property("veracity.it.pgUser");
        requirePostgres();

        workDir = Path.of(property("veracity.it.workDir"));
        payaraHome = workDir.resolve("payara6");
        domainDir = payaraHome.resolve("glassfish/domains").resolve(DOMAIN);
        script = Path.of(property("veracity.it.script")).toRealPath();
        ear = Path.of(property("veracity.it.ear"));
        assertTrue(Files.isRegularFile(ear), () -> ear + " is missing: the ear module's package phase builds it");
        // Saves a two-minute deploy that can only fail with "ClassNotFoundException: HibernatePersistenceProvider".
        try (ZipFile archive = new ZipFile(ear.toFile())) {
            assertNotNull(archive.getEntry("lib/hibernate-core.jar"), () -> ear + " has no lib/hibernate-core.jar."
                    + " Maven probably found the ejb-module POM invalid (see the build's warnings), for example"
                    + " because the parent POM in the local repository is older than the checkout: install it too,"
                    + " mvn -DskipTests install -pl .,ejb-module,batch-module,web-module");
        }

        // Every run starts from the zip, so the unzip and create-domain steps are exercised too.
        stopDomainOfAnEarlierRun();
        deleteRecursively(workDir);
        Files.createDirectories(workDir);

        database = "veracity_ear_it_" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(LocalDateTime.now())
                + "_" + HexFormat.of().formatHex(randomBytes(3));
        adminSql("CREATE DATABASE " + database);
        URI pg = URI.create(pgUrl.substring("jdbc:".length()));
        proxy = PasswordCapturingPostgresProxy.start(pg.getHost(), pg.getPort() < 0 ? 5432 : pg.getPort());
        portBase = freePortBase();
        password = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(18));

        Map<String, String> env = new LinkedHashMap<>();
        env.put("PAYARA_ZIP", property("veracity.it.payaraZip"));
        env.put("POSTGRESQL_JAR", property("veracity.it.postgresqlJar"));
        env.put("EAR", ear.toString());
        env.put("LOOPBACK_ONLY", "true");
        env.put("VERACITY_DB_HOST", "127.0.0.1");
        env.put("VERACITY_DB_PORT", Integer.toString(proxy.port()));
        env.put("VERACITY_DB_NAME", database);
        env.put("VERACITY_DB_USER", pgUser);
        env.put("VERACITY_DB_PASSWORD", password);
        System.out.printf("[it] database %s, port base %d (HTTP %d, admin %d), PostgreSQL through proxy port %d%n",
                database, portBase, httpPort(), adminPort(), proxy.port());

        scriptRan = true;
        Path log = workDir.resolve("deploy.log");
        int exit = runScript("deploy", env, log);
        Matcher step = STEP_TIMING.matcher(Files.readString(log));
        while (step.find()) {
            timings.put(step.group(1), step.group(2) + " s");
        }
        if (exit != 0) {
            fail("deploy-on-payara-server.sh exited with " + exit + "; see " + log + "\n--- server.log (end) ---\n"
                    + tail(domainDir.resolve("logs/server.log"), 80));
        }
    }

    @AfterAll
    void stopDomainAndDropDatabase() throws Exception {
        List<Throwable> problems = new ArrayList<>();
        if (scriptRan) {
            try {
                stopDomain(Map.of(), workDir.resolve("stop.log"));
            } catch (Exception | AssertionError e) {
                problems.add(e);
            }
        }
        if (proxy != null) {
            proxy.close();
        }
        if (database != null) {
            try {
                adminSql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                problems.add(e);
            }
        }
        if (ear != null && Files.isRegularFile(ear)) {
            timings.put("EAR size", String.format("%.1f MB", Files.size(ear) / 1_000_000.0));
        }
        timings.put("test wall time", String.format("%.1f s", (System.nanoTime() - started) / 1e9));
        StringBuilder report = new StringBuilder("[it] PayaraServerDeploymentIT timings\n");
        timings.forEach((name, value) -> report.append(String.format("[it]   %-16s %s%n", name, value)));
        System.out.print(report);
        if (workDir != null && Files.isDirectory(workDir)) {
            Files.writeString(workDir.resolve("timings.txt"), report);
        }
        if (!problems.isEmpty()) {
            AssertionError error = new AssertionError("clean-up failed");
            problems.forEach(error::addSuppressed);
            throw error;
        }
    }

    @Test
    void readinessReportsTheDatabaseCheckUp() throws Exception {
        HttpResponse<String> response = get("/health/ready");
        String body = response.body().replaceAll("\\s", "");
        assertAll(
                () -> assertEquals(200, response.statusCode(), body),
                () -> assertTrue(body.startsWith("{\"status\":\"UP\""), body),
                () -> assertTrue(body.contains("{\"name\":\"database\",\"status\":\"UP\""), body));
    }

    @Test
    void apiRejectsACallWithoutTokenAsProblem() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/api/v1/distribution"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ids\":[\"x\"]}"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertAll(
                () -> assertEquals(401, response.statusCode(), response.body()),
                () -> assertEquals("Bearer realm=\"veracity\"",
                        response.headers().firstValue("WWW-Authenticate").orElse(null)),
                () -> assertTrue(response.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json"), response.headers().toString()));
    }

    /**
     * Issue 9, with the demo off as on any server: the first admin is created with the setup code from the
     * server log, then creates a partner, a fact-checker and an admin token at the desk; that token mints a
     * partner token over REST, which works until it is revoked and then gets 401.
     */
    @Test
    void theFirstAdminSetsUpAPartnerAFactCheckerAndTokensWithTheDemoOff() throws Exception {
        Matcher code = Pattern.compile("setup code ([A-Z0-9]{5}(?:-[A-Z0-9]{5}){3})")
                .matcher(Files.readString(domainDir.resolve("logs/server.log")));
        assertTrue(code.find(), "the first start logs a setup code:\n" + tail(domainDir.resolve("logs/server.log"), 40));
        String base = url("").toString().replaceAll("/$", "");
        String adminPassword = "admin-" + HexFormat.of().formatHex(randomBytes(8));

        DeskClient anonymous = new DeskClient(base);
        DeskClient.Page wrong = anonymous.submit("/desk/setup.xhtml", "setup", "create", Map.of("setup:code",
                "WRONG-WRONG-WRONG-WRONG", "setup:username", "intruder", "setup:displayName", "Intruder",
                "setup:password", adminPassword));
        assertTrue(wrong.body().contains("not the setup code"), wrong.body());
        DeskClient.Page created = anonymous.submit("/desk/setup.xhtml", "setup", "create", Map.of("setup:code",
                code.group(1), "setup:username", "ops-admin", "setup:displayName", "Ops Admin",
                "setup:password", adminPassword));
        assertTrue(created.redirectsTo("/desk/login.xhtml"), created.status() + " " + created.body());
        assertTrue(anonymous.get("/desk/setup.xhtml").body().contains("the setup is closed for good"));

        DeskClient admin = new DeskClient(base);
        assertTrue(admin.login("ops-admin", adminPassword).redirectsTo("/desk/"), "the first admin logs in");
        DeskClient.Page partner = admin.submit("/desk/partners.xhtml", "create", "createButton", Map.of(
                "create:name", "Server Fact Check", "create:languages", "en", "create:regions", "US, GB",
                "create:contact", "desk@fact.example"));
        assertTrue(partner.body().contains("Partner Server Fact Check added."), partner.body());
        String temporary = "temporary-" + HexFormat.of().formatHex(randomBytes(6));
        DeskClient.Page checker = admin.submit("/desk/users.xhtml", "create", "createButton", Map.of(
                "create:username", "casey", "create:displayName", "Casey Checker", "create:password", temporary,
                "create:roles", List.of("FACT_CHECKER"), "create:organisation_input", "Server Fact Check"));
        assertTrue(checker.body().contains("User casey created"), checker.body());
        DeskClient.Page issued = admin.submit("/desk/tokens.xhtml", "issue", "issueButton", Map.of(
                "issue:name", "ops-automation", "issue:owner", "ops-automation", "issue:scopes", List.of("ADMIN"),
                "issue:permanent_input", "on"));
        Matcher secret = Pattern.compile("<code id=\"secret\">(vrc_[A-Za-z0-9_-]{43})</code>").matcher(issued.body());
        assertTrue(secret.find(), issued.body());

        DeskClient casey = new DeskClient(base);
        assertTrue(casey.login("casey", temporary).redirectsTo("/desk/"));
        assertTrue(casey.get("/desk/workbench.xhtml").redirectsTo("/desk/password.xhtml"),
                "the fact-checker must choose a password first");

        HttpResponse<String> minted = http.send(HttpRequest.newBuilder(url("/api/v1/admin/tokens"))
                .header("Authorization", "Bearer " + secret.group(1)).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"partner-feed\",\"owner\":\"Server Fact Check\","
                        + "\"scopes\":[\"factcheck:write\"],\"hours\":1}"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, minted.statusCode(), minted.body());
        Matcher partnerToken = Pattern.compile("\"token\"\\s*:\\s*\"(vrc_[A-Za-z0-9_-]{43})\"").matcher(minted.body());
        assertTrue(partnerToken.find(), minted.body());
        assertEquals(200, queueWith(partnerToken.group(1)).statusCode(), "the minted token works");
        HttpResponse<String> revoked = http.send(HttpRequest.newBuilder(url("/api/v1/admin/tokens/partner-feed"))
                .header("Authorization", "Bearer " + secret.group(1)).DELETE()
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, revoked.statusCode(), revoked.body());
        HttpResponse<String> refused = queueWith(partnerToken.group(1));
        assertEquals(401, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    private HttpResponse<String> queueWith(String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url("/api/v1/factcheck/queue")).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void transparencyPagesRender() throws Exception {
        HttpResponse<String> response = get("/transparency/");
        assertEquals(200, response.statusCode(), () -> "GET /transparency/ answered " + response.statusCode()
                + "\n--- server.log (end) ---\n" + tail(domainDir.resolve("logs/server.log"), 60));
        assertTrue(response.body().contains("Policy catalogue"), response.body());
    }

    @Test
    void databasePasswordComesOnlyFromTheEnvironment() throws Exception {
        String domainXml = Files.readString(domainDir.resolve("config/domain.xml"));
        assertAll(
                () -> assertFalse(proxy.passwords().isEmpty(), "the pool never connected through the proxy"),
                () -> assertEquals(Set.of(password), Set.copyOf(proxy.passwords()),
                        "passwords the pool sent (the random test password is expected)"),
                () -> assertEquals(List.of(), proxy.failures()),
                () -> assertTrue(domainXml.contains("value=\"${ENV=VERACITY_DB_PASSWORD}\""), "pool property"),
                () -> assertFalse(domainXml.contains(password), "domain.xml holds the password"),
                () -> assertFalse(Files.readString(domainDir.resolve("logs/server.log")).contains(password),
                        "server.log holds the password"),
                () -> assertFalse(Files.readString(workDir.resolve("deploy.log")).contains(password),
                        "the script printed the password"));
    }

    @Test
    void batchJobRepositoryLivesInTheApplicationDatabase() throws Exception {
        // jBatch creates its tables when the batch runtime first starts; listing jobs starts it.
        Path log = workDir.resolve("list-batch-jobs.log");
        int exit = run(List.of(payaraHome.resolve("bin/asadmin").toString(), "--interactive=false",
                "--host", "127.0.0.1", "--port", Integer.toString(adminPort()), "list-batch-jobs"),
                Map.of(), log, Duration.ofMinutes(3));
        assertEquals(0, exit, () -> "list-batch-jobs failed: " + readQuietly(log));
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrlOf(database), connectionProperties());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = 'public' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertTrue(tables.containsAll(List.of("jobinstancedata", "executioninstancedata", "stepexecutioninstancedata")),
                () -> "no jBatch tables in " + database + ", only " + tables + "; list-batch-jobs said: " + readQuietly(log));
    }

    @Test
    void domainListensOnLoopbackOnly() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc");
        long pid = Long.parseLong(Files.readString(domainDir.resolve("config/pid")).trim());
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // the descriptor closed while we looked
                }
            });
        }
        List<String> listening = new ArrayList<>();
        List<String> exposed = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "net", table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (!"0A".equals(f[3]) || !inodes.contains(f[9])) {
                    continue; // not LISTEN, or another process's socket
                }
                String[] address = f[1].split(":");
                String port = Integer.toString(Integer.parseInt(address[1], 16));
                listening.add(port);
                boolean loopback = address[0].equals("0100007F") // 127.0.0.1
                        || address[0].equals("0000000000000000FFFF00000100007F") // ::ffff:127.0.0.1
                        || address[0].equals("00000000000000000000000001000000"); // ::1
                if (!loopback) {
                    exposed.add(table + " " + address[0] + " port " + port);
                }
            }
        }
        assertTrue(listening.contains(Integer.toString(httpPort())), "HTTP port not among " + listening);
        assertEquals(List.of(), exposed, "listeners on other interfaces");
    }

    // --- the script ---

    private int runScript(String action, Map<String, String> settings, Path log) throws IOException, InterruptedException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PAYARA_HOME", payaraHome.toString());
        env.put("DOMAIN_NAME", DOMAIN);
        if (portBase > 0) {
            env.put("PORT_BASE", Integer.toString(portBase));
        }
        env.putAll(settings);
        return run(List.of("bash", script.toString(), action), env, log, SCRIPT_TIMEOUT);
    }

    private void stopDomain(Map<String, String> settings, Path log) throws Exception {
        Path pidFile = domainDir.resolve("config/pid");
        if (!Files.isRegularFile(pidFile) || !Files.isExecutable(payaraHome.resolve("bin/asadmin"))) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        int exit = runScript("stop", settings, log);
        // stop-domain waits for the server to exit. A process still alive under that pid is only
        // ours if it runs this very domain directory (a stale pid file may name someone else's).
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::runsOurDomain).ifPresent(server -> {
            server.destroyForcibly();
            throw new AssertionError("stop exited with " + exit + " and left server " + pid + " running; killed it");
        });
    }

    private boolean runsOurDomain(ProcessHandle process) {
        String root = "-Dcom.sun.aas.instanceRoot=" + domainDir.toAbsolutePath();
        return process.info().arguments().map(args -> List.of(args).contains(root)).orElse(false);
    }

    private void stopDomainOfAnEarlierRun() throws Exception {
        // portBase is still 0 here: stop-domain finds the ports in domain.xml.
        if (Files.isRegularFile(domainDir.resolve("config/pid"))) {
            try {
                stopDomain(Map.of(), workDir.resolve("stop-earlier-run.log"));
            } catch (AssertionError e) {
                System.err.println("[it] " + e.getMessage());
            }
        }
    }

    /**
     * Runs a command with its output in a file, echoed as it grows. Not a pipe: start-domain
     * leaves the server running with the command's output descriptors, so a pipe would not end.
     */
    private int run(List<String> command, Map<String, String> settings, Path log, Duration timeout)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("VERACITY_") || name.startsWith("AS_ADMIN_")
                || SCRIPT_SETTINGS.contains(name));
        // Payara runs on the JDK that runs the tests unless the caller chose another one.
        env.putIfAbsent("AS_JAVA", System.getProperty("java.home"));
        env.putAll(settings);
        Process process = builder.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        long shown = 0;
        while (!process.waitFor(500, TimeUnit.MILLISECONDS)) {
            shown = echo(log, shown);
            if (System.nanoTime() > deadline) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + timeout);
            }
        }
        echo(log, shown);
        return process.exitValue();
    }

    private static long echo(Path log, long from) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            if (file.length() <= from) {
                return from;
            }
            byte[] more = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(more);
            System.out.print(new String(more, StandardCharsets.UTF_8));
            System.out.flush();
            return file.length();
        }
    }

    // --- PostgreSQL ---

    private void requirePostgres() {
        try (Connection ignored = DriverManager.getConnection(pgUrl, connectionProperties())) {
            // reachable
        } catch (SQLException e) {
            String reason = "PostgreSQL is not reachable at " + pgUrl + " as " + pgUser + ": " + e.getMessage();
            if (Boolean.getBoolean("veracity.it.requirePostgres")) {
                fail(reason + " (veracity.it.requirePostgres=true)");
            }
            System.err.println("\n" + "!".repeat(100) + "\n!! SKIPPING PayaraServerDeploymentIT: " + reason
                    + "\n!! The EAR was NOT deployed on Payara Server. Start PostgreSQL, or set"
                    + " -Dveracity.it.requirePostgres=true to make this a failure.\n" + "!".repeat(100) + "\n");
            Assumptions.abort(reason);
        }
    }

    private void adminSql(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(pgUrl, connectionProperties());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Properties connectionProperties() {
        DriverManager.setLoginTimeout(10);
        Properties properties = new Properties();
        properties.setProperty("user", pgUser);
        return properties;
    }

    private String jdbcUrlOf(String name) {
        return pgUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    // --- HTTP and ports ---

    private int httpPort() {
        return portBase + 80;
    }

    private int adminPort() {
        return portBase + 48;
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + httpPort() + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A port base whose derived ports are all free on loopback. Starts at a random hundred from
     * 9600 up, away from the 8000–8300 range that Payara Micro runs of this project use, and below
     * the kernel's ephemeral range.
     */
    private int freePortBase() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int base = 9600 + 100 * random.nextInt(200);
            boolean free = true;
            for (int offset : PAYARA_PORT_OFFSETS) {
                try (ServerSocket probe = new ServerSocket(base + offset, 1, InetAddress.getLoopbackAddress())) {
                    // bindable
                } catch (IOException e) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no free port base between 9600 and 29600");
    }

    // --- helpers ---

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            fail("system property " + name + " is not set; run the test through Maven: mvn verify -pl ear");
        }
        return value;
    }

    private static String tail(Path file, int lines) {
        List<String> all = List.of(readQuietly(file).split("\n"));
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e + ")";
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
