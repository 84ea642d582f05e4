package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Api;
import org.veracity.it.support.DeskSession;
import org.veracity.it.support.DeskSession.Page;
import org.veracity.it.support.VeracityIT;

/** Issue 9: administration at the desk and over REST, least privilege for fact-checkers, and login throttling. */
class AdministrationIT extends VeracityIT {

    private static final String PASSWORD = "a-long-admin-it-password";

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String partner(String languages, String regions) {
        String name = unique("Partner");
        api.controlOk("/api/test/partners", new Form().param("name", name).param("languages", languages)
                .param("regions", regions));
        return name;
    }

    // ---- tokens over REST (R24) ----------------------------------------------------------------------------

    @Test
    void an_admin_token_mints_a_token_that_works_shows_its_last_use_and_is_refused_once_revoked() {
        String admin = api.token("admin", null);
        String name = unique("analytics");
        JsonObject issued;
        try (Response r = api.postJson("/api/v1/admin/tokens", admin, "{\"name\":\"" + name
                + "\",\"owner\":\"analytics-system\",\"scopes\":[\"content:read\"],\"hours\":2}")) {
            assertEquals(201, r.getStatus());
            issued = Api.parse(r.readEntity(String.class));
        }
        String secret = issued.getString("token");
        assertTrue(secret.startsWith("vrc_"), secret);
        assertNotNull(issued.getString("expiresAt"));
        try (Response r = api.request("/api/v1/content/" + unique("nothing"), secret).accept(MediaType.APPLICATION_JSON).get()) {
            assertEquals(404, r.getStatus(), "the new token authenticates");
        }
        JsonObject listed = listed(admin, name);
        assertEquals("ACTIVE", listed.getString("status"));
        assertEquals("analytics-system", listed.getString("owner"));
        assertTrue(listed.containsKey("lastUsedAt"), "the list shows the token's last use: " + listed);
        assertFalse(listed.toString().contains(secret), "the list never shows the secret");

        try (Response r = api.request("/api/v1/admin/tokens/" + name, admin).delete()) {
            assertEquals(204, r.getStatus());
        }
        try (Response r = api.request("/api/v1/content/" + unique("nothing"), secret).accept(MediaType.APPLICATION_JSON).get()) {
            assertEquals(401, r.getStatus(), "a revoked token is refused at once");
        }
        assertEquals("REVOKED", listed(admin, name).getString("status"));
    }

    @Test
    void a_token_request_is_refused_field_by_field_for_a_lifetime_over_24_hours_or_an_unknown_scope() {
        String admin = api.token("admin", null);
        try (Response r = api.postJson("/api/v1/admin/tokens", admin, "{\"name\":\"" + unique("long")
                + "\",\"owner\":\"x\",\"scopes\":[\"content:read\",\"everything\"],\"hours\":25}")) {
            assertEquals(400, r.getStatus());
            List<String> fields = Api.parse(r.readEntity(String.class)).getJsonArray("errors")
                    .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).sorted().toList();
            assertEquals(List.of("hours", "scopes"), fields);
        }
        String name = unique("twice");
        api.postJson("/api/v1/admin/tokens", admin, "{\"name\":\"" + name + "\",\"owner\":\"x\",\"scopes\":[\"content:read\"]}").close();
        try (Response r = api.postJson("/api/v1/admin/tokens", admin, "{\"name\":\"" + name
                + "\",\"owner\":\"x\",\"scopes\":[\"content:read\"]}")) {
            assertEquals(409, r.getStatus());
        }
    }

    private JsonObject listed(String admin, String name) {
        return api.getJsonOk("/api/v1/admin/tokens", admin).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not listed"));
    }

    // ---- least privilege for fact-checkers ----------------------------------------------------------------

    @Test
    void a_fact_checker_cannot_enqueue_an_item_outside_its_organisations_languages_and_regions() {
        String partner = partner("en", "US");
        String checker = unique("fc");
        api.createUser(checker, PASSWORD, "FACT_CHECKER", partner);
        String writer = api.token("content:write,content:read", null);
        String brazilian = unique("br");
        JsonObject intake = api.postJsonOk("/api/v1/content", writer, "{\"items\":[" + Api.item(brazilian, 1000,
                Instant.now().minusSeconds(60)).replace("\"region\":\"US\",\"language\":\"en\"",
                "\"region\":\"BR\",\"language\":\"pt-BR\"") + "]}");
        assertEquals("ACCEPTED", intake.getJsonArray("results").getJsonObject(0).getString("status"), intake.toString());
        String american = unique("us");
        api.postJsonOk("/api/v1/content", writer, "{\"items\":[" + Api.item(american, 1000, Instant.now().minusSeconds(60)) + "]}");

        DeskSession desk = DeskSession.loggedIn(api.base(), checker, PASSWORD);
        Page refused = enqueue(desk, brazilian);
        assertTrue(refused.body().contains("outside " + partner), () -> "the refusal says why: " + refused.status()
                + " " + refused.location() + "\n" + refused.body());
        JsonObject stored = api.getJsonOk("/api/v1/content/" + brazilian, writer);
        assertFalse(stored.containsKey("queue") && !stored.isNull("queue"), "not enqueued: " + stored);

        enqueue(desk, american);
        assertEquals("MANUAL", api.getJsonOk("/api/v1/content/" + american, writer).getJsonObject("queue").getString("route"));
    }

    @Test
    void a_partner_cannot_claim_an_item_outside_its_coverage_and_its_fact_checkers_cannot_open_it() {
        String partner = partner("en", "US");
        String checker = unique("fc");
        api.createUser(checker, PASSWORD, "FACT_CHECKER", partner);
        String writer = api.token("content:write,content:read", null);
        String brazilian = unique("br");
        String american = unique("us");
        api.postJsonOk("/api/v1/content", writer, "{\"items\":[" + Api.item(brazilian, 1000, Instant.now().minusSeconds(60))
                .replace("\"region\":\"US\",\"language\":\"en\"", "\"region\":\"BR\",\"language\":\"pt-BR\"") + ","
                + Api.item(american, 1000, Instant.now().minusSeconds(60)) + "]}");
        for (String id : List.of(brazilian, american)) {
            api.controlOk("/api/test/manual-enqueue", new Form().param("contentId", id).param("withDemotion", "false")
                    .param("issue", "Coverage election").param("externalSignal", "https://partner.example/report/c")
                    .param("note", "queued by a moderator"));
        }
        String partnerToken = api.partnerToken(partner);
        try (Response r = api.postJson("/api/v1/factcheck/queue/" + brazilian + "/claim", partnerToken, "{}")) {
            assertEquals(403, r.getStatus());
        }
        try (Response r = api.postJson("/api/v1/factcheck/queue/" + american + "/claim", partnerToken, "{}")) {
            assertEquals(200, r.getStatus());
        }

        DeskSession desk = DeskSession.loggedIn(api.base(), checker, PASSWORD);
        Page outside = desk.get("/desk/item.xhtml?id=" + brazilian);
        assertFalse(outside.body().contains("id=\"item-id\""), "an item outside the queue is not shown");
        Page inside = desk.get("/desk/item.xhtml?id=" + american);
        assertTrue(inside.body().contains("id=\"item-id\""), "an item in the partner's queue is shown");
        assertFalse(inside.body().contains("test-moderator"), "staff names are not shown to partners");
        assertTrue(inside.body().contains("moderator"), "the history still says a moderator enqueued it");
    }

    private static Page enqueue(DeskSession desk, String contentId) {
        return desk.submit("/desk/enqueue.xhtml", "enqueue", "submit", Map.of("enqueue:contentId", contentId,
                "enqueue:evidenceNote", "spotted by our desk this morning"));
    }

    // ---- desk users ---------------------------------------------------------------------------------------

    @Test
    void a_reset_password_must_be_changed_at_the_next_login_and_a_disabled_user_is_logged_out() {
        String admin = unique("admin");
        api.createUser(admin, PASSWORD, "ADMIN");
        String moderator = unique("mod");
        api.createUser(moderator, PASSWORD, "MODERATOR");
        DeskSession adminDesk = DeskSession.loggedIn(api.base(), admin, PASSWORD);
        DeskSession modDesk = DeskSession.loggedIn(api.base(), moderator, PASSWORD);

        String temporary = "temporary-" + UUID.randomUUID();
        Page reset = adminDesk.submit("/desk/users.xhtml", "manage", "resetButton", Map.of("manage:user_input", moderator,
                "manage:password", temporary));
        assertTrue(reset.body().contains("choose a new one at the next login"), reset.body());

        DeskSession fresh = new DeskSession(api.base());
        assertTrue(fresh.login(moderator, temporary).redirectsTo("/desk/"));
        assertTrue(fresh.get("/desk/index.xhtml").redirectsTo("/desk/password.xhtml"), "every page leads to the password page");
        String mine = "my-own-" + UUID.randomUUID();
        Page changed = fresh.submit("/desk/password.xhtml", "password", "change", Map.of("password:current", temporary,
                "password:password", mine, "password:repeat", mine));
        assertTrue(changed.redirectsTo("/desk/index.xhtml"), changed.status() + " " + changed.location());
        assertEquals(200, fresh.get("/desk/index.xhtml").status());

        adminDesk.submit("/desk/users.xhtml", "manage", "disableButton", Map.of("manage:user_input", moderator));
        assertTrue(fresh.get("/desk/index.xhtml").redirectsTo("/desk/login.xhtml"), "a disabled user is logged out");
        assertTrue(modDesk.get("/desk/index.xhtml").redirectsTo("/desk/login.xhtml"));
        assertFalse(new DeskSession(api.base()).login(moderator, mine).redirectsTo("/desk/"), "and cannot log in");
    }

    @Test
    void a_partner_admin_sees_and_creates_only_its_own_organisations_fact_checkers_and_tokens() {
        String partner = partner("en", "US");
        String other = partner("es", "MX");
        String partnerAdmin = unique("padmin");
        api.createUser(partnerAdmin, PASSWORD, "PARTNER_ADMIN", partner);
        String outsider = unique("fc-other");
        api.createUser(outsider, PASSWORD, "FACT_CHECKER", other);
        DeskSession desk = DeskSession.loggedIn(api.base(), partnerAdmin, PASSWORD);

        String newChecker = unique("fc-new");
        Page created = desk.submit("/desk/users.xhtml", "create", "createButton", Map.of("create:username", newChecker,
                "create:displayName", "New Checker", "create:password", "temporary-" + UUID.randomUUID(),
                "create:roles", List.of("FACT_CHECKER")));
        assertTrue(created.body().contains("User " + newChecker + " created"), created.body());
        assertTrue(created.body().contains(newChecker));
        assertFalse(created.body().contains(outsider), "another organisation's users are not listed");

        String tokenName = unique("partner-token");
        Page issued = desk.submit("/desk/tokens.xhtml", "issue", "issueButton", Map.of("issue:name", tokenName,
                "issue:scopes", List.of("FACTCHECK_WRITE"), "issue:permanent_input", "on"));
        assertTrue(issued.body().contains("id=\"secret\""), "the secret is shown once");
        assertTrue(issued.body().contains(tokenName));
        String admin = api.token("admin", null);
        assertEquals(partner, listed(admin, tokenName).getString("owner"), "the token belongs to the partner");

        assertEquals(403, desk.get("/desk/partners.xhtml").status());
        assertEquals(403, desk.get("/desk/index.xhtml").status());
    }

    // ---- login ----------------------------------------------------------------------------------------------

    @Test
    void repeated_wrong_passwords_lock_the_account_and_unknown_users_get_the_same_answer() {
        // The server's clock stands still here: eleven PBKDF2 logins on a busy machine can outlast the 32 s lock.
        api.fixClockAt(Instant.now());
        try {
            lockedAfterElevenFailures();
        } finally {
            api.resetClock();
        }
    }

    private void lockedAfterElevenFailures() {
        String user = unique("victim");
        api.createUser(user, PASSWORD, "MODERATOR");
        DeskSession attacker = new DeskSession(api.base());
        Page wrong = attacker.login(user, "wrong-password-0");
        Page unknown = attacker.login(unique("nobody"), "wrong-password-0");
        assertEquals(wrong.status(), unknown.status());
        assertTrue(wrong.body().contains("Unknown user name or wrong password"));
        assertTrue(unknown.body().contains("Unknown user name or wrong password"));
        for (int i = 1; i < 11; i++) {
            assertFalse(attacker.login(user, "wrong-password-" + i).redirectsTo("/desk/"));
        }
        Page locked = new DeskSession(api.base()).login(user, PASSWORD);
        assertFalse(locked.redirectsTo("/desk/"), "after 11 failures even the right password waits (32 s)");
        assertTrue(locked.body().contains("Unknown user name or wrong password"), "the same words: nothing to learn");
        String bystander = unique("bystander");
        api.createUser(bystander, PASSWORD, "MODERATOR");
        assertTrue(new DeskSession(api.base()).login(bystander, PASSWORD).redirectsTo("/desk/"),
                "other accounts from the same address are not locked yet");
    }

    @Test
    void the_first_admin_setup_is_closed_once_desk_users_exist() {
        api.createUser(unique("someone"), PASSWORD, "MODERATOR");
        Page setup = new DeskSession(api.base()).get("/desk/setup.xhtml");
        assertEquals(200, setup.status());
        assertTrue(setup.body().contains("the setup is closed for good"), setup.body());
        assertFalse(setup.body().contains("<form id=\"setup\""));
    }
}
