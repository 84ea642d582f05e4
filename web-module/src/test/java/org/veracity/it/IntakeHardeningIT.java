package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Api;
import org.veracity.it.support.VeracityIT;

/**
 * Issue 9's intake defects, attacked over HTTP as an integrator (or anyone) could: concurrent duplicate
 * batches, backdated posts, malformed and oversized bodies, loose ids and URLs, and what answers
 * without a token.
 */
class IntakeHardeningIT extends VeracityIT {

    private static final String PASSWORD = "a-long-test-password";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    String token;
    String suffix;

    @BeforeEach
    void connect() {
        token = api.token("content:write,content:read,signals:write,distribution:read,factcheck:write", null);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    // --- 1. concurrent duplicate intake ------------------------------------------------------------

    @Test
    void twenty_parallel_copies_of_one_batch_store_each_item_once_and_answer_duplicate_to_the_others() throws Exception {
        List<String> ids = IntStream.range(0, 50).mapToObj(i -> "it-dup-" + suffix + "-" + i).toList();
        String batch = batchOf(ids);

        long started = System.nanoTime();
        List<Answer> answers = parallel(20, copy -> batch, "/api/v1/content");
        System.out.printf("20 parallel copies of a 50-item batch answered in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);

        Map<String, List<String>> statuses = statusesById(answers);
        for (String id : ids) {
            List<String> s = statuses.get(id);
            assertEquals(20, s.size(), id);
            assertEquals(1, s.stream().filter("ACCEPTED"::equals).count(), id + " " + s);
            assertEquals(19, s.stream().filter("DUPLICATE"::equals).count(), id + " " + s);
        }
        for (String id : List.of(ids.get(0), ids.get(25), ids.get(49))) {
            assertEquals(1, acceptedEventsOf(id), "audited once: " + id);
        }
    }

    @Test
    void parallel_batches_mixing_shared_and_new_ids_store_every_new_item_exactly_once() throws Exception {
        List<String> shared = IntStream.range(0, 10).mapToObj(i -> "it-mix-" + suffix + "-s" + i).toList();
        IntFunction<List<String>> ownOf = copy -> IntStream.range(0, 5)
                .mapToObj(i -> "it-mix-" + suffix + "-b" + copy + "-n" + i).toList();

        long started = System.nanoTime();
        List<Answer> answers = parallel(10, copy -> {
            List<String> ids = new ArrayList<>(shared);
            ids.addAll(ownOf.apply(copy));
            return batchOf(ids);
        }, "/api/v1/content");
        System.out.printf("10 parallel batches of 10 shared and 5 new ids answered in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);

        Map<String, List<String>> statuses = statusesById(answers);
        for (String id : shared) {
            assertEquals(1, statuses.get(id).stream().filter("ACCEPTED"::equals).count(), id + " " + statuses.get(id));
            assertEquals(9, statuses.get(id).stream().filter("DUPLICATE"::equals).count(), id + " " + statuses.get(id));
        }
        for (int copy = 0; copy < 10; copy++) {
            for (String id : ownOf.apply(copy)) {
                assertEquals(List.of("ACCEPTED"), statuses.get(id), id);
                assertEquals(1, acceptedEventsOf(id), "stored and audited once: " + id);
            }
        }
    }

    @Test
    void twenty_parallel_copies_of_a_signal_batch_accept_each_signal_once() throws Exception {
        List<String> items = IntStream.range(0, 5).mapToObj(i -> "it-sigdup-" + suffix + "-c" + i).toList();
        api.postJsonOk("/api/v1/content", token, batchOf(items));
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> signalIds = IntStream.range(0, 20).mapToObj(i -> "it-sigdup-" + suffix + "-s" + i).toList();
        String batch = "{\"signals\":[" + IntStream.range(0, 20).mapToObj(i -> "{\"id\":\"" + signalIds.get(i)
                + "\",\"contentId\":\"" + items.get(i % 5) + "\",\"kind\":\"FALSE_NEWS_REPORT\",\"count\":10,\"at\":\""
                + at + "\"}").collect(Collectors.joining(",")) + "]}";

        Map<String, List<String>> statuses = statusesById(parallel(20, copy -> batch, "/api/v1/signals"));
        for (String id : signalIds) {
            assertEquals(1, statuses.get(id).stream().filter("ACCEPTED"::equals).count(), id + " " + statuses.get(id));
            assertEquals(19, statuses.get(id).stream().filter("DUPLICATE"::equals).count(), id + " " + statuses.get(id));
        }
    }

    // --- 3. backdated and implausible posting times -------------------------------------------------

    @Test
    void a_banned_hashtag_post_backdated_to_2020_is_removed_at_intake_and_in_the_pre_publication_check() {
        String specialist = "spec-" + suffix;
        api.createUser(specialist, PASSWORD, "SPECIALIST");
        String hashtag = "#StopTheSteal" + suffix;
        try (Response r = api.controlResponse("/api/test/r16/movements", new Form().param("as", specialist)
                .param("name", "Stop the Steal " + suffix).param("description", "a militarized social movement")
                .param("groups", "").param("hashtags", hashtag).param("phrases", "").param("banAllContent", "true"))) {
            assertEquals(200, r.getStatus(), r.readEntity(String.class));
        }
        String post = "{\"id\":\"it-backdated-" + suffix + "\",\"text\":\"We march today " + hashtag
                + "\",\"authorId\":\"a-" + suffix + "\",\"authorKind\":\"PERSON\",\"region\":\"US\",\"language\":\"en\","
                + "\"postedAt\":\"2020-01-01T00:00:00Z\",\"views\":10,\"shares\":1,\"ad\":false}";

        JsonObject check = api.postJsonOk("/api/v1/prepublish-check", token, post);
        assertEquals("REMOVED", check.getString("decision"), check.toString());

        JsonObject result = api.postJsonOk("/api/v1/content", token, "{\"items\":[" + post + "]}")
                .getJsonArray("results").getJsonObject(0);
        assertEquals("REMOVED", result.getString("status"), result.toString());
    }

    @Test
    void posting_times_from_year_zero_the_first_representable_year_or_the_far_future_are_rejected_on_postedAt() {
        for (String postedAt : List.of("0000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
                "+10000-01-01T00:00:00Z", Instant.now().plus(Duration.ofDays(1)).toString())) {
            String id = "it-time-" + suffix + "-" + Math.abs(postedAt.hashCode());
            JsonObject result = api.postJsonOk("/api/v1/content", token, "{\"items\":["
                    + Api.item(id, 10, Instant.now()).replaceFirst("\"postedAt\":\"[^\"]*\"",
                    "\"postedAt\":\"" + postedAt + "\"") + "]}").getJsonArray("results").getJsonObject(0);
            assertEquals("REJECTED", result.getString("status"), postedAt + " " + result);
            assertEquals("postedAt", result.getJsonArray("errors").getJsonObject(0).getString("field"), result.toString());
        }
        try (Response r = api.postJson("/api/v1/prepublish-check", token,
                Api.item("x", 10, Instant.now()).replaceFirst("\"postedAt\":\"[^\"]*\"", "\"postedAt\":\"0000-01-01T00:00:00Z\""))) {
            assertProblem(r, 400, "postedAt");
        }
    }

    // --- 4. malformed JSON --------------------------------------------------------------------------

    @Test
    void an_array_as_the_body_answers_400_naming_the_body_on_every_post_endpoint() {
        for (String path : List.of("/api/v1/content", "/api/v1/signals", "/api/v1/distribution",
                "/api/v1/prepublish-check", "/api/v1/factcheck/queue/x1/rating", "/api/v1/factcheck/ratings/1/disputes")) {
            try (Response r = api.postJson(path, token, "[1,2]")) {
                assertProblem(r, 400, "body");
            }
        }
    }

    @Test
    void a_thousand_nested_arrays_answer_400_problem_json() {
        String nested = "[".repeat(1000) + "]".repeat(1000);
        try (Response r = api.postJson("/api/v1/content", token, nested)) {
            assertProblem(r, 400, "body");
        }
        try (Response r = api.postJson("/api/v1/content", token, "{\"items\":[{\"topics\":" + nested + "}]}")) {
            assertProblem(r, 400, "items[0].topics[0]");
        }
    }

    @Test
    void numbers_and_flags_of_the_wrong_kind_answer_400_naming_the_field_instead_of_being_stored_as_zero() {
        String item = Api.item("it-kind-" + suffix, 10, Instant.now());
        Map<String, String> cases = Map.of(
                "\"views\":\"many\"", "items[0].views",
                "\"views\":1.5", "items[0].views",
                "\"views\":1e30", "items[0].views",
                "\"ad\":\"yes\"", "items[0].ad");
        cases.forEach((field, name) -> {
            String broken = item.replaceFirst(field.startsWith("\"ad\"") ? "\"ad\":false" : "\"views\":10", field);
            try (Response r = api.postJson("/api/v1/content", token, "{\"items\":[" + broken + "]}")) {
                assertProblem(r, 400, name);
            }
        });
        try (Response r = api.request("/api/v1/content/it-kind-" + suffix, token).get()) {
            assertEquals(404, r.getStatus(), "nothing was stored");
        }
        try (Response r = api.postJson("/api/v1/distribution", token, "{\"ids\":[[1,2]]}")) {
            assertProblem(r, 400, "ids[0]");
        }
    }

    @Test
    void an_xml_body_with_wrong_kinds_answers_400_naming_the_field_and_a_good_one_is_taken_in() {
        String id = "it-xml-" + suffix;
        String xml = "<contentBatch><items><id>" + id + "</id><text>An XML post</text><authorId>a-" + id
                + "</authorId><authorKind>PERSON</authorKind><region>US</region><language>en</language><postedAt>"
                + Instant.now().minusSeconds(60) + "</postedAt><views>%s</views><shares>1</shares><ad>%s</ad>"
                + "</items></contentBatch>";
        try (Response r = api.request("/api/v1/content", token).accept("application/json").post(jakarta.ws.rs.client.Entity.xml(
                String.format(xml, "many", "yes")))) {
            assertProblem(r, 400, "items[0].views");
        }
        try (Response r = api.request("/api/v1/content/" + id, token).get()) {
            assertEquals(404, r.getStatus(), "nothing was stored");
        }
        try (Response r = api.request("/api/v1/content", token).accept("application/json").post(jakarta.ws.rs.client.Entity.xml(
                String.format(xml, "12", "false")))) {
            assertEquals(200, r.getStatus(), r.readEntity(String.class));
        }
        assertEquals(12, api.getJsonOk("/api/v1/content/" + id, token).getJsonNumber("views").intValue());
    }

    // --- 5. oversized bodies ------------------------------------------------------------------------

    @Test
    void a_body_over_the_limit_is_refused_with_413_when_its_length_is_declared() throws Exception {
        byte[] big = oversizedBatch();
        HttpResponse<String> r = http.send(post("/api/v1/content").POST(HttpRequest.BodyPublishers.ofByteArray(big))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_with_413_while_it_is_read() throws Exception {
        byte[] big = oversizedBatch();
        HttpResponse<String> r = http.send(post("/api/v1/content")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"status\":413"), r.body());
    }

    // --- 9. unauthenticated surface -----------------------------------------------------------------

    @Test
    void no_wadl_describes_the_api_to_callers_without_a_token() throws Exception {
        HttpResponse<String> wadl = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/application.wadl"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, wadl.statusCode(), wadl.body());
        HttpResponse<String> options = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/content"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(options.body().contains("wadl") || options.body().contains("<application"), options.body());
        assertFalse(options.headers().firstValue("Content-Type").orElse("").contains("wadl"));
    }

    @Test
    void metrics_do_not_answer_anyone_who_asks() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertNotEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().contains("# TYPE"), r.body());
    }

    // --- 10. ids and URLs ---------------------------------------------------------------------------

    @Test
    void ids_with_a_nul_a_backslash_or_a_megabyte_of_characters_are_rejected_and_never_echoed() {
        String nul = Api.item("it-nul-" + suffix, 10, Instant.now()).replace("\"id\":\"it-nul-", "\"id\":\"it\\u0000nul-");
        String backslash = Api.item("it-bs-" + suffix, 10, Instant.now()).replace("\"id\":\"it-bs-", "\"id\":\"it\\\\bs-");
        String huge = "h".repeat(1 << 20);
        String megabyte = Api.item("it-big", 10, Instant.now()).replace("\"id\":\"it-big\"", "\"id\":\"" + huge + "\"");
        try (Response r = api.postJson("/api/v1/content", token, "{\"items\":[" + nul + "," + backslash + "," + megabyte + "]}")) {
            String body = r.readEntity(String.class);
            assertEquals(200, r.getStatus(), body.substring(0, Math.min(500, body.length())));
            assertTrue(body.length() < 10_000, "the megabyte id is not repeated: " + body.length() + " characters");
            List<JsonObject> results = Api.parse(body).getJsonArray("results").getValuesAs(JsonObject.class);
            for (JsonObject result : results) {
                assertEquals("REJECTED", result.getString("status"), result.toString());
                assertTrue(!result.containsKey("id") || result.isNull("id"), result.toString());
                assertTrue(result.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> e.getString("field").equals("id")), result.toString());
            }
        }
        try (Response r = api.postJson("/api/v1/distribution", token, "{\"ids\":[\"ok-1\",\"it\\\\bs\"]}")) {
            assertProblem(r, 400, "ids[1]");
        }
        try (Response r = api.request("/api/v1/content/it%20bs", token).get()) {
            assertProblem(r, 400, "contentId");
        }
        try (Response r = api.request("/api/v1/content/it%5Cbs", token).get()) {
            // Payara's HTTP layer already refuses an encoded backslash before the application sees it.
            assertTrue(r.getStatus() == 400 || r.getStatus() == 404, "status " + r.getStatus());
        }
    }

    @Test
    void links_that_are_not_absolute_http_urls_are_refused_on_the_field() {
        String xss = "https://fc.example/\\\"><svg/onload=alert(7)>";
        String item = Api.item("it-url-" + suffix, 10, Instant.now())
                .replace("\"url\":\"https://www.example.org/it-url-" + suffix + "\"", "\"url\":\"" + xss + "\"");
        JsonObject result = api.postJsonOk("/api/v1/content", token, "{\"items\":[" + item + "]}")
                .getJsonArray("results").getJsonObject(0);
        assertEquals("REJECTED", result.getString("status"), result.toString());
        assertEquals("url", result.getJsonArray("errors").getJsonObject(0).getString("field"), result.toString());

        try (Response r = api.postJson("/api/v1/factcheck/queue/it-url-" + suffix + "/rating", token,
                "{\"rating\":\"FALSE\",\"claim\":\"c\",\"summary\":\"s\",\"articleUrl\":\"" + xss + "\"}")) {
            assertProblem(r, 400, "articleUrl");
        }
    }

    // --- helpers ------------------------------------------------------------------------------------

    private record Answer(int status, String contentType, String body) {
    }

    private List<Answer> parallel(int copies, IntFunction<String> bodyOf, String path) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int copy = 0; copy < copies; copy++) {
                HttpRequest request = post(path).timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofString(bodyOf.apply(copy))).build();
                futures.add(pool.submit(() -> {
                    start.await();
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                Answer a = f.get();
                assertEquals(200, a.status(), a.body().substring(0, Math.min(a.body().length(), 500)));
                assertTrue(a.contentType().startsWith("application/json"), a.contentType());
                answers.add(a);
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, List<String>> statusesById(List<Answer> answers) {
        Map<String, List<String>> statuses = new HashMap<>();
        for (Answer a : answers) {
            for (JsonObject r : Api.parse(a.body()).getJsonArray("results").getValuesAs(JsonObject.class)) {
                statuses.computeIfAbsent(r.getString("id"), k -> new ArrayList<>()).add(r.getString("status"));
            }
        }
        return statuses;
    }

    private long acceptedEventsOf(String id) {
        return api.getJsonOk("/api/v1/content/" + id, token).getJsonArray("history").getValuesAs(JsonObject.class)
                .stream().filter(h -> h.getString("action").equals("INTAKE_ACCEPTED")).count();
    }

    private static String batchOf(List<String> ids) {
        Instant postedAt = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        return "{\"items\":[" + ids.stream().map(id -> Api.item(id, 100, postedAt)).collect(Collectors.joining(","))
                + "]}";
    }

    /** A syntactically fine batch of about 5 MB, over the default limit of 4 MiB. */
    private byte[] oversizedBatch() {
        String text = "x".repeat(60_000);
        byte[] body = ("{\"items\":[" + IntStream.range(0, 85).mapToObj(i -> "{\"id\":\"big-" + suffix + "-" + i
                + "\",\"text\":\"" + text + "\"}").collect(Collectors.joining(",")) + "]}")
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(body.length > 4_194_304);
        return body;
    }

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(URI.create(api.base() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json");
    }

    private static void assertProblem(Response r, int status, String field) {
        String body = r.readEntity(String.class);
        assertEquals(status, r.getStatus(), body);
        assertEquals("application/problem+json", r.getMediaType().getType() + "/" + r.getMediaType().getSubtype(), body);
        JsonObject problem = Api.parse(body);
        assertTrue(problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("field").equals(field)), field + " in " + body);
    }
}
