package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.access.RequiresScope;
import org.veracity.it.support.ClientGeneration;
import org.veracity.it.support.GeneratedClient.Answer;
import org.veracity.it.support.GeneratedClient.Post;
import org.veracity.it.support.GeneratedClient.Refusal;
import org.veracity.it.support.GeneratedClient.Result;
import org.veracity.it.support.GeneratedClient;
import org.veracity.it.support.VeracityIT;

/**
 * Issue 9, "integrators must be able to code against it": the OpenAPI document the running WAR serves at
 * {@code /openapi} describes every {@code /api/v1} operation with the scope it needs and its problem answers, and a
 * Java client generated from that very document drives intake, signals, distribution, the pre-publish check and
 * the fact-check queue.
 */
class OpenApiClientIT extends VeracityIT {

    private static final Set<String> PROBLEMS_OF_EVERY_OPERATION = Set.of("400", "401", "403");

    @Test
    void the_served_document_describes_every_api_v1_operation_with_its_scope_and_problem_answers() {
        JsonObject document = servedDocument();
        assertEquals("Veracity integrator API", document.getJsonObject("info").getString("title"));
        JsonObject bearer = document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("bearer");
        assertEquals("http", bearer.getString("type"));
        assertEquals("bearer", bearer.getString("scheme"));

        Map<String, String> resources = resourceOperations();
        Map<String, String> described = new TreeMap<>();
        document.getJsonObject("paths").forEach((path, item) -> {
            if (path.startsWith("/api/v1/")) {
                item.asJsonObject().forEach((method, operation) -> described.put(method.toUpperCase() + " " + path,
                        scopeOf(operation.asJsonObject())));
            }
        });
        assertEquals(resources, described, "every JAX-RS method under /api/v1, with its @RequiresScope scope");

        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            if (!path.startsWith("/api/v1/")) {
                return;
            }
            String name = method.toUpperCase() + " " + path;
            JsonObject operation = op.asJsonObject();
            assertFalse(operation.getString("summary", "").isBlank(), name + " has a summary");
            JsonObject responses = operation.getJsonObject("responses");
            String success = Stream.of("200", "201", "204").filter(responses::containsKey).findFirst().orElse(null);
            assertNotNull(success, name + " describes its success answer");
            if (!success.equals("204")) {
                assertTrue(responses.getJsonObject(success).getJsonObject("content")
                        .getJsonObject(MediaType.APPLICATION_JSON).getJsonObject("schema").containsKey("$ref"),
                        name + " answers a named schema");
            }
            // Public open data asks for no token, so it has no 401/403 to describe.
            Set<String> problems = "none".equals(scopeOf(operation)) ? new TreeSet<>()
                    : new TreeSet<>(PROBLEMS_OF_EVERY_OPERATION);
            if (operation.containsKey("requestBody")) {
                problems.add("413");
            }
            if (path.contains("{")) {
                problems.add("404");
            }
            for (String status : problems) {
                assertTrue(responses.containsKey(status), name + " describes its " + status + " answer");
                assertProblemDocument(document, resolve(document, responses.getJsonObject(status)),
                        name + " " + status);
            }
        }));
        assertProblemDocument(document, resolve(document, Json.createObjectBuilder()
                .add("$ref", "#/components/responses/Conflict").build()), "409");
        assertEquals(List.of(), unresolvedReferences(document, document), "every $ref names a component");
    }

    @Test
    void a_client_generated_from_the_served_document_drives_intake_signals_distribution_and_the_queue() {
        ClassLoader client = new ClientGeneration(Path.of("target/openapi-client"))
                .generateAndCompile(generatorInput(servedDocument()));
        String integratorToken = api.token("content:write,content:read,signals:write,distribution:read", null);
        String partner = "Partner " + UUID.randomUUID().toString().substring(0, 8);
        api.controlOk("/api/test/partners", new Form().param("name", partner).param("languages", "en")
                .param("regions", "US"));
        GeneratedClient integrator = ClientGeneration.driver(client, api.base(), integratorToken);
        GeneratedClient checker = ClientGeneration.driver(client, api.base(), api.partnerToken(partner));

        String id = "oa-" + UUID.randomUUID();
        String hourAgo = Instant.now().minus(Duration.ofHours(1)).toString();
        Post post = new Post(id, "https://www.generated-client.example/" + id, "Claim " + id, "author-" + id, "US", hourAgo, 10_000);
        Post bad = new Post("oa-bad-" + UUID.randomUUID(), null, "no author", null, "usa", hourAgo, 10);
        List<Result> results = integrator.submitContent(List.of(post, bad));
        assertEquals("ACCEPTED", results.get(0).status());
        assertEquals("REJECTED", results.get(1).status());
        assertEquals(List.of("authorId", "region"), results.get(1).errorFields());
        assertEquals("DUPLICATE", integrator.submitContent(List.of(post)).get(0).status());

        assertEquals("ACCEPTED", integrator.submitSignal(id + "-x", id, "EXTERNAL_FALSITY", 3, Instant.now()).status());
        assertEquals(0.5, integrator.distribution(List.of(id)).get(0).multiplier(), 1e-9,
                "predicted false and demoted while it waits for fact-checkers");

        Post draft = new Post(null, "https://www.example.org/draft", "A harmless draft", "author-d", "US",
                Instant.now().toString(), 0);
        assertEquals("OK", integrator.prepublishDecision(draft));
        Refusal undated = integrator.prepublishRefusal(new Post(null, draft.url(), draft.text(), draft.authorId(),
                "US", "last week", 0));
        assertEquals(400, undated.status());
        assertEquals("application/problem+json", undated.contentType());
        assertEquals(List.of("postedAt"), undated.errorFields());

        assertTrue(checker.queue(50).contains(id), "the partner's queue holds the predicted item");
        assertNotNull(checker.claim(id));
        Refusal taken = ClientGeneration.driver(client, api.base(), api.partnerToken(partner)).claimRefusal(id);
        assertEquals(409, taken.status(), "another fact-checker of the organisation holds the lease");
        assertTrue(checker.rate(id, "FALSE", "The claim of " + id, "https://factcheck.example/" + id,
                "What the evidence shows.") > 0);

        Answer rated = integrator.distribution(List.of(id)).get(0);
        assertEquals(0.2, rated.multiplier(), 1e-9);
        assertFalse(rated.adsAllowed());
        assertEquals(List.of("WARNING"), rated.labels());
        assertEquals(List.of("FALSE"), integrator.ratings(id));

        assertEquals(404, integrator.contentRefusal("oa-never-sent-" + UUID.randomUUID()).status());
        assertEquals(401, ClientGeneration.driver(client, api.base(), null).contentRefusal(id).status());
    }

    private JsonObject servedDocument() {
        try (Response r = api.request("/openapi", null).accept(MediaType.APPLICATION_JSON).get()) {
            String body = r.readEntity(String.class);
            assertEquals(200, r.getStatus(), body);
            return org.veracity.it.support.Api.parse(body);
        }
    }

    /**
     * The served document as the generator gets it, less two things. Payara 6.2025.10 adds a top-level
     * {@code endpoints} map that OpenAPI 3.0 does not allow (later Payara versions call it {@code x-endpoints}); the
     * generator's validation rejects the document for it (docs/api.md). And this test deployment adds the test-only
     * control resources under {@code /api/test}, which the WAR integrators run does not have.
     */
    private static String generatorInput(JsonObject document) {
        JsonObjectBuilder paths = Json.createObjectBuilder();
        document.getJsonObject("paths").forEach((path, item) -> {
            if (path.startsWith("/api/v1/")) {
                paths.add(path, item);
            }
        });
        return Json.createObjectBuilder(document).remove("endpoints").add("paths", paths).build().toString();
    }

    /** "METHOD /api/v1/..." → scope wire name, for every resource method of the WAR's REST package. */
    private static Map<String, String> resourceOperations() {
        Map<String, String> operations = new TreeMap<>();
        for (Class<?> type : restClasses()) {
            jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null || !root.value().startsWith("v1")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                String verb = httpMethod(m);
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                String path = "/api/" + root.value() + (sub == null ? "" : "/" + sub.value());
                RequiresScope scope = m.isAnnotationPresent(RequiresScope.class) ? m.getAnnotation(RequiresScope.class)
                        : type.getAnnotation(RequiresScope.class);
                operations.put(verb + " " + path.replaceAll("/+", "/"),
                        scope == null ? "none" : scope.value().wireName());
            }
        }
        return operations;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static List<Class<?>> restClasses() {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Stream.concat(Files.walk(classes.resolve("org/veracity/interfaces/rest")),
                Files.walk(classes.resolve("org/veracity/interfaces/transparency")))) {
            List<Class<?>> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                out.add(Class.forName(name, false, OpenApiClientIT.class.getClassLoader()));
            }
            return out;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one bearer scope an operation's security requirement names, or "none". */
    private static String scopeOf(JsonObject operation) {
        if (!operation.containsKey("security")) {
            return "none";
        }
        JsonObject requirement = operation.getJsonArray("security").getJsonObject(0);
        return requirement.getJsonArray("bearer").getString(0);
    }

    private static JsonObject resolve(JsonObject document, JsonObject maybeReference) {
        if (!maybeReference.containsKey("$ref")) {
            return maybeReference;
        }
        JsonValue target = document;
        for (String part : maybeReference.getString("$ref").substring(2).split("/")) {
            target = target.asJsonObject().get(part);
            assertNotNull(target, "unresolved " + maybeReference.getString("$ref"));
        }
        return target.asJsonObject();
    }

    /** application/problem+json with the Problem schema, whose errors list names field and message. */
    private static void assertProblemDocument(JsonObject document, JsonObject response, String what) {
        JsonObject schema = resolve(document, response.getJsonObject("content")
                .getJsonObject(Problem.MEDIA_TYPE).getJsonObject("schema"));
        JsonObject properties = schema.getJsonObject("properties");
        assertTrue(properties.keySet().containsAll(List.of("type", "title", "status", "detail", "errors")), what);
        JsonObject errors = properties.getJsonObject("errors");
        assertEquals("array", errors.getString("type"), what);
        assertEquals(Set.of("field", "message"),
                resolve(document, errors.getJsonObject("items")).getJsonObject("properties").keySet(), what);
    }

    private static List<String> unresolvedReferences(JsonObject document, JsonValue value) {
        List<String> out = new ArrayList<>();
        if (value instanceof JsonObject object) {
            if (object.get("$ref") instanceof JsonString ref) {
                JsonValue target = document;
                for (String part : ref.getString().substring(2).split("/")) {
                    target = target instanceof JsonObject o ? o.get(part) : null;
                }
                if (target == null) {
                    out.add(ref.getString());
                }
            }
            object.values().forEach(v -> out.addAll(unresolvedReferences(document, v)));
        } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(v -> out.addAll(unresolvedReferences(document, v)));
        }
        return out;
    }
}
