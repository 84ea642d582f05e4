package org.veracity.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URL;
import java.time.Instant;
import java.util.UUID;

/** A plain HTTP client for Veracity's API, as an integrator would use it. */
public final class Api implements AutoCloseable {

    private final Client client = ClientBuilder.newClient();
    private final String base;

    public Api(URL base) {
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    public String base() {
        return base;
    }

    public Invocation.Builder request(String path, String token) {
        Invocation.Builder builder = client.target(base + path).request();
        return token == null ? builder : builder.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    public Response postJson(String path, String token, String json) {
        return request(path, token).accept(MediaType.APPLICATION_JSON).post(Entity.json(json));
    }

    public JsonObject postJsonOk(String path, String token, String json) {
        try (Response r = postJson(path, token, json)) {
            String body = r.readEntity(String.class);
            if (r.getStatus() != 200) {
                throw new AssertionError("POST " + path + " answered " + r.getStatus() + ": " + body);
            }
            return parse(body);
        }
    }

    public Response postJson(String path, String token, JsonObject json) {
        return postJson(path, token, json.toString());
    }

    public JsonObject postJsonOk(String path, String token, JsonObject json) {
        return postJsonOk(path, token, json.toString());
    }

    public JsonObject getJsonOk(String path, String token) {
        try (Response r = request(path, token).accept(MediaType.APPLICATION_JSON).get()) {
            String body = r.readEntity(String.class);
            if (r.getStatus() != 200) {
                throw new AssertionError("GET " + path + " answered " + r.getStatus() + ": " + body);
            }
            return parse(body);
        }
    }

    /** A token with these scopes (comma-separated wire names); {@code hours} null makes it permanent. */
    public String token(String scopes, Integer hours) {
        Form form = new Form().param("name", "t-" + UUID.randomUUID()).param("scopes", scopes);
        if (hours != null) {
            form.param("hours", hours.toString());
        }
        return control("/api/test/tokens", form);
    }

    public String namedToken(String name, String scopes) {
        return control("/api/test/tokens", new Form().param("name", name).param("scopes", scopes));
    }

    /** Issues a permanent token with these scopes and answers its name (not its secret). */
    public String namedTokenName(String scopes) {
        String name = "t-" + UUID.randomUUID();
        namedToken(name, scopes);
        return name;
    }

    public String partnerToken(String partner) {
        return control("/api/test/partner-tokens", new Form().param("name", "p-" + UUID.randomUUID())
                .param("partner", partner));
    }

    /** Calls a test-control endpoint; answers the response so a test can check refusals. */
    public Response controlResponse(String path, Form form) {
        return client.target(base + path).request(MediaType.TEXT_PLAIN).post(Entity.form(form));
    }

    public String controlOk(String path, Form form) {
        return control(path, form);
    }

    /** Reads a test-control endpoint (plain text). */
    public String controlGet(String path) {
        try (Response r = client.target(base + path).request(MediaType.TEXT_PLAIN).get()) {
            String body = r.readEntity(String.class);
            if (r.getStatus() != 200) {
                throw new AssertionError("GET " + path + " answered " + r.getStatus() + ": " + body);
            }
            return body;
        }
    }

    public void revoke(String name) {
        control("/api/test/tokens/" + name + "/revoke", new Form());
    }

    public void fixClockAt(Instant at) {
        control("/api/test/clock", new Form().param("at", at.toString()));
    }

    public void resetClock() {
        control("/api/test/clock", new Form());
    }

    public void createUser(String username, String password, String role) {
        createUser(username, password, role, null);
    }

    public void createUser(String username, String password, String role, String organisation) {
        Form form = new Form().param("username", username).param("password", password).param("role", role);
        if (organisation != null) {
            form.param("organisation", organisation);
        }
        control("/api/test/users", form);
    }

    private String control(String path, Form form) {
        try (Response r = client.target(base + path).request(MediaType.TEXT_PLAIN).post(Entity.form(form))) {
            String body = r.readEntity(String.class);
            if (r.getStatus() != 200) {
                throw new AssertionError("test control " + path + " answered " + r.getStatus() + ": " + body);
            }
            return body;
        }
    }

    public static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** One content item in the intake format of DESIGN §4. */
    public static String item(String id, long views, Instant postedAt) {
        return item(id, "https://www.example.org/" + id, "author-" + id, views, postedAt);
    }

    public static String item(String id, String url, String author, long views, Instant postedAt) {
        return "{\"id\":\"" + id + "\",\"url\":\"" + url + "\",\"text\":\"Claim " + id
                + "\",\"authorId\":\"" + author + "\",\"authorKind\":\"PERSON\",\"topics\":[\"politics\"],"
                + "\"region\":\"US\",\"language\":\"en\",\"postedAt\":\"" + postedAt + "\",\"views\":" + views
                + ",\"shares\":50,\"ad\":false}";
    }

    @Override
    public void close() {
        client.close();
    }
}
