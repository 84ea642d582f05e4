package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Api;
import org.veracity.it.support.VeracityIT;

/** R24 over HTTP: every way a token can fail gets 401 with a Bearer challenge; a missing scope gets 403. */
class BearerTokenIT extends VeracityIT {

    private static final String DISTRIBUTION = "/api/v1/distribution";
    private static final String BODY = "{\"ids\":[\"x\"]}";

    @Test
    void no_authorization_header_gets_401_with_a_bare_bearer_challenge() {
        try (Response r = api.request(DISTRIBUTION, null).post(Entity.json(BODY))) {
            assertUnauthorized(r, "no bearer token was sent");
            assertEquals("Bearer realm=\"veracity\"", r.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
        }
    }

    @Test
    void another_scheme_or_a_malformed_token_gets_401() {
        try (Response r = api.request(DISTRIBUTION, null).header(HttpHeaders.AUTHORIZATION, "Basic YWxpY2U6c2VjcmV0")
                .post(Entity.json(BODY))) {
            assertUnauthorized(r, "not of the form");
        }
        try (Response r = api.request(DISTRIBUTION, "not-a-token").post(Entity.json(BODY))) {
            assertUnauthorized(r, "not of the form");
        }
    }

    @Test
    void a_well_formed_but_unknown_token_gets_401() {
        try (Response r = api.request(DISTRIBUTION, "vrc_" + "A".repeat(43)).post(Entity.json(BODY))) {
            assertUnauthorized(r, "not known");
        }
    }

    @Test
    void a_temporary_token_works_until_it_expires_and_then_gets_401() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        api.fixClockAt(now);
        String token = api.token("distribution:read", 24);
        api.fixClockAt(now.plus(Duration.ofHours(24)).minusSeconds(1));
        try (Response r = api.request(DISTRIBUTION, token).post(Entity.json(BODY))) {
            assertEquals(200, r.getStatus());
        }
        api.fixClockAt(now.plus(Duration.ofHours(24)));
        try (Response r = api.request(DISTRIBUTION, token).post(Entity.json(BODY))) {
            assertUnauthorized(r, "expired");
        }
    }

    @Test
    void a_revoked_token_gets_401() {
        String name = "revoke-me-" + UUID.randomUUID();
        String token = api.namedToken(name, "distribution:read");
        try (Response r = api.request(DISTRIBUTION, token).post(Entity.json(BODY))) {
            assertEquals(200, r.getStatus());
        }
        api.revoke(name);
        try (Response r = api.request(DISTRIBUTION, token).post(Entity.json(BODY))) {
            assertUnauthorized(r, "revoked");
        }
    }

    @Test
    void a_valid_token_without_the_scope_gets_403_naming_the_scope() {
        String reader = api.token("distribution:read", null);
        try (Response r = api.postJson("/api/v1/content", reader, "{\"items\":[]}")) {
            assertEquals(403, r.getStatus());
            assertEquals("application/problem+json", r.getMediaType().toString());
            assertTrue(r.getHeaderString(HttpHeaders.WWW_AUTHENTICATE).contains("insufficient_scope"));
            JsonObject problem = Api.parse(r.readEntity(String.class));
            assertTrue(problem.getString("detail").contains("content:write"), problem.toString());
        }
        try (Response r = api.request("/api/v1/content/x", reader).get()) {
            assertEquals(403, r.getStatus());
        }
    }

    @Test
    void the_admin_scope_allows_every_endpoint() {
        String admin = api.token("admin", null);
        try (Response r = api.postJson(DISTRIBUTION, admin, BODY)) {
            assertEquals(200, r.getStatus());
        }
        try (Response r = api.request("/api/v1/content/x", admin).get()) {
            assertEquals(404, r.getStatus(), "authorised, and the item does not exist");
        }
    }

    private static void assertUnauthorized(Response r, String detail) {
        assertEquals(401, r.getStatus());
        assertEquals("application/problem+json", r.getMediaType().toString());
        assertTrue(r.getHeaderString(HttpHeaders.WWW_AUTHENTICATE).startsWith("Bearer realm=\"veracity\""));
        String body = r.readEntity(String.class);
        assertTrue(body.contains(detail), body);
    }
}
