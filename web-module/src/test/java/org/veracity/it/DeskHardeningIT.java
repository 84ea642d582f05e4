package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.DeskSession;
import org.veracity.it.support.VeracityIT;

/** Issue 9, defects 7 and 8: error pages in words with the right status, security headers, the session cookie. */
class DeskHardeningIT extends VeracityIT {

    private static final String PASSWORD = "a-long-demo-password";

    private final HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return plain.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private DeskSession loggedIn(String role) throws IOException, InterruptedException {
        String user = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(user, PASSWORD, role);
        DeskSession session = new DeskSession(api.base());
        assertEquals(302, session.login(user, PASSWORD).status());
        return session;
    }

    @Test
    void an_anonymous_visit_to_the_transparency_pages_creates_no_session() throws Exception {
        for (String path : List.of("/transparency/", "/transparency/index.xhtml", "/")) {
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), path);
            assertEquals(List.of(), page.headers().allValues("Set-Cookie"), "cookies set by a GET of " + path);
        }
    }

    @Test
    void desk_public_and_api_responses_carry_the_security_headers() throws Exception {
        DeskSession.Page deskPage = loggedIn("MODERATOR").get("/desk/index.xhtml");
        Map<String, HttpHeaders> responses = Map.of(
                "public page", get("/transparency/").headers(),
                "login page", get("/desk/login.xhtml").headers(),
                "desk page", deskPage.headers(),
                "API answer", get("/api/v1/content/any-id", "Accept", "application/json").headers());
        responses.forEach((what, headers) -> {
            assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"), what);
            assertEquals(List.of("strict-origin-when-cross-origin"), headers.allValues("Referrer-Policy"), what);
            assertEquals(List.of("DENY"), headers.allValues("X-Frame-Options"), what);
            List<String> csp = headers.allValues("Content-Security-Policy");
            assertEquals(1, csp.size(), what + ": one policy, not two that intersect: " + csp);
            assertTrue(csp.get(0).contains("frame-ancestors 'none'"), what + ": " + csp);
            assertFalse(csp.get(0).matches(".*script-src[^;]*'unsafe-inline'.*"),
                    what + ": scripts are never allowed inline: " + csp);
        });
        String deskPolicy = deskPage.headers().firstValue("Content-Security-Policy").orElseThrow();
        String nonce = deskPolicy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(deskPage.body().contains("nonce=\"" + nonce + "\""),
                "the page's scripts carry the nonce of its policy " + deskPolicy);
        assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
                responses.get("API answer").firstValue("Content-Security-Policy").orElseThrow());
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() throws Exception {
        String user = "cookie-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(user, PASSWORD, "MODERATOR");
        DeskSession.Page login = new DeskSession(api.base()).login(user, PASSWORD);
        List<String> sessionCookies = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertFalse(sessionCookies.isEmpty(), "logging in sets the session cookie: " + login.headers().map());
        for (String cookie : sessionCookies) {
            String lower = cookie.toLowerCase();
            assertTrue(lower.contains("httponly"), cookie);
            assertTrue(lower.contains("samesite=lax"), cookie);
            assertFalse(lower.contains("secure"), "plain HTTP here, so not Secure (the container adds it over HTTPS): " + cookie);
        }
    }

    @Test
    void a_page_the_role_may_not_see_answers_403_with_a_page_that_says_so_in_the_desk_look() throws Exception {
        DeskSession.Page jobs = loggedIn("MODERATOR").get("/desk/jobs.xhtml");
        assertEquals(403, jobs.status());
        assertTrue(jobs.body().contains("You may not open this page."), jobs.body());
        assertTrue(jobs.body().contains("class=\"desk\""), "desk-styled: " + jobs.body());
        assertNoTechnicalDetail(jobs.body());
    }

    @Test
    void an_unknown_public_address_answers_404_with_a_public_page() throws Exception {
        HttpResponse<String> missing = get("/transparency/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("There is no page at this address."), missing.body());
        assertTrue(missing.body().contains("class=\"public\""), "public-styled: " + missing.body());
        assertEquals(List.of(), missing.headers().allValues("Set-Cookie"), "no session for an anonymous error page");
        assertNoTechnicalDetail(missing.body());
    }

    @Test
    void a_form_posted_from_a_view_the_server_no_longer_holds_leads_to_a_fresh_login_with_a_message() throws Exception {
        DeskSession session = loggedIn("MODERATOR");
        assertEquals(200, session.get("/desk/index.xhtml").status());
        DeskSession.Page post = session.post("/desk/index.xhtml", Map.of("session", "session",
                "session:logout", "", "jakarta.faces.ViewState", "-4711:-815"));
        assertEquals(302, post.status(), post.body());
        assertTrue(post.headers().firstValue("Location").orElseThrow().endsWith("/desk/login.xhtml?expired=true"),
                post.headers().map().toString());
        assertTrue(session.get("/desk/login.xhtml?expired=true").body().contains("id=\"expired\""),
                "the login page says the session expired");
    }

    @Test
    void a_postback_without_the_pages_csp_nonce_answers_400_and_changes_nothing() throws Exception {
        // PrimeFaces compares the nonce when it renders the answer to a postback; a missing one is a mismatch.
        DeskSession session = loggedIn("MODERATOR");
        DeskSession.Page page = session.get("/desk/enqueue.xhtml");
        java.util.regex.Matcher viewState = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(viewState.find(), "the enqueue page has a form");
        DeskSession.Page post = session.post("/desk/enqueue.xhtml", Map.of("enqueue", "enqueue",
                "enqueue:submit", "", "enqueue:contentId", "no-such-item-" + UUID.randomUUID(),
                "jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":")));
        assertEquals(400, post.status(), post.body());
        assertNoTechnicalDetail(post.body());
        assertEquals(200, session.get("/desk/index.xhtml").status(), "still logged in");
    }

    @Test
    void a_desk_address_opened_with_a_lapsed_session_leads_to_a_fresh_login_with_a_message() throws Exception {
        HttpResponse<String> page = get("/desk/index.xhtml", "Cookie", "JSESSIONID=lapsed-session-of-yesterday");
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElseThrow().endsWith("/desk/login.xhtml?expired=true"));
        HttpResponse<String> fresh = get("/desk/index.xhtml");
        assertTrue(fresh.headers().firstValue("Location").orElseThrow().endsWith("/desk/login.xhtml"),
                "without any session it is a plain login");
    }

    private static void assertNoTechnicalDetail(String body) {
        for (String detail : List.of("Exception", "at org.", "at java.", "Caused by")) {
            assertFalse(body.contains(detail), "no technical detail (" + detail + ") in " + body);
        }
    }
}
