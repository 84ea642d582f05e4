package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Fixtures;
import org.veracity.it.support.InterruptedExpiry;
import org.veracity.it.support.VeracityIT;

/**
 * The nightly jobs on the real WAR in Payara Micro: expire-demotions closes each lapsed demotion
 * exactly once, also when a run is stopped midway and restarted; rebuild-exemption-list switches
 * lists only for a sound ranking file.
 */
class NightlyJobsIT extends VeracityIT {

    static final String INTERRUPTED = InterruptedExpiry.JOB;
    static final Path FIXTURES = Path.of("target", "nightly-jobs").toAbsolutePath();

    String token;

    @BeforeEach
    void connect() {
        token = api.token("content:write,content:read,signals:write", null);
    }

    @Test
    void expiring_closes_each_lapsed_demotion_once_with_one_audit_event_and_a_second_run_closes_nothing() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> ids = demotedItems(3, t0);
        api.fixClockAt(t0.plus(Duration.ofDays(7)).minusSeconds(1));
        String early = awaitEnd(start("expire-demotions", Map.of()));
        assertTrue(early.startsWith("COMPLETED|closed "), early);
        ids.forEach(id -> assertEquals(0, expiredEvents(id), "not lapsed yet one second before the seven days"));

        api.fixClockAt(t0.plus(Duration.ofDays(8)));
        String run = awaitEnd(start("expire-demotions", Map.of()));
        assertTrue(run.startsWith("COMPLETED|closed "), run);
        ids.forEach(id -> assertEquals(1, expiredEvents(id)));

        String again = awaitEnd(start("expire-demotions", Map.of()));
        assertTrue(again.startsWith("COMPLETED|closed 0, 0 left"), again);
        ids.forEach(id -> assertEquals(1, expiredEvents(id), "a second run audits nothing again"));
        assertChainIntact();
    }

    @Test
    void a_run_stopped_after_its_first_chunk_resumes_on_restart_and_closes_every_demotion_exactly_once() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> ids = demotedItems(40, t0);
        api.fixClockAt(t0.plus(Duration.ofDays(8)));

        long first = start(INTERRUPTED, Map.of("chunkSize", "3"));
        String stopped = awaitEnd(first);
        // The stop lands at the next chunk boundary each of the two partitions checks: at least one
        // chunk of three is closed, and with twenty demotions a partition the run cannot finish first.
        Matcher closed = Pattern.compile("STOPPED\\|closed (\\d+), [1-9]\\d* left, .*").matcher(stopped);
        assertTrue(closed.matches(), stopped);
        assertTrue(Integer.parseInt(closed.group(1)) >= 3, stopped);
        assertTrue(ids.stream().mapToLong(this::expiredEvents).sum() < ids.size(), "stopped midway: " + stopped);

        // The clock moves on; the restart keeps the first run's cut-off (its asOf parameter) and checkpoint.
        api.fixClockAt(t0.plus(Duration.ofDays(9)));
        String resumed = awaitEnd(Long.parseLong(control("/api/test/jobs/executions/" + first + "/restart", new Form())));
        assertTrue(resumed.startsWith("COMPLETED|closed "), resumed);
        assertTrue(resumed.contains(" 0 left, as of " + t0.plus(Duration.ofDays(8))), resumed);
        ids.forEach(id -> assertEquals(1, expiredEvents(id), "closed and audited exactly once: " + id));
        assertChainIntact();
    }

    @Test
    void two_runs_started_together_close_and_audit_each_lapsed_demotion_once() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> ids = demotedItems(40, t0);
        api.fixClockAt(t0.plus(Duration.ofDays(8)));

        // Same cut-off, small chunks, two partitions each: four closers race over the same rows.
        long first = start("expire-demotions", Map.of("chunkSize", "3"));
        long second = start("expire-demotions", Map.of("chunkSize", "3"));
        String one = awaitEnd(first);
        String other = awaitEnd(second);
        assertTrue(one.startsWith("COMPLETED|closed ") && one.contains(" 0 left"), one);
        assertTrue(other.startsWith("COMPLETED|closed ") && other.contains(" 0 left"), other);
        ids.forEach(id -> assertEquals(1, expiredEvents(id), "closed and audited exactly once: " + id));
        assertChainIntact();
    }

    @Test
    void of_eight_instances_whose_timers_fire_together_exactly_one_starts_the_nights_job() throws Exception {
        // A night far ahead, which no timer of the test server reaches (its database is new for each run);
        // the timers fire a few seconds apart, and the slot is the hour they fired in.
        Instant slot = Instant.parse("2099-01-01T02:00:00Z");
        api.fixClockAt(slot.plusSeconds(7));
        ExecutorService instances = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String instance = "instance-" + i;
                claims.add(instances.submit(() -> control("/api/test/jobs/expire-demotions/claim",
                        new Form().param("instance", instance))));
            }
            long won = 0;
            for (Future<String> claim : claims) {
                won += Boolean.parseBoolean(claim.get()) ? 1 : 0;
            }
            assertEquals(1, won, "exactly one instance claims the night");
        } finally {
            instances.shutdownNow();
        }
        assertEquals("false", claim("expire-demotions", slot.plus(Duration.ofMinutes(40)), "late-instance"),
                "the same night again, later in its hour");
        assertEquals("false", claim("expire-demotions", slot.minus(Duration.ofDays(1)), "slow-instance"),
                "an earlier night after a later one");
        assertEquals("true", claim("verify-audit-chain", slot, "instance-0"), "each job has its own slot");
        assertEquals("true", claim("expire-demotions", slot.plus(Duration.ofDays(1)), "instance-3"), "the next night");
    }

    /** A timer firing at {@code at} on {@code instance}. */
    private String claim(String job, Instant at, String instance) {
        api.fixClockAt(at);
        return control("/api/test/jobs/" + job + "/claim", new Form().param("instance", instance));
    }

    /** R21: the events the job appended in batches still form one unbroken hash chain. */
    private void assertChainIntact() {
        String chain = awaitEnd(start("verify-audit-chain", Map.of()));
        assertTrue(chain.startsWith("COMPLETED|INTACT: "), chain);
    }

    @Test
    void a_sound_ranking_becomes_the_list_and_the_next_one_records_what_entered_and_left() throws IOException {
        String first = awaitEnd(rebuild(fixture("rank,domain\r\n1,www.alpha-news.com\r\n2,news.beta-times.co.uk\r\n"
                + "3,gamma-daily.org\r\n4,m.alpha-news.com\r\n5,delta-post.net\r\n6,epsilon-wire.com\r\n")));
        assertTrue(first.startsWith("COMPLETED|list "), first);
        assertEquals(Set.of("alpha-news.com", "beta-times.co.uk", "gamma-daily.org", "delta-post.net"), activeDomains());

        String second = awaitEnd(rebuild(fixture("1,alpha-news.com\n2,zeta-herald.com\n3,gamma-daily.org\n"
                + "4,eta-journal.org\n5,theta-times.net\n")));
        assertTrue(second.startsWith("COMPLETED|list "), second);
        assertTrue(second.contains(": 5 domains, 3 entered, 2 left"), second);
        assertEquals(Set.of("alpha-news.com", "zeta-herald.com", "gamma-daily.org", "eta-journal.org",
                "theta-times.net"), activeDomains());
        String[] active = exemption()[0].split(" ");
        assertEquals(List.of("5", "3", "2"), List.of(active).subList(1, 4));
    }

    @Test
    void an_empty_a_truncated_or_a_garbled_ranking_fails_the_job_and_the_list_in_force_stays() throws IOException {
        awaitEnd(rebuild(fixture("1,iota-news.com\n2,kappa-daily.org\n3,lambda-post.net\n4,mu-times.com\n5,nu-wire.org\n")));
        String[] before = exemption();

        StringBuilder garbled = new StringBuilder();
        for (int rank = 1; rank <= 20; rank++) {
            garbled.append(rank % 7 == 0 ? "<html><body>" + rank : rank + ",site-" + rank + ".com").append('\n');
        }
        List<String> bad = List.of("", "1,iota-news.com\n2,kappa-daily.org\n", garbled.toString(),
                "1,a-news.com\n2,b-news.com\n4,c-news.com\n3,d-news.com\n5,e-news.com\n");
        for (String text : bad) {
            String outcome = awaitEnd(rebuild(fixture(text)));
            assertTrue(outcome.startsWith("FAILED|REJECTED "), outcome);
            assertEquals(List.of(before), List.of(exemption()), "the list in force is untouched after " + outcome);
        }
    }

    @Test
    void a_ranking_that_yields_no_registrable_domain_is_staged_then_abandoned() throws IOException {
        awaitEnd(rebuild(fixture("1,xi-news.com\n2,omicron-daily.org\n3,pi-post.net\n4,rho-times.com\n5,sigma-wire.org\n")));
        String[] before = exemption();
        String outcome = awaitEnd(rebuild(fixture("1,a.notasuffix\n2,b.notasuffix\n3,c.notasuffix\n4,d.notasuffix\n"
                + "5,e.notasuffix\n")));
        assertTrue(outcome.startsWith("FAILED|FAILED, the list in force stays; staged list "), outcome);
        assertEquals(List.of(before), List.of(exemption()), "the staged list is gone and the list in force stays");
    }

    @Test
    void two_rebuilds_started_together_leave_exactly_one_list_in_force() throws IOException {
        Set<String> first = Set.of("upsilon-news.com", "phi-daily.org", "chi-post.net", "psi-times.com", "omega-wire.org");
        Set<String> second = Set.of("aleph-news.com", "beth-daily.org", "gimel-post.net", "dalet-times.com", "he-wire.org");
        long one = rebuild(fixture(ranking(first)));
        long other = rebuild(fixture(ranking(second)));
        String a = awaitEnd(one);
        String b = awaitEnd(other);
        assertTrue(a.startsWith("COMPLETED|list ") && b.startsWith("COMPLETED|list "), a + " / " + b);

        String[] state = exemption();
        assertEquals(1, state[3].split(",").length, "exactly one list is active: " + state[3]);
        Set<String> inForce = activeDomains();
        assertTrue(inForce.equals(first) || inForce.equals(second), inForce.toString());
        // The list that switched last did so against the other one: all five entered, the other five left.
        assertEquals(List.of("5", "5", "5"), List.of(state[0].split(" ")).subList(1, 4), state[0]);
    }

    private static String ranking(Set<String> domains) {
        StringBuilder lines = new StringBuilder("rank,domain\n");
        int rank = 1;
        for (String domain : new TreeSet<>(domains)) {
            lines.append(rank++).append(',').append(domain).append('\n');
        }
        return lines.toString();
    }

    private long rebuild(Path file) {
        return start("rebuild-exemption-list", Map.of("file", file.toString(), "topN", "5", "chunkSize", "2"));
    }

    private static Path fixture(String text) throws IOException {
        Files.createDirectories(FIXTURES);
        return Files.writeString(FIXTURES.resolve("ranking-" + UUID.randomUUID() + ".csv"), text, StandardCharsets.UTF_8);
    }

    private Set<String> activeDomains() {
        return new TreeSet<>(Arrays.asList(exemption()[1].split(",")));
    }

    /** The list in force ("id size entered left"), its domains, and the ids of all lists. */
    private String[] exemption() {
        try (Response r = api.request("/api/test/exemption", null).accept(MediaType.TEXT_PLAIN).get()) {
            return r.readEntity(String.class).split("\n", -1);
        }
    }

    /** Items predicted (and so demoted for seven days) at {@code at}. */
    private List<String> demotedItems(int count, Instant at) {
        api.fixClockAt(at);
        List<String> ids = new ArrayList<>();
        List<Fixtures.Content> items = new ArrayList<>();
        List<JsonObject> signals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "jobs-" + UUID.randomUUID();
            ids.add(id);
            // A domain no ranking lists, so that no exemption list (R4) spares these items their demotion.
            items.add(Fixtures.claim(id, 10_000, at.minus(Duration.ofHours(1))).url("https://nightly-jobs-fixture.net/" + id));
            signals.add(Fixtures.signal(id + "-r", id, "FALSE_NEWS_REPORT", 30, at));
            signals.add(Fixtures.signal(id + "-x", id, "EXTERNAL_FALSITY", 1, at));
        }
        api.postJsonOk("/api/v1/content", token, Fixtures.items(items.toArray(Fixtures.Content[]::new)));
        api.postJsonOk("/api/v1/signals", token, Fixtures.signals(signals.toArray(JsonObject[]::new)));
        ids.forEach(id -> assertTrue(actions(id).contains("DEMOTED"), "demoted: " + id));
        return ids;
    }

    private long expiredEvents(String id) {
        return actions(id).stream().filter("DEMOTION_EXPIRED"::equals).count();
    }

    private List<String> actions(String id) {
        JsonObject item = api.getJsonOk("/api/v1/content/" + id, token);
        return item.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
    }

    private long start(String job, Map<String, String> parameters) {
        Form form = new Form();
        parameters.forEach(form::param);
        return Long.parseLong(control("/api/test/jobs/" + job + "/start", form));
    }

    /** Waits for the execution to end; answers "STATUS|exit status|steps". */
    private String awaitEnd(long executionId) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            String run;
            try (Response r = api.request("/api/test/jobs/executions/" + executionId, null).accept(MediaType.TEXT_PLAIN).get()) {
                run = r.readEntity(String.class);
            }
            if (run.startsWith("COMPLETED|") || run.startsWith("FAILED|") || run.startsWith("STOPPED|")
                    || run.startsWith("ABANDONED|")) {
                return run;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        throw new AssertionError("execution " + executionId + " did not end within two minutes");
    }

    private String control(String path, Form form) {
        try (Response r = api.request(path, null).accept(MediaType.TEXT_PLAIN).post(Entity.form(form))) {
            String body = r.readEntity(String.class);
            assertEquals(200, r.getStatus(), path + ": " + body);
            return body;
        }
    }
}
