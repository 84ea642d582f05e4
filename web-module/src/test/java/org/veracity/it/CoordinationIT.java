package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Api;
import org.veracity.it.support.DeskSession;
import org.veracity.it.support.VeracityIT;

/**
 * R18 on Payara Micro and PostgreSQL: near-identical posts by many accounts within an hour open one coordination
 * case, readable over REST; parallel intake calls on one cluster still open exactly one.
 */
class CoordinationIT extends VeracityIT {

    private static final Instant CLASS_SPAN = Instant.parse("2021-06-01T00:00:00Z")
            .plus(Duration.ofDays(8L * java.util.concurrent.ThreadLocalRandom.current().nextInt(200)));
    private static final java.util.concurrent.atomic.AtomicInteger TEST_DAYS = new java.util.concurrent.atomic.AtomicInteger();

    String writer;
    String reader;
    String name;
    String suffix;
    Instant start;

    @BeforeEach
    void tokens() {
        writer = api.token("content:write", null);
        reader = api.token("content:read", null);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        name = candidateName();
        // A day of its own for each test, in the past (the rule reads when the posts were made): the class draws one
        // of 200 eight-day spans, its tests take consecutive days of it, so no two tests' posts share an hour. (A start
        // drawn per test from a hash once put two tests ten minutes apart, and one's posts joined the other's case.)
        start = CLASS_SPAN.plus(Duration.ofDays(TEST_DAYS.getAndIncrement()));
    }

    @Test
    void twenty_five_accounts_posting_near_identical_messages_within_40_minutes_open_one_case_over_rest() {
        List<String> ids = new ArrayList<>();
        for (int batch = 0; batch < 5; batch++) {
            StringBuilder items = new StringBuilder();
            for (int k = batch * 5; k < batch * 5 + 5; k++) {
                String id = "coord-" + suffix + "-" + k;
                ids.add(id);
                items.append(items.length() == 0 ? "" : ",").append(post(id, "organiser-" + suffix + "-" + k,
                        start.plus(Duration.ofSeconds(100L * k)), variant(k)));
            }
            JsonObject answer = api.postJsonOk("/api/v1/content", writer, "{\"items\":[" + items + "]}");
            answer.getJsonArray("results").forEach(r -> assertEquals("ACCEPTED", r.asJsonObject().getString("status")));
        }
        // An unrelated account posting the candidate's name in another message is not part of it.
        api.postJsonOk("/api/v1/content", writer, "{\"items\":[" + post("coord-" + suffix + "-other", "voter-" + suffix,
                start.plus(Duration.ofMinutes(20)), "I saw " + name + " speak at the county fair, great crowd") + "]}");

        List<JsonObject> cases = casesWithAny(ids);
        assertEquals(1, cases.size(), "one case for the cluster");
        JsonObject c = cases.get(0);
        assertEquals("OPEN", c.getString("status"));
        assertEquals(25, strings(c, "accounts").size());
        assertEquals(new HashSet<>(ids), strings(c, "items"));
        assertEquals(start.toString(), c.getString("firstAt"));
        assertEquals(start.plus(Duration.ofSeconds(2400)).toString(), c.getString("lastAt"));
        assertTrue(c.getString("text").contains(name), c.getString("text"));

        // A later near-identical post joins the case.
        String late = "coord-" + suffix + "-late";
        api.postJsonOk("/api/v1/content", writer, "{\"items\":[" + post(late, "organiser-" + suffix + "-late",
                start.plus(Duration.ofMinutes(55)), variant(3)) + "]}");
        JsonObject again = casesWithAny(List.of(late)).get(0);
        assertEquals(c.getInt("id"), again.getInt("id"));
        assertEquals(26, strings(again, "accounts").size());
        assertTrue(strings(again, "joinedAfterDecision").isEmpty(),
                "no account joined after a decision while the case is open: " + again);
    }

    @Test
    void the_cases_need_the_content_read_scope() {
        try (Response r = api.request("/api/v1/coordination/cases", writer).get()) {
            assertEquals(403, r.getStatus());
        }
        try (Response r = api.request("/api/v1/coordination/cases", null).get()) {
            assertEquals(401, r.getStatus());
        }
        try (Response r = api.request("/api/v1/coordination/cases?cursor=%21", reader).get()) {
            assertEquals(400, r.getStatus());
        }
    }

    @Test
    void parallel_intake_calls_on_one_cluster_open_exactly_one_case_with_every_account() throws Exception {
        int threads = 6;
        int batchesPerThread = 4;
        int postsPerBatch = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<String> bodies = new ArrayList<>();
            for (int b = 0; b < batchesPerThread; b++) {
                StringBuilder items = new StringBuilder();
                for (int p = 0; p < postsPerBatch; p++) {
                    int k = (t * batchesPerThread + b) * postsPerBatch + p;
                    String id = "race-" + suffix + "-" + k;
                    ids.add(id);
                    items.append(items.length() == 0 ? "" : ",").append(post(id, "racer-" + suffix + "-" + k,
                            start.plus(Duration.ofSeconds(50L * k)), variant(k)));
                    // Unrelated traffic in the same batches.
                    items.append(",").append(post(id + "-noise", "bystander-" + suffix + "-" + k,
                            start.plus(Duration.ofSeconds(50L * k)), "Weekend market " + k + " sells fresh "
                                    + List.of("apples", "bread", "cheese", "honey").get(k % 4) + " near the harbour"));
                }
                bodies.add("{\"items\":[" + items + "]}");
            }
            done.add(pool.submit(() -> {
                go.await();
                for (String body : bodies) {
                    JsonObject answer = api.postJsonOk("/api/v1/content", writer, body);
                    answer.getJsonArray("results").forEach(r ->
                            assertEquals("ACCEPTED", r.asJsonObject().getString("status"), r.toString()));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        List<JsonObject> cases = casesWithAny(ids);
        assertEquals(1, cases.size(), "exactly one case for one cluster: " + cases);
        assertEquals(new HashSet<>(ids), strings(cases.get(0), "items"), "no post of the cluster left out");
        assertEquals(ids.size(), strings(cases.get(0), "accounts").size());
    }

    @Test
    void a_case_of_registered_paid_posters_turns_into_disclosure_requests_for_their_posts_only() {
        List<String> ids = new ArrayList<>();
        StringBuilder items = new StringBuilder();
        for (int k = 0; k < 20; k++) {
            String id = "coord-paid-" + suffix + "-" + k;
            ids.add(id);
            items.append(k == 0 ? "" : ",").append(post(id, "paid-" + suffix + "-" + k,
                    start.plus(Duration.ofSeconds(90L * k)), variant(k)));
        }
        api.postJsonOk("/api/v1/content", writer, "{\"items\":[" + items + "]}");
        // Ten of the twenty accounts are registered paid posters of a sponsor their posts do not name, so nothing
        // asks them to disclose until a specialist links the case to the sponsorship.
        String accounts = java.util.stream.IntStream.range(0, 10).mapToObj(k -> "\"paid-" + suffix + "-" + k + "\"")
                .collect(Collectors.joining(","));
        try (var r = api.postJson("/api/v1/sponsorships", api.token("sponsorships:write", null), "{\"sponsor\":"
                + "\"Zebulon Fund " + suffix + "\",\"paidForBy\":\"Zebulon Fund " + suffix + "\",\"mentions\":["
                + "\"Zebulon Fund " + suffix + "\"],\"accounts\":[" + accounts + "],\"from\":\""
                + start.minus(Duration.ofDays(1)) + "\",\"evidence\":\"payroll records\"}")) {
            assertEquals(201, r.getStatus(), r.readEntity(String.class));
        }
        JsonObject c = casesWithAny(ids).get(0);
        assertTrue(disclosureAsked(ids).isEmpty(), "a mention-free post is not asked by the sponsorship alone");

        String specialist = "coord-specialist-" + suffix;
        api.createUser(specialist, "coordination-pass-" + suffix, "SPECIALIST");
        DeskSession desk = DeskSession.loggedIn(api.base(), specialist, "coordination-pass-" + suffix);
        desk.submit("/desk/coordination-case.xhtml?id=" + c.getInt("id"), "decide", "discloseButton",
                java.util.Map.of("decide:reason", "the accounts are the Zebulon Fund's paid organisers"));

        assertEquals("DISCLOSURE_REQUESTED", casesWithAny(ids).get(0).getString("status"));
        assertEquals(new HashSet<>(ids.subList(0, 10)), disclosureAsked(ids),
                "the paid posters' posts are asked, the other accounts' are not (a payment is never assumed)");
    }

    @Test
    void posts_joining_a_decided_case_receive_its_decision_and_every_join_is_audited() {
        String specialist = "coord-joins-" + suffix;
        api.createUser(specialist, "coordination-pass-" + suffix, "SPECIALIST");
        DeskSession desk = DeskSession.loggedIn(api.base(), specialist, "coordination-pass-" + suffix);
        // Four clusters three hours apart (beyond the one-hour window), each decided differently.
        Instant labelledAt = start;
        Instant dismissedAt = start.plus(Duration.ofHours(3));
        Instant suspendedAt = start.plus(Duration.ofHours(6));
        Instant asked = start.plus(Duration.ofHours(9));

        long labelled = decidedCase("lab", labelledAt, "labelButton");
        String toLabel = join("lab", "late-lab-" + suffix, labelledAt.plus(Duration.ofMinutes(50)));
        assertTrue(labels(toLabel).contains(COORDINATED), "a post joining a labelled case is labelled at once");
        assertJoinAudited(labelled, toLabel, "labelled");

        long dismissed = decidedCase("dis", dismissedAt, "dismissButton");
        String ignored = join("dis", "late-dis-" + suffix, dismissedAt.plus(Duration.ofMinutes(50)));
        assertFalse(labels(ignored).contains(COORDINATED), "a dismissed case gives its new posts nothing");
        assertJoinAudited(dismissed, ignored, "nothing applied");

        long suspended = decidedCase("sus", suspendedAt, "suspendButton");
        String newcomer = "late-sus-" + suffix;
        String flagged = join("sus", newcomer, suspendedAt.plus(Duration.ofMinutes(50)));
        assertTrue(labels(flagged).contains(COORDINATED), "a new account's post in a suspended case is labelled");
        assertJoinAudited(suspended, flagged, "awaits a specialist");
        String page = desk.get("/desk/coordination-case.xhtml?id=" + suspended).body();
        assertTrue(page.contains("1 accounts joined after the decision"), page);
        assertTrue(page.contains("<span class=\"awaiting-suspension\">" + newcomer + "</span>"),
                "the newcomer is shown for a specialist to suspend, not suspended by itself: " + page);
        assertEquals(Set.of(newcomer), strings(casesWithAny(List.of(flagged)).get(0), "joinedAfterDecision"),
                "integrators see the account that joined after the decision, as the desk page shows it");
        assertEquals(Set.of("late-lab-" + suffix), strings(casesWithAny(List.of(toLabel)).get(0),
                "joinedAfterDecision"), "a labelled case lists its later account too (its post was labelled at once)");

        // Disclosure: ten of the cluster's accounts and one later account are paid posters of a sponsor the posts
        // never name, so only the case's decision asks them.
        List<String> ids = clusterAt("ask", asked);
        String paidLate = "late-paid-" + suffix;
        String accounts = java.util.stream.IntStream.range(0, 10).mapToObj(k -> "\"ask-" + suffix + "-" + k + "\"")
                .collect(Collectors.joining(",")) + ",\"" + paidLate + "\"";
        try (var r = api.postJson("/api/v1/sponsorships", api.token("sponsorships:write", null), "{\"sponsor\":"
                + "\"Quill Trust " + suffix + "\",\"paidForBy\":\"Quill Trust " + suffix + "\",\"mentions\":["
                + "\"Quill Trust " + suffix + "\"],\"accounts\":[" + accounts + "],\"from\":\""
                + asked.minus(Duration.ofDays(1)) + "\",\"evidence\":\"payroll records\"}")) {
            assertEquals(201, r.getStatus(), r.readEntity(String.class));
        }
        long askedCase = casesWithAny(ids).get(0).getInt("id");
        desk.submit("/desk/coordination-case.xhtml?id=" + askedCase, "decide", "discloseButton",
                java.util.Map.of("decide:reason", "the accounts are the Quill Trust's paid organisers"));
        String paidJoin = join("ask", paidLate, asked.plus(Duration.ofMinutes(50)));
        String unpaidJoin = join("ask", "late-unpaid-" + suffix, asked.plus(Duration.ofMinutes(51)));
        assertEquals(Set.of(paidJoin), disclosureAsked(List.of(paidJoin, unpaidJoin)),
                "the paid poster's later post is asked; an account with no recorded sponsorship is not");
        assertJoinAudited(askedCase, paidJoin, "asked to disclose");
        assertJoinAudited(askedCase, unpaidJoin, "nothing applied");
    }

    @Test
    void a_label_decision_racing_with_joining_posts_labels_every_post_of_the_case_exactly_once() throws Exception {
        String specialist = "coord-joins-" + suffix;
        api.createUser(specialist, "coordination-pass-" + suffix, "SPECIALIST");
        List<String> ids = clusterAt("lrace", start);
        long id = casesWithAny(ids).get(0).getInt("id");
        DeskSession desk = DeskSession.loggedIn(api.base(), specialist, "coordination-pass-" + suffix);
        ExecutorService pool = Executors.newFixedThreadPool(7);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        calls.add(pool.submit(() -> {
            go.await();
            Thread.sleep(300); // lands while the joining posts stream in
            desk.submit("/desk/coordination-case.xhtml?id=" + id, "decide", "labelButton",
                    java.util.Map.of("decide:reason", "a campaign's copy-paste"));
            return null;
        }));
        for (int t = 0; t < 6; t++) {
            List<String> bodies = new ArrayList<>();
            for (int n = 0; n < 5; n++) {
                int k = t * 5 + n;
                bodies.add("{\"items\":[" + post("coord-lrace-" + suffix + "-late-" + k, "late-racer-" + suffix + "-" + k,
                        start.plus(Duration.ofSeconds(2400 + 30L * k)), variant(k)) + "]}");
            }
            calls.add(pool.submit(() -> {
                go.await();
                for (String body : bodies) {
                    api.postJsonOk("/api/v1/content", writer, body);
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : calls) {
            f.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();
        JsonObject c = casesWithAny(ids).get(0);
        assertEquals("LABELLED", c.getString("status"));
        assertEquals(50, strings(c, "items").size(), "the thirty later posts joined");
        for (String item : strings(c, "items")) {
            JsonObject answer = api.postJsonOk("/api/v1/distribution", api.token("distribution:read", null),
                    "{\"ids\":[\"" + item + "\"]}").getJsonArray("items").getJsonObject(0);
            long labelled = !answer.containsKey("labels") ? 0 : answer.getJsonArray("labels")
                    .getValuesAs(JsonObject.class).stream().filter(l -> l.getString("text").equals(COORDINATED)).count();
            assertEquals(1, labelled, item + " carries the label once, whichever committed first: " + answer);
        }
    }

    private static final String COORDINATED = "Posted as part of a coordinated campaign";

    /** Twenty accounts post the cluster's message within 30 minutes of {@code at}: a case opens. */
    private List<String> clusterAt(String tag, Instant at) {
        List<String> ids = new ArrayList<>();
        StringBuilder items = new StringBuilder();
        for (int k = 0; k < 20; k++) {
            String id = "coord-" + tag + "-" + suffix + "-" + k;
            ids.add(id);
            items.append(k == 0 ? "" : ",").append(post(id, tag + "-" + suffix + "-" + k,
                    at.plus(Duration.ofSeconds(90L * k)), variant(k)));
        }
        api.postJsonOk("/api/v1/content", writer, "{\"items\":[" + items + "]}");
        assertEquals(1, casesWithAny(ids).size(), "the cluster " + tag + " opened a case");
        return ids;
    }

    private long decidedCase(String tag, Instant at, String button) {
        long id = casesWithAny(clusterAt(tag, at)).get(0).getInt("id");
        DeskSession desk = DeskSession.loggedIn(api.base(), "coord-joins-" + suffix, "coordination-pass-" + suffix);
        desk.submit("/desk/coordination-case.xhtml?id=" + id, "decide", button,
                java.util.Map.of("decide:reason", "decided for the joins test (" + tag + ")"));
        String status = casesWithAny(List.of("coord-" + tag + "-" + suffix + "-0")).get(0).getString("status");
        assertTrue(!"OPEN".equals(status), tag + " was decided: " + status);
        return id;
    }

    /** A later near-identical post by {@code author} joins the cluster's case; answers its id. */
    private String join(String tag, String author, Instant at) {
        String id = "coord-" + tag + "-" + suffix + "-join-" + author;
        JsonObject answer = api.postJsonOk("/api/v1/content", writer, "{\"items\":[" + post(id, author, at, variant(2))
                + "]}");
        assertEquals("ACCEPTED", answer.getJsonArray("results").getJsonObject(0).getString("status"), answer.toString());
        assertTrue(strings(casesWithAny(List.of(id)).get(0), "items").contains("coord-" + tag + "-" + suffix + "-0"),
                "the later post joined the cluster's case");
        return id;
    }

    private Set<String> labels(String id) {
        JsonObject item = api.postJsonOk("/api/v1/distribution", api.token("distribution:read", null),
                "{\"ids\":[\"" + id + "\"]}").getJsonArray("items").getJsonObject(0);
        return !item.containsKey("labels") ? Set.of() : item.getJsonArray("labels").getValuesAs(JsonObject.class)
                .stream().map(l -> l.getString("text")).collect(Collectors.toSet());
    }

    private void assertJoinAudited(long caseId, String itemId, String received) {
        String events = api.controlOk("/api/test/audit", new jakarta.ws.rs.core.Form().param("type", "COORDINATION_CASE")
                .param("id", Long.toString(caseId)));
        List<String> joins = events.lines().filter(l -> l.startsWith("COORDINATION_POST_JOINED|") && l.contains(itemId))
                .toList();
        assertEquals(1, joins.size(), events);
        assertTrue(joins.get(0).contains(received), joins.get(0));
    }

    /** The items whose distribution answer carries an open disclosure request. */
    private Set<String> disclosureAsked(List<String> ids) {
        String body = "{\"ids\":[" + ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")) + "]}";
        return api.postJsonOk("/api/v1/distribution", api.token("distribution:read", null), body)
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonArray("reasons").getValuesAs(JsonString.class).stream()
                        .anyMatch(r -> r.getString().startsWith("disclosure requested")))
                .map(i -> i.getString("id")).collect(Collectors.toSet());
    }

    private List<JsonObject> casesWithAny(List<String> ids) {
        return casesWithAny(api, reader, ids);
    }

    /** Every case (all pages) holding any of these items, as read with a content:read token. */
    static List<JsonObject> casesWithAny(Api api, String reader, List<String> ids) {
        List<JsonObject> found = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = api.getJsonOk("/api/v1/coordination/cases?limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor), reader);
            page.getJsonArray("items").forEach(v -> {
                JsonObject c = v.asJsonObject();
                if (strings(c, "items").stream().anyMatch(ids::contains)) {
                    found.add(c);
                }
            });
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
        } while (cursor != null);
        return found;
    }

    static Set<String> strings(JsonObject c, String field) {
        if (!c.containsKey(field) || c.isNull(field)) {
            return Set.of();
        }
        return c.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .collect(Collectors.toSet());
    }

    private String variant(int k) {
        List<String> variants = List.of(
                name + " is the only candidate who can fix our schools. Vote for real change this fall!",
                name.toLowerCase() + " is the only candidate who can fix our schools... vote for real change this fall",
                "Vote for real change this fall! " + name + " is the only candidate who can fix our schools.",
                name.toUpperCase() + " IS THE ONLY CANDIDATE WHO CAN FIX OUR SCHOOLS!!! Vote for real change this fall",
                name + " is the only candidate that can fix our schools. Vote for real change this year!");
        return variants.get(k % variants.size());
    }

    /** A made-up surname of letters only, unique to the test, so no other test's posts resemble these. */
    private String candidateName() {
        StringBuilder s = new StringBuilder("Dana ");
        for (char ch : suffix.toCharArray()) {
            s.append((char) ('a' + Character.digit(ch, 16)));
        }
        s.setCharAt(5, Character.toUpperCase(s.charAt(5)));
        return s.toString();
    }

    static String post(String id, String author, Instant postedAt, String text) {
        return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"authorId\":\"" + author
                + "\",\"authorKind\":\"PERSON\",\"topics\":[\"politics\"],\"region\":\"US\",\"language\":\"en\","
                + "\"postedAt\":\"" + postedAt + "\",\"views\":120,\"shares\":3,\"ad\":false}";
    }
}
