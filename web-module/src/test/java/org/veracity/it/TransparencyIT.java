package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.domain.transparency.EnforcementEvents;
import org.veracity.domain.transparency.IsoWeek;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.veracity.it.support.Api;
import org.veracity.it.support.Browser;
import org.veracity.it.support.VeracityIT;

/**
 * Issue 13 over HTTP on Payara Micro and PostgreSQL: after a scripted sequence of enforcements and ratings in a
 * region no other test uses, the recomputed figures agree in the JSON, the CSV and the public page; ETag and
 * Last-Modified give 304; published fact-checks and ClaimReviews name partners, never people.
 */
class TransparencyIT extends VeracityIT {

    /** Nauru: no other test posts there, so its counts change only by what this class does. */
    static final String REGION = "NR";
    private static final Path OUT = Path.of("target", "browser");

    String integrator;
    String partner;
    String checker;

    @BeforeEach
    void connect() {
        integrator = api.token("content:write,content:read,signals:write,distribution:read", null);
        partner = "Transparency check " + UUID.randomUUID().toString().substring(0, 8);
        api.controlOk("/api/test/partners", new Form().param("name", partner).param("languages", "en")
                .param("regions", REGION));
        checker = api.partnerToken(partner);
    }

    @Test
    void after_removals_labels_and_ratings_the_recomputed_counts_agree_in_json_csv_and_the_page() throws IOException {
        recompute();
        Map<String, Long> before = enforcement(REGION);

        String removed = post("PERSON");
        api.controlOk("/api/test/enforcement/removal", new Form().param("role", "MODERATOR").param("contentId", removed)
                .param("category", "VOTER_INTERFERENCE").param("reason", "wrong polling date"));
        String labelled = post("PAGE");
        api.controlOk("/api/test/enforcement/label", new Form().param("role", "MODERATOR").param("contentId", labelled)
                .param("text", "Official voting information").param("url", "https://vote.example/nr"));
        String rated = post("PAGE");
        predict(rated);
        rate(rated, "FALSE");

        Map<String, Long> expected = new TreeMap<>();
        for (String id : List.of(removed, labelled, rated)) {
            for (JsonObject e : api.getJsonOk("/api/v1/content/" + id, integrator).getJsonArray("history")
                    .getValuesAs(JsonObject.class)) {
                String policy = e.getString("policyVersion", null);
                if (EnforcementEvents.counts("CONTENT", e.getString("action"), policy)) {
                    expected.merge(IsoWeek.of(Instant.parse(e.getString("at"))) + "|" + policy + "|"
                            + e.getString("action"), 1L, Long::sum);
                }
            }
        }
        List<String> actions = expected.keySet().stream().map(k -> k.substring(k.lastIndexOf('|') + 1)).toList();
        assertTrue(actions.containsAll(List.of("REMOVED", "LABELLED", "DEMOTED")), "the script enforced: " + expected);

        String status = recompute();
        assertTrue(status.startsWith("COMPLETED"), status);
        Map<String, Long> after = enforcement(REGION);
        Map<String, Long> delta = new TreeMap<>();
        after.forEach((k, n) -> {
            long d = n - before.getOrDefault(k, 0L);
            if (d != 0) {
                delta.put(k, d);
            }
        });
        assertEquals(expected, delta, "the counts grew by exactly the script's enforcements");

        // The CSV holds the same rows as the JSON.
        Map<String, Long> csv = new TreeMap<>();
        try (Response r = api.request("/api/v1/transparency/enforcement?region=" + REGION + "&limit=1000", null)
                .header(HttpHeaders.ACCEPT, "text/csv").get()) {
            assertEquals(200, r.getStatus());
            assertTrue(r.getMediaType().toString().startsWith("text/csv"), r.getMediaType().toString());
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(r.readEntity(String.class)))) {
                assertEquals(REGION, rec.get("region"));
                csv.put(rec.get("week") + "|" + rec.get("policy") + "|" + rec.get("action"), Long.parseLong(rec.get("count")));
            }
        }
        assertEquals(after, csv);

        // The public page shows each row, says how fresh it is, and needs no login.
        try (Response r = api.request("/transparency/enforcement.xhtml?region=" + REGION, null).get()) {
            assertEquals(200, r.getStatus());
            String html = r.readEntity(String.class).replaceAll(">\\s+<", "><");
            assertTrue(html.contains("Figures recomputed at"), "the page says how fresh the figures are");
            after.forEach((k, n) -> {
                String[] key = k.split("\\|");
                String row = "<td>" + key[0] + "</td><td>" + key[1] + "</td><td>" + key[2] + "</td><td>" + REGION
                        + "</td><td><span class=\"count\">" + n + "</span></td>";
                assertTrue(html.contains(row), "the page shows " + row);
            });
        }
    }

    @Test
    void etag_and_last_modified_answer_304_until_the_figures_change() {
        recompute();
        String path = "/api/v1/transparency/enforcement?region=" + REGION;
        String etag;
        String modified;
        try (Response r = api.request(path, null).get()) {
            assertEquals(200, r.getStatus());
            etag = r.getHeaderString(HttpHeaders.ETAG);
            modified = r.getHeaderString(HttpHeaders.LAST_MODIFIED);
            assertNotNull(etag);
            assertNotNull(modified);
        }
        try (Response r = api.request(path, null).header(HttpHeaders.IF_NONE_MATCH, etag).get()) {
            assertEquals(304, r.getStatus());
        }
        try (Response r = api.request(path, null).header(HttpHeaders.ACCEPT, "text/csv")
                .header(HttpHeaders.IF_NONE_MATCH, etag).get()) {
            assertEquals(200, r.getStatus(), "the CSV is another representation with its own tag");
        }
        try (Response r = api.request(path, null).header(HttpHeaders.IF_MODIFIED_SINCE, modified).get()) {
            assertEquals(304, r.getStatus());
        }

        String removed = post("PERSON");
        api.controlOk("/api/test/enforcement/removal", new Form().param("role", "MODERATOR").param("contentId", removed)
                .param("category", "VOTER_INTERFERENCE").param("reason", "wrong polling date"));
        recompute();
        try (Response r = api.request(path, null).header(HttpHeaders.IF_NONE_MATCH, etag).get()) {
            assertEquals(200, r.getStatus(), "a new removal changes the figures");
            assertNotEquals(etag, r.getHeaderString(HttpHeaders.ETAG));
        }
        try (Response r = api.request(path + "&cursor=not-a-cursor", null).get()) {
            assertEquals(400, r.getStatus());
            assertTrue(r.readEntity(String.class).contains("cursor"));
        }
    }

    @Test
    void published_fact_checks_and_claim_reviews_name_the_partner_and_never_a_person() {
        String page = post("PAGE");
        String person = post("PERSON");
        predict(page);
        predict(person);
        rate(page, "FALSE");
        rate(person, "PARTLY_FALSE");
        String domain = "transparency-" + UUID.randomUUID().toString().substring(0, 8) + ".com";
        api.controlOk("/api/test/exemption-overrides", new Form().param("domain", domain)
                .param("mode", "FORCE_NOT_EXEMPT").param("reason", "publishes fabricated interviews"));
        recompute();

        String factChecks = body("/api/v1/transparency/fact-checks?limit=50", "application/json");
        JsonObject pageCheck = find(Api.parse(factChecks), "The claim of " + page);
        JsonObject personCheck = find(Api.parse(factChecks), "The claim of " + person);
        assertEquals("FALSE", pageCheck.getString("verdict"));
        assertEquals(partner, pageCheck.getString("partner"));
        assertEquals("https://factcheck.example/" + page, pageCheck.getString("articleUrl"));
        assertEquals("https://www.open-data.example/" + page, pageCheck.getString("appearanceUrl"), "a page may be named");
        assertFalse(personCheck.containsKey("appearanceUrl"), "a private person's post is not linked");
        String claimReviews = body("/api/v1/transparency/claim-reviews?limit=50", "application/json");
        String csv = body("/api/v1/transparency/fact-checks?limit=50", "text/csv");
        String exemptions = body("/api/v1/transparency/exemptions", "application/json");
        for (String open : List.of(factChecks, claimReviews, csv, exemptions)) {
            assertFalse(open.contains("author-" + person), "no private person's account id");
            assertFalse(open.contains("www.open-data.example/" + person), "no private person's post address");
            assertFalse(open.contains("\"rater\"") || open.contains("createdBy") || open.contains("test-specialist"),
                    "no desk user or rater names");
        }
        assertTrue(csv.startsWith("id,claim,verdict,partner,articleUrl,publishedAt,appearanceUrl,firstAppearance,region"));
        assertTrue(csv.contains("The claim of " + page));

        JsonObject review = Api.parse(claimReviews).getJsonArray("@graph").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("url").equals("https://factcheck.example/" + page)).findFirst().orElseThrow();
        ClaimReviewFields.assertRequired(review);
        assertEquals("False", review.getJsonObject("reviewRating").getString("alternateName"));
        assertEquals(1, review.getJsonObject("reviewRating").getInt("ratingValue"));
        assertEquals(partner, review.getJsonObject("author").getString("name"));
        assertEquals("https://www.open-data.example/" + page, review.getJsonObject("itemReviewed")
                .getJsonObject("appearance").getString("url"));

        JsonObject figures = Api.parse(body("/api/v1/transparency/fact-checking", "application/json"));
        assertEquals(2.0, figures.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("figure").equals("partner") && f.getString("label").equals(partner))
                .findFirst().orElseThrow().getJsonNumber("value").doubleValue(), "the partner's two current ratings");

        JsonObject override = Api.parse(exemptions).getJsonArray("overrides").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("domain").equals(domain)).findFirst().orElseThrow();
        assertEquals("publishes fabricated interviews", override.getString("reason"));

        JsonObject index = api.getJsonOk("/api/v1/transparency", null);
        List<String> names = index.getJsonArray("datasets").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("name")).toList();
        assertTrue(names.containsAll(List.of("enforcement", "fact-checking", "fact-checks", "claim-reviews",
                "exemptions", "political-ads", "escalations")), names.toString());
    }

    @Test
    void claim_reviews_come_as_csv_paged_like_the_json_and_bad_accept_cursor_or_limit_are_problems() throws IOException {
        List<String> posts = List.of(post("PAGE"), post("PAGE"), post("PERSON"));
        for (String id : posts) {
            predict(id);
            rate(id, "FALSE");
        }
        String path = "/api/v1/transparency/claim-reviews?limit=2";
        JsonObject feed;
        String jsonTag;
        String jsonNext;
        try (Response r = api.request(path, null).get()) {
            assertEquals(200, r.getStatus());
            feed = Api.parse(r.readEntity(String.class));
            jsonTag = r.getHeaderString(HttpHeaders.ETAG);
            jsonNext = r.getLink("next").getUri().toString();
        }
        List<JsonObject> graph = feed.getJsonArray("@graph").getValuesAs(JsonObject.class);
        assertEquals(2, graph.size());
        assertTrue(jsonNext.contains("cursor=" + feed.getString("nextCursor")), jsonNext);
        assertEquals("The claim of " + posts.get(2), graph.get(0).getString("claimReviewed"), "newest first");

        List<CSVRecord> page;
        String csvTag;
        String csvNext;
        try (Response r = api.request(path, null).header(HttpHeaders.ACCEPT, "text/csv").get()) {
            assertEquals(200, r.getStatus());
            assertTrue(r.getMediaType().toString().startsWith("text/csv"), r.getMediaType().toString());
            csvTag = r.getHeaderString(HttpHeaders.ETAG);
            csvNext = r.getLink("next").getUri().toString();
            page = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(r.readEntity(String.class))).getRecords();
        }
        assertEquals(List.of("url", "claimReviewed", "datePublished", "author.name", "reviewRating.ratingValue",
                "reviewRating.bestRating", "reviewRating.worstRating", "reviewRating.alternateName",
                "itemReviewed.appearance.url", "itemReviewed.firstAppearance.datePublished"),
                page.get(0).getParser().getHeaderNames());
        assertEquals(2, page.size(), "the same page size as the JSON");
        for (int i = 0; i < 2; i++) {
            JsonObject review = graph.get(i);
            CSVRecord rec = page.get(i);
            assertEquals(review.getString("url"), rec.get("url"));
            assertEquals(review.getString("claimReviewed"), rec.get("claimReviewed"));
            assertEquals(review.getString("datePublished"), rec.get("datePublished"));
            assertEquals(partner, rec.get("author.name"));
            assertEquals("" + review.getJsonObject("reviewRating").getInt("ratingValue"), rec.get("reviewRating.ratingValue"));
            assertEquals("False", rec.get("reviewRating.alternateName"));
        }
        assertEquals("", page.get(0).get("itemReviewed.appearance.url"), "a private person's post is not linked");
        assertEquals("https://www.open-data.example/" + posts.get(1), page.get(1).get("itemReviewed.appearance.url"));
        assertEquals(jsonNext, csvNext, "the CSV pages by the same cursor, given in the Link header");
        assertNotEquals(jsonTag, csvTag, "each representation has its own tag");

        try (Response r = api.request(csvNext.substring(csvNext.indexOf("/api/")), null)
                .header(HttpHeaders.ACCEPT, "text/csv").get()) {
            assertEquals(200, r.getStatus());
            List<CSVRecord> second = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(r.readEntity(String.class))).getRecords();
            assertEquals("The claim of " + posts.get(0), second.get(0).get("claimReviewed"), "the next page goes on");
        }
        try (Response r = api.request(path, null).header(HttpHeaders.ACCEPT, "text/csv")
                .header(HttpHeaders.IF_NONE_MATCH, csvTag).get()) {
            assertEquals(304, r.getStatus());
        }
        try (Response r = api.request(path, null).header(HttpHeaders.IF_NONE_MATCH, csvTag).get()) {
            assertEquals(200, r.getStatus(), "the CSV's tag does not match the JSON");
        }
        for (String accept : List.of("*/*", "application/ld+json", "text/csv;q=0.5, application/json")) {
            try (Response r = api.request(path, null).header(HttpHeaders.ACCEPT, accept).get()) {
                assertEquals(200, r.getStatus(), accept);
                assertTrue(Api.parse(r.readEntity(String.class)).containsKey("@graph"), accept + " gets the JSON-LD");
            }
        }
        try (Response r = api.request(path, null).header(HttpHeaders.ACCEPT, "application/xml").get()) {
            assertEquals(406, r.getStatus());
            assertTrue(r.getMediaType().toString().startsWith("application/problem+json"), r.getMediaType().toString());
        }
        for (String bad : List.of("cursor=not-a-cursor", "limit=0", "limit=1001", "limit=many")) {
            try (Response r = api.request("/api/v1/transparency/claim-reviews?" + bad, null)
                    .header(HttpHeaders.ACCEPT, "text/csv").get()) {
                assertEquals(400, r.getStatus(), bad);
                assertTrue(r.getMediaType().toString().startsWith("application/problem+json"), bad);
                String field = bad.substring(0, bad.indexOf('='));
                assertTrue(r.readEntity(String.class).contains("\"" + field + "\""), bad + " names " + field);
            }
        }
    }

    @Test
    void the_public_pages_render_charts_tables_and_the_claim_review_in_chromium_without_login_and_the_desk_refuses()
            throws IOException {
        String page = post("PAGE");
        predict(page);
        rate(page, "FALSE");
        recompute();
        long ratingId = find(Api.parse(body("/api/v1/transparency/fact-checks?limit=50", "application/json")),
                "The claim of " + page).getJsonNumber("id").longValue();
        WebDriver browser = Browser.open(OUT);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(api.base() + "/transparency/enforcement.xhtml?region=" + REGION);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#enforcement-chart canvas")));
            assertEquals("Enforcement", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.cssSelector("#counts caption")).getText().startsWith("Enforcement counts"));
            assertTrue(browser.findElement(By.id("chart-summary")).getText().contains("LABELLED")
                    || browser.findElement(By.id("chart-summary")).getText().contains("DEMOTED"));
            List<WebElement> rows = browser.findElements(By.cssSelector("#counts tbody tr"));
            assertFalse(rows.isEmpty());
            rows.forEach(r -> assertEquals(REGION, r.findElements(By.tagName("td")).get(3).getText()));
            Browser.screenshot(browser, OUT.resolve("transparency-enforcement.png"));

            browser.get(api.base() + "/transparency/fact-checking.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verdict-chart canvas")));
            assertTrue(browser.findElement(By.cssSelector("#partners")).getText().contains(partner));
            Browser.screenshot(browser, OUT.resolve("transparency-fact-checking.png"));

            browser.get(api.base() + "/transparency/fact-check.xhtml?id=" + ratingId);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim")));
            assertEquals("The claim of " + page, browser.findElement(By.id("claim")).getText());
            String jsonLd = (String) ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelector('script[type=\"application/ld+json\"]').textContent;");
            JsonObject review = Api.parse(jsonLd);
            ClaimReviewFields.assertRequired(review);
            assertEquals("The claim of " + page, review.getString("claimReviewed"));
            assertEquals(partner, review.getJsonObject("author").getString("name"));
            assertEquals("False", review.getJsonObject("reviewRating").getString("alternateName"));

            browser.get(api.base() + "/transparency/exemptions.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#overrides caption, #overrides-none")));
            assertEquals("Popular-site exemption list", browser.findElement(By.tagName("h1")).getText());

            browser.get(api.base() + "/desk/index.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
            assertTrue(browser.findElements(By.id("signed-in-as")).isEmpty(), "a desk page asks for a login instead");
        } finally {
            browser.quit();
        }
    }

    @Test
    void the_daily_dump_matches_its_manifest_and_the_open_data_and_regenerates_to_the_same_bytes() throws IOException {
        String removed = post("PERSON");
        api.controlOk("/api/test/enforcement/removal", new Form().param("role", "MODERATOR").param("contentId", removed)
                .param("category", "VOTER_INTERFERENCE").param("reason", "wrong polling date"));
        String rated = post("PAGE");
        predict(rated);
        rate(rated, "FALSE");
        Instant rebuiltFrom = Instant.now();
        // The list FactCheckPipelineIT builds before each of its tests, so no other test depends on the one it replaces.
        api.controlOk("/api/test/exemption-list", new Form().param("hosts",
                "google.com,youtube.com,www.nypost.com,nytimes.com,facebook.com,news.bbc.co.uk"));
        String domain = "dump-" + UUID.randomUUID().toString().substring(0, 8) + ".com";
        api.controlOk("/api/test/exemption-overrides", new Form().param("domain", domain)
                .param("mode", "FORCE_EXEMPT").param("reason", "a regional paper of record, \"quoted\", with a comma"));
        recompute();
        Map<String, Long> json = enforcement(REGION);
        JsonObject partnerFigure = Api.parse(body("/api/v1/transparency/fact-checking", "application/json"))
                .getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("figure").equals("partner") && f.getString("label").equals(partner))
                .findFirst().orElseThrow();
        JsonObject exemptions = Api.parse(body("/api/v1/transparency/exemptions", "application/json"));
        JsonObject rebuild = exemptions.getJsonArray("rebuilds").getValuesAs(JsonObject.class).stream()
                .filter(r -> !Instant.parse(r.getString("builtAt")).isBefore(rebuiltFrom)).findFirst().orElseThrow();
        JsonObject override = exemptions.getJsonArray("overrides").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("domain").equals(domain)).findFirst().orElseThrow();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        api.fixClockAt(Instant.now().plus(Duration.ofDays(1)));
        String status = api.controlOk("/api/test/transparency/publish-open-data", new Form().param("day", today.toString()));
        assertTrue(status.startsWith("COMPLETED"), status);

        Map<String, byte[]> first = new TreeMap<>();
        JsonObject manifest = Api.parse(new String(download(today + "/manifest.json"), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(today.toString(), manifest.getString("day"));
        for (JsonObject f : manifest.getJsonArray("files").getValuesAs(JsonObject.class)) {
            byte[] bytes = download(today + "/" + f.getString("name"));
            first.put(f.getString("name"), bytes);
            assertEquals(f.getJsonNumber("bytes").longValue(), bytes.length);
            assertEquals(f.getString("sha256"), sha256(bytes), f.getString("name") + " matches its manifest sum");
            assertEquals(0, bytes[4] | bytes[5] | bytes[6] | bytes[7], "no modification time in the gzip header");
            assertEquals(f.getJsonNumber("rows").longValue(), records(bytes).size(), f.getString("name") + " rows");
        }
        Map<String, Long> dumped = new TreeMap<>();
        for (CSVRecord r : records(first.get("enforcement.csv.gz"))) {
            if (r.get("region").equals(REGION)) {
                dumped.put(r.get("week") + "|" + r.get("policy") + "|" + r.get("action"), Long.parseLong(r.get("count")));
            }
        }
        assertEquals(json, dumped, "the dump's counts for the region are the open data's");
        String factChecks = new String(gunzip(first.get("fact-checks.csv.gz")), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(factChecks.contains("The claim of " + rated));
        assertFalse(factChecks.contains("author-"), "no account ids");

        assertTrue(first.keySet().containsAll(List.of("fact-checking.csv.gz", "exemption-rebuilds.csv.gz",
                "exemption-overrides.csv.gz")), "the manifest lists the fact-checking and exemption files: " + first.keySet());
        Map<String, String> figures = new TreeMap<>();
        for (CSVRecord r : records(first.get("fact-checking.csv.gz"))) {
            assertEquals(List.of("figure", "label", "value"), r.getParser().getHeaderNames());
            figures.put(r.get("figure") + "|" + r.get("label"), r.get("value"));
        }
        assertEquals(String.valueOf(partnerFigure.getJsonNumber("value").doubleValue()), figures.get("partner|" + partner),
                "the dump's count of the partner's ratings is the open data's");
        assertTrue(figures.keySet().stream().anyMatch(k -> k.startsWith("verdict|")), figures.toString());
        List<CSVRecord> rebuilds = records(first.get("exemption-rebuilds.csv.gz"));
        assertEquals(List.of("builtAt", "source", "size", "added", "dropped", "active"), rebuilds.get(0).getParser()
                .getHeaderNames());
        assertEquals(List.of(rebuild.getString("builtAt"), "test fixture", "" + rebuild.getInt("size"), "" + rebuild.getInt("added"),
                "" + rebuild.getInt("dropped"), "true"), rebuilds.get(0).toList(),
                "this test's rebuild, the last completed before the day ended and so the list in force then, as the open"
                        + " data shows it");
        assertEquals(1, rebuilds.stream().filter(r -> r.get("active").equals("true")).count(), "one list was in force");
        CSVRecord dumpedOverride = records(first.get("exemption-overrides.csv.gz")).stream()
                .filter(r -> r.get("domain").equals(domain)).findFirst().orElseThrow();
        assertEquals(List.of(domain, "FORCE_EXEMPT", override.getString("reason"), override.getString("since"), ""),
                dumpedOverride.toList(), "the override with its public reason, as the open data shows it");
        for (String name : List.of("fact-checking.csv.gz", "exemption-rebuilds.csv.gz", "exemption-overrides.csv.gz")) {
            String text = new String(gunzip(first.get(name)), java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(text.contains("test-specialist") || text.contains("integration-tests") || text.contains("author-"),
                    name + " names no desk user and no account");
        }
        assertTrue(rebuilds.stream().noneMatch(r -> r.get("source").contains("/")), "no server directory");

        assertTrue(api.controlOk("/api/test/transparency/publish-open-data", new Form().param("day", today.toString()))
                .startsWith("COMPLETED"));
        for (Map.Entry<String, byte[]> f : first.entrySet()) {
            assertTrue(java.util.Arrays.equals(f.getValue(), download(today + "/" + f.getKey())),
                    f.getKey() + " is the same bytes when the day is regenerated");
        }
        try (Response r = api.request("/transparency/open-data.xhtml", null).get()) {
            String html = r.readEntity(String.class);
            assertTrue(html.contains("/transparency/data/" + today + "/manifest.json"), "the page lists the day");
            for (String name : List.of("enforcement", "fact-checks", "fact-checking", "exemption-rebuilds",
                    "exemption-overrides")) {
                assertTrue(html.contains("Columns of " + name + ".csv.gz"), "the page documents " + name);
            }
        }
        try (Response r = api.request("/transparency/data/" + today + "/..%2F..%2Fsecrets.properties", null).get()) {
            assertEquals(404, r.getStatus());
        }
    }

    private byte[] download(String path) {
        try (Response r = api.request("/transparency/data/" + path, null).get()) {
            assertEquals(200, r.getStatus(), path);
            return r.readEntity(byte[].class);
        }
    }

    private static List<CSVRecord> records(byte[] gz) throws IOException {
        if (gz.length > 2 && gz[0] == 0x1f) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(new String(gunzip(gz), java.nio.charset.StandardCharsets.UTF_8))).getRecords();
        }
        throw new AssertionError("not gzip");
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String body(String path, String accept) {
        try (Response r = api.request(path, null).header(HttpHeaders.ACCEPT, accept).get()) {
            assertEquals(200, r.getStatus(), path);
            return r.readEntity(String.class);
        }
    }

    private static JsonObject find(JsonObject page, String claim) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("claim").equals(claim)).findFirst().orElseThrow(() -> new AssertionError(claim));
    }

    /** Week|policy|action → count for one region, read through every page of the open data. */
    private Map<String, Long> enforcement(String region) {
        Map<String, Long> counts = new TreeMap<>();
        String cursor = null;
        do {
            JsonObject page = api.getJsonOk("/api/v1/transparency/enforcement?limit=2&region=" + region
                    + (cursor == null ? "" : "&cursor=" + cursor), null);
            for (JsonObject row : page.getJsonArray("rows").getValuesAs(JsonObject.class)) {
                assertEquals(region, row.getString("region"));
                counts.put(row.getString("week") + "|" + row.getString("policy") + "|" + row.getString("action"),
                        row.getJsonNumber("count").longValue());
            }
            cursor = page.getString("nextCursor", null);
        } while (cursor != null);
        return counts;
    }

    String recompute() {
        return api.controlOk("/api/test/transparency/recompute", new Form());
    }

    /** A post in {@link #REGION} by an author of the given kind; answers its id. */
    String post(String authorKind) {
        String id = "tr-" + UUID.randomUUID();
        api.postJsonOk("/api/v1/content", integrator, "{\"items\":[{\"id\":\"" + id + "\",\"url\":\"https://www.open-data.example/"
                + id + "\",\"text\":\"Claim " + id + "\",\"authorId\":\"author-" + id + "\",\"authorKind\":\""
                + authorKind + "\",\"topics\":[\"politics\"],\"region\":\"" + REGION + "\",\"language\":\"en\","
                + "\"postedAt\":\"" + Instant.now().minusSeconds(3600) + "\",\"views\":10000,\"shares\":50,\"ad\":false}]}");
        return id;
    }

    void predict(String id) {
        api.postJsonOk("/api/v1/signals", integrator, "{\"signals\":["
                + IntegratorApiIT.signal(id + "-x", id, "EXTERNAL_FALSITY", 3, Instant.now()) + "]}");
    }

    void rate(String id, String verdict) {
        try (Response r = api.request("/api/v1/factcheck/queue/" + id + "/claim", checker).post(Entity.json("{}"))) {
            assertEquals(200, r.getStatus(), "claim " + id);
        }
        api.postJsonOk("/api/v1/factcheck/queue/" + id + "/rating", checker, "{\"rating\":\"" + verdict
                + "\",\"claim\":\"The claim of " + id + "\",\"articleUrl\":\"https://factcheck.example/" + id
                + "\",\"summary\":\"What the evidence shows.\"}");
    }

    /** The properties search engines require of a fact-check's ClaimReview (schema.org, rich results). */
    static final class ClaimReviewFields {

        static void assertRequired(JsonObject review) {
            assertEquals("ClaimReview", review.getString("@type"));
            assertEquals("https://schema.org", review.getString("@context"));
            assertFalse(review.getString("claimReviewed").isBlank());
            assertTrue(review.getString("url").startsWith("https://"));
            assertTrue(review.getString("datePublished").matches("\\d{4}-\\d{2}-\\d{2}"));
            JsonObject author = review.getJsonObject("author");
            assertEquals("Organization", author.getString("@type"));
            assertFalse(author.getString("name").isBlank());
            JsonObject rating = review.getJsonObject("reviewRating");
            assertEquals("Rating", rating.getString("@type"));
            int value = rating.getInt("ratingValue");
            assertTrue(value >= rating.getInt("worstRating") && value <= rating.getInt("bestRating"));
            assertFalse(rating.getString("alternateName").isBlank());
            JsonObject claim = review.getJsonObject("itemReviewed");
            assertEquals("Claim", claim.getString("@type"));
            assertTrue(claim.getJsonObject("firstAppearance").getString("datePublished").matches("\\d{4}-\\d{2}-\\d{2}"));
        }
    }
}
