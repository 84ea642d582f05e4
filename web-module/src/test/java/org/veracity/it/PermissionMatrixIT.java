package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.veracity.it.support.Api;
import org.veracity.it.support.DeskSession;
import org.veracity.it.support.DeskSession.Page;
import org.veracity.it.support.VeracityIT;

/**
 * Who may do what, seen from outside (issue 9): every desk page and its main forms for every role, and every
 * REST endpoint for every kind of bearer token. The expectations are written out here, not derived from the
 * permission table, so a change to the table that opens a page to the wrong role fails this test.
 */
class PermissionMatrixIT extends VeracityIT {

    private static final String PASSWORD = "a-long-matrix-password";

    enum DeskRole { MODERATOR, SPECIALIST, FACT_CHECKER, POLICY_LEAD, ADMIN, PARTNER_ADMIN }

    private static final DeskRole M = DeskRole.MODERATOR;
    private static final DeskRole S = DeskRole.SPECIALIST;
    private static final DeskRole F = DeskRole.FACT_CHECKER;
    private static final DeskRole P = DeskRole.POLICY_LEAD;
    private static final DeskRole A = DeskRole.ADMIN;
    private static final DeskRole PA = DeskRole.PARTNER_ADMIN;

    /** A desk page, the heading that proves its content was shown, and the roles that may see it. */
    private record DeskPage(String path, String heading, Set<DeskRole> allowed) {
    }

    private static final List<DeskPage> PAGES = List.of(
            new DeskPage("/desk/index.xhtml", "<h1>Fact-check queue", Set.of(M, S, F, P, A)),
            new DeskPage("/desk/workbench.xhtml", "<h1>Fact-checker workbench", Set.of(F)),
            new DeskPage("/desk/enqueue.xhtml", "<h1>Enqueue an item", Set.of(M, S, F)),
            new DeskPage("/desk/disputes.xhtml", "<h1>Disputed ratings", Set.of(M, S, F, P)),
            new DeskPage("/desk/exemptions.xhtml", "<h1>Popular-site exemption", Set.of(M, S, P, A)),
            new DeskPage("/desk/issues.xhtml", "<h1>Issues of importance", Set.of(M, S, P, A)),
            new DeskPage("/desk/policies.xhtml", "<h1>Policies and their versions", Set.of(M, S, P, A)),
            new DeskPage("/desk/movements.xhtml", "<h1>Designated movements", Set.of(M, S, P, A)),
            new DeskPage("/desk/suspensions.xhtml", "<h1>Account suspensions", Set.of(M, S, P, A)),
            new DeskPage("/desk/measures.xhtml", "<h1>Break-glass measures", Set.of(M, S, P, A)),
            new DeskPage("/desk/rfh.xhtml", "<h1>Repeatedly fact-checked hoaxes", Set.of(M, S, P, A)),
            new DeskPage("/desk/rfh-review.xhtml", "<h1>RFH review queue", Set.of(S, P)),
            new DeskPage("/desk/jobs.xhtml", "<h1>Jobs", Set.of(A)),
            new DeskPage("/desk/users.xhtml", "<h1>Desk users", Set.of(A, PA)),
            new DeskPage("/desk/partners.xhtml", "<h1>Fact-checking partners", Set.of(A)),
            new DeskPage("/desk/tokens.xhtml", "<h1>API tokens", Set.of(A, PA)),
            new DeskPage("/desk/password.xhtml", "<h1>Choose your password", Set.of(M, S, F, P, A, PA)),
            new DeskPage("/desk/deliveries.xhtml", "<h1>Deliveries", Set.of(A)),
            new DeskPage("/desk/sponsorships.xhtml", "<h1>Sponsorships and disclosure", Set.of(M, S, P, A)),
            new DeskPage("/desk/escalations.xhtml", "<h1>Escalations", Set.of(S, P, A)),
            new DeskPage("/desk/coordination.xhtml", "<h1>Coordination cases", Set.of(M, S, P, A)));

    /** The main form actions: on a page the role may see, the form is offered only to these roles. */
    private record DeskForm(String path, String formId, Set<DeskRole> offeredTo) {
    }

    private static final List<DeskForm> FORMS = List.of(
            new DeskForm("/desk/suspensions.xhtml", "suspend", Set.of(S)),
            new DeskForm("/desk/movements.xhtml", "designate", Set.of(S)),
            new DeskForm("/desk/measures.xhtml", "switch", Set.of(P)),
            new DeskForm("/desk/rfh.xhtml", "nominate", Set.of(S)),
            new DeskForm("/desk/rfh.xhtml", "decide", Set.of(P)),
            new DeskForm("/desk/issues.xhtml", "issue", Set.of(S, P)),
            new DeskForm("/desk/policies.xhtml", "publish", Set.of(P)),
            new DeskForm("/desk/disputes.xhtml", "answer", Set.of(F)),
            new DeskForm("/desk/jobs.xhtml", "jobs", Set.of(A)),
            new DeskForm("/desk/enqueue.xhtml", "enqueue", Set.of(M, S, F)),
            new DeskForm("/desk/users.xhtml", "create", Set.of(A, PA)),
            new DeskForm("/desk/tokens.xhtml", "issue", Set.of(A, PA)),
            new DeskForm("/desk/deliveries.xhtml", "whatsapp", Set.of(A)),
            new DeskForm("/desk/sponsorships.xhtml", "record", Set.of(S)),
            new DeskForm("/desk/sponsorships.xhtml", "ban", Set.of(P)),
            new DeskForm("/desk/escalations.xhtml", "report", Set.of(S)),
            new DeskForm("/desk/partners.xhtml", "classify", Set.of(A)));

    @Test
    void every_desk_page_and_form_is_shown_to_the_roles_that_may_use_it_and_refused_to_the_others() {
        String partner = "Matrix checkers " + UUID.randomUUID().toString().substring(0, 6);
        api.controlOk("/api/test/partners", new Form().param("name", partner).param("languages", "en")
                .param("regions", "US"));
        Map<DeskRole, DeskSession> sessions = new EnumMap<>(DeskRole.class);
        for (DeskRole role : DeskRole.values()) {
            String name = "mx-" + role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 6);
            boolean partnerRole = role == F || role == PA;
            api.createUser(name, PASSWORD, role.name(), partnerRole ? partner : null);
            sessions.put(role, DeskSession.loggedIn(api.base(), name, PASSWORD));
        }
        List<Executable> checks = new ArrayList<>();
        Map<String, Map<DeskRole, Page>> seen = new LinkedHashMap<>();
        for (DeskPage page : PAGES) {
            for (DeskRole role : DeskRole.values()) {
                Page answer = sessions.get(role).get(page.path());
                seen.computeIfAbsent(page.path(), p -> new EnumMap<>(DeskRole.class)).put(role, answer);
                if (page.allowed().contains(role)) {
                    checks.add(() -> {
                        assertEquals(200, answer.status(), role + " on " + page.path());
                        assertTrue(answer.body().contains(page.heading()), role + " sees " + page.path());
                    });
                } else {
                    checks.add(() -> assertRefused(answer, page.heading(), role + " on " + page.path()));
                }
            }
        }
        for (DeskForm form : FORMS) {
            DeskPage page = PAGES.stream().filter(p -> p.path().equals(form.path())).findFirst().orElseThrow();
            for (DeskRole role : page.allowed()) {
                String body = seen.get(form.path()).get(role).body();
                boolean offered = body.contains("<form id=\"" + form.formId() + "\"");
                checks.add(() -> assertEquals(form.offeredTo().contains(role), offered,
                        "form " + form.formId() + " on " + form.path() + " for " + role));
            }
        }
        assertAll(checks);
    }

    @Test
    void a_fact_checker_sees_only_its_own_pages_in_the_menu() {
        String partner = "Menu checkers " + UUID.randomUUID().toString().substring(0, 6);
        api.controlOk("/api/test/partners", new Form().param("name", partner).param("languages", "en")
                .param("regions", "US"));
        String name = "mx-menu-" + UUID.randomUUID().toString().substring(0, 6);
        api.createUser(name, PASSWORD, "FACT_CHECKER", partner);
        String menu = DeskSession.loggedIn(api.base(), name, PASSWORD).get("/desk/workbench.xhtml").body();
        menu = menu.substring(menu.indexOf("<nav>"), menu.indexOf("</nav>"));
        for (String shown : List.of("/desk/index.xhtml", "/desk/workbench.xhtml", "/desk/enqueue.xhtml", "/desk/disputes.xhtml")) {
            assertTrue(menu.contains(shown), shown + " in " + menu);
        }
        for (String hidden : List.of("exemptions", "issues", "policies", "movements", "measures", "rfh", "jobs",
                "users", "partners", "tokens")) {
            assertFalse(menu.contains("/desk/" + hidden), hidden + " must not be in " + menu);
        }
    }

    /**
     * A refused desk page: the user is not shown its content, and gets a 403 or is redirected to an error
     * page. The one place this is decided, so it can be tightened to exactly 403 with the error pages.
     */
    static void assertRefused(Page answer, String content, String what) {
        assertFalse(answer.body() != null && answer.body().contains(content), what + " must not show the page");
        assertEquals(403, answer.status(), what + " answered " + answer.status() + " " + answer.location());
        assertTrue(answer.body() != null && answer.body().contains("You may not open this page."), what + " says why in words: "
                + answer.body());
    }

    // ---- REST ---------------------------------------------------------------------------------------------

    /** One REST call; {@code token} chooses the token that has the right scope; {@code before} prepares its state. */
    private record Endpoint(String method, Supplier<String> path, String body, Supplier<String> rightToken,
                            int expected, Runnable before) {
        @Override
        public String toString() {
            return method + " " + path.get();
        }
    }

    @Test
    void every_rest_endpoint_answers_401_403_or_its_success_for_every_kind_of_token() {
        Instant now = Instant.now();
        String partner = "REST checkers " + UUID.randomUUID().toString().substring(0, 6);
        api.controlOk("/api/test/partners", new Form().param("name", partner).param("languages", "en")
                .param("regions", "US"));
        String admin = api.token("admin", null);
        String writer = api.token("content:write,signals:write", null);
        String reader = api.token("content:read,distribution:read", null);
        String partnerToken = api.partnerToken(partner);
        String item = "mx-" + UUID.randomUUID().toString().substring(0, 8);
        // Its own domain: the rating below must not make www.example.org a repeat offender (R8) for other tests.
        api.postJsonOk("/api/v1/content", writer, "{\"items\":[" + Api.item(item, "https://" + item + ".example/post",
                "author-" + item, 1000, now.minusSeconds(60)) + "]}");
        api.controlOk("/api/test/manual-enqueue", new Form().param("contentId", item).param("withDemotion", "false")
                .param("issue", "Matrix election").param("externalSignal", "https://partner.example/report/mx")
                .param("note", "queued for the permission matrix"));
        long[] ratingId = new long[1];
        String[] doomed = new String[1];
        long[] subscription = new long[1];
        String subscriber = api.token("subscriptions:write", null);

        String wrongScope = api.token("escalations:write", null);
        String sponsorWriter = api.token("sponsorships:write", null);
        String revokedName = "mx-revoked-" + UUID.randomUUID();
        String revoked = api.namedToken(revokedName, "admin");
        api.revoke(revokedName);
        String expiring = api.token("admin", 1);
        Map<String, Supplier<String>> failing = new LinkedHashMap<>();
        failing.put("no token", () -> null);
        failing.put("malformed", () -> "not-a-token");
        failing.put("unknown", () -> "vrc_" + "A".repeat(43));
        failing.put("revoked", () -> revoked);
        failing.put("expired", () -> expiring);

        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", () -> "/api/v1/content", "{\"items\":[" + Api.item(item + "-b", 10, now) + "]}",
                        () -> writer, 200, () -> { }),
                new Endpoint("POST", () -> "/api/v1/signals", "{\"signals\":[" + IntegratorApiIT.signal(item + "-s", item,
                        "FALSE_NEWS_REPORT", 1, now) + "]}", () -> writer, 200, () -> { }),
                new Endpoint("POST", () -> "/api/v1/distribution", "{\"ids\":[\"" + item + "\"]}", () -> reader, 200, () -> { }),
                new Endpoint("GET", () -> "/api/v1/content/" + item, null, () -> reader, 200, () -> { }),
                new Endpoint("POST", () -> "/api/v1/prepublish-check", Api.item(item + "-p", 10, now), () -> reader, 200, () -> { }),
                new Endpoint("GET", () -> "/api/v1/factcheck/queue", null, () -> partnerToken, 200, () -> { }),
                new Endpoint("POST", () -> "/api/v1/factcheck/queue/" + item + "/claim", "{}", () -> partnerToken, 200, () -> { }),
                new Endpoint("POST", () -> "/api/v1/factcheck/queue/" + item + "/release", "{}", () -> partnerToken, 200, () -> { }),
                new Endpoint("POST", () -> "/api/v1/factcheck/queue/" + item + "/rating",
                        "{\"rating\":\"MISSING_CONTEXT\",\"claim\":\"claim\",\"articleUrl\":\"https://fc.example/mx\",\"summary\":\"false\"}",
                        () -> partnerToken, 200, () -> api.postJsonOk("/api/v1/factcheck/queue/" + item + "/claim", partnerToken, "{}")),
                new Endpoint("POST", () -> "/api/v1/factcheck/ratings/" + ratingId[0] + "/disputes",
                        "{\"publisher\":\"Example News\",\"statement\":\"we disagree\"}", () -> writer, 200,
                        () -> ratingId[0] = api.getJsonOk("/api/v1/content/" + item, reader).getJsonArray("ratings")
                                .getJsonObject(0).getJsonNumber("id").longValue()),
                new Endpoint("GET", () -> "/api/v1/admin/tokens", null, () -> admin, 200, () -> { }),
                new Endpoint("POST", () -> "/api/v1/admin/tokens", "{\"name\":\"mx-" + UUID.randomUUID()
                        + "\",\"owner\":\"matrix\",\"scopes\":[\"content:read\"],\"hours\":1}", () -> admin, 201, () -> { }),
                new Endpoint("DELETE", () -> "/api/v1/admin/tokens/" + doomed[0], null, () -> admin, 204,
                        () -> doomed[0] = api.namedTokenName("content:read")),
                new Endpoint("GET", () -> "/api/v1/subscriptions", null, () -> subscriber, 200, () -> { }),
                new Endpoint("POST", () -> "/api/v1/subscriptions", "{\"url\":\"https://matrix.example/hook\","
                        + "\"topics\":[\"escalation.status\"]}", () -> subscriber, 201, () -> { }),
                new Endpoint("DELETE", () -> "/api/v1/subscriptions/" + subscription[0], null, () -> subscriber, 204,
                        () -> subscription[0] = Api.parse(api.postJson("/api/v1/subscriptions", subscriber,
                                "{\"url\":\"https://matrix.example/doomed\",\"topics\":[\"escalation.status\"]}")
                                .readEntity(String.class)).getJsonNumber("id").longValue()),
                new Endpoint("POST", () -> "/api/v1/sponsorships", "{\"sponsor\":\"Matrix PAC\",\"paidForBy\":"
                        + "\"Matrix PAC Inc.\",\"mentions\":[\"Matrix candidate\"],\"accounts\":[\"" + item
                        + "-paid\"],\"from\":\"2020-03-01T00:00:00Z\",\"evidence\":\"matrix registration\"}",
                        () -> sponsorWriter, 201, () -> { }),
                new Endpoint("GET", () -> "/api/v1/coordination/cases", null, () -> reader, 200, () -> { }));

        List<Executable> checks = new ArrayList<>();
        for (Endpoint e : endpoints) {
            for (Map.Entry<String, Supplier<String>> f : failing.entrySet()) {
                if (f.getKey().equals("expired")) {
                    api.fixClockAt(Instant.now().plusSeconds(2 * 3600));
                }
                int status;
                String challenge;
                try (Response r = call(e, f.getValue().get())) {
                    status = r.getStatus();
                    challenge = r.getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
                } finally {
                    api.resetClock();
                }
                checks.add(() -> assertEquals(401, status, f.getKey() + " token on " + e));
                checks.add(() -> assertTrue(challenge != null && challenge.startsWith("Bearer"),
                        f.getKey() + " token on " + e + ": WWW-Authenticate " + challenge));
            }
            try (Response r = call(e, wrongScope)) {
                int status = r.getStatus();
                checks.add(() -> assertEquals(403, status, "wrong scope on " + e));
            }
            e.before().run();
            try (Response r = call(e, e.rightToken().get())) {
                int status = r.getStatus();
                String body = r.hasEntity() ? r.readEntity(String.class) : "";
                checks.add(() -> assertEquals(e.expected(), status, "right scope on " + e + ": " + body));
            }
        }
        assertAll(checks);
    }

    private Response call(Endpoint e, String token) {
        Invocation.Builder b = api.request(e.path().get(), null).accept(MediaType.APPLICATION_JSON);
        if (token != null) {
            b = b.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return switch (e.method()) {
            case "GET" -> b.get();
            case "DELETE" -> b.delete();
            default -> b.post(Entity.json(e.body()));
        };
    }
}
