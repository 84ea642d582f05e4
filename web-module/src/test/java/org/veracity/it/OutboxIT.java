package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.Api;
import org.veracity.it.support.CloudApiStandIn;
import org.veracity.it.support.DeskSession;
import org.veracity.it.support.VeracityIT;
import org.veracity.it.support.WebhookReceiver;
import org.veracity.it.support.WebhookReceiver.Received;

/**
 * R20's notifications on Payara Micro and PostgreSQL: item treatment changes reach a subscriber's webhook,
 * signed, once each and in order, through failures; dead letters are replayed from the desk; e-mail goes to a
 * real SMTP server; an expired WhatsApp token holds the message until the admin replaces it on the desk.
 */
class OutboxIT extends VeracityIT {

    private static final String PASSWORD = "a-long-outbox-it-password";

    String subscriber;
    String integrator;

    @BeforeEach
    void tokens() {
        subscriber = api.token("subscriptions:write", null);
        integrator = api.token("content:write,content:read", null);
    }

    @AfterEach
    void defaults() {
        api.controlOk("/api/test/outbox/settings", new Form());
        api.controlOk("/api/test/outbox/worker/resume", new Form());
    }

    @Test
    void a_webhook_that_fails_three_times_gets_each_treatment_change_once_in_order_and_signed() throws Exception {
        setting("retryFirst", "PT0.3S");
        try (WebhookReceiver receiver = new WebhookReceiver(3)) {
            JsonObject subscription = subscribe(receiver.url(), "item.treatment");
            String secret = subscription.getString("secret");
            String item = post();
            label(item);
            remove(item);

            List<Received> all = receiver.await(r -> r.body().contains(item) && r.answered() == 200, 2,
                    Duration.ofSeconds(90));
            all = receiver.received(r -> r.body().contains(item));
            List<Received> accepted = all.stream().filter(r -> r.answered() == 200).toList();
            assertEquals(List.of("labelled", "removed"), accepted.stream().map(r -> Api.parse(r.body())
                    .getString("treatment")).toList(), "each change delivered once, in the order it was made");
            assertEquals(5, all.size(), "three refused attempts of the first message, then one of each: " + all);
            assertEquals(List.of(500, 500, 500, 200, 200), all.stream().map(Received::answered).toList(),
                    "the second message waited until the first was through");
            assertEquals(1, all.subList(0, 4).stream().map(Received::messageId).distinct().count(),
                    "a retry carries the same message id, so a receiver can drop duplicates");
            assertFalse(all.get(3).messageId().equals(all.get(4).messageId()));
            for (Received r : all) {
                assertEquals("v1=" + hmac(secret, r.timestamp() + "." + r.body()), r.signature(),
                        "HMAC-SHA256 over timestamp.body with the subscriber's secret");
                assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(r.timestamp())) < 300);
                assertEquals("item.treatment", r.topic());
            }
            JsonObject removed = Api.parse(accepted.get(1).body());
            assertEquals(item, removed.getString("item"));
            assertEquals("voter-interference@v1", removed.getString("policyVersion"));
            assertFalse(accepted.get(1).body().contains("test-moderator"), "staff names are never sent out");
            // The receiver answers before the worker records the delivery: wait for the record.
            awaitDeliveries(item, "WEBHOOK DELIVERED", receiver.url());
            unsubscribe(subscription.getJsonNumber("id").longValue());
        }
    }

    @Test
    void subscriptions_are_managed_with_their_own_scope_and_the_secret_is_shown_once() {
        try (Response wrongScope = api.request("/api/v1/subscriptions", integrator).accept(MediaType.APPLICATION_JSON)
                .get()) {
            assertEquals(403, wrongScope.getStatus());
        }
        try (Response bad = api.postJson("/api/v1/subscriptions", subscriber,
                "{\"url\":\"ftp://partner.example/x\",\"topics\":[\"Item Treatment\"]}")) {
            assertEquals(400, bad.getStatus());
            JsonArray errors = Api.parse(bad.readEntity(String.class)).getJsonArray("errors");
            assertEquals(List.of("url", "topics"), errors.getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field")).toList());
        }
        JsonObject created = subscribe("https://partner.example/hooks", "item.treatment");
        assertTrue(created.getString("secret").startsWith("whsec_"));
        long id = created.getJsonNumber("id").longValue();
        JsonObject listed = api.getJsonOk("/api/v1/subscriptions", subscriber).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow();
        assertEquals("https://partner.example/hooks", listed.getString("url"));
        assertFalse(listed.containsKey("secret"), "the secret is shown once, at creation");
        assertEquals("tests", listed.getString("owner"), "owned by the token's owner");
        unsubscribe(id);
        assertTrue(api.getJsonOk("/api/v1/subscriptions", subscriber).getJsonArray("items").stream()
                .map(JsonObject.class::cast).noneMatch(s -> s.getJsonNumber("id").longValue() == id));
    }

    @Test
    void a_dead_letter_is_shown_to_the_admin_and_delivered_when_replayed() throws Exception {
        setting("retryFirst", "PT0.2S");
        setting("giveUpAfter", "PT1S");
        try (WebhookReceiver receiver = new WebhookReceiver(1_000)) {
            JsonObject subscription = subscribe(receiver.url(), "item.treatment");
            String item = post();
            label(item);
            awaitDeliveries(item, "WEBHOOK DEAD", receiver.url());
            int attempts = receiver.received(r -> r.body().contains(item)).size();
            assertTrue(attempts >= 2, "retried before giving up: " + attempts);

            String admin = "obx-admin-" + UUID.randomUUID().toString().substring(0, 8);
            api.createUser(admin, PASSWORD, "ADMIN");
            DeskSession desk = DeskSession.loggedIn(api.base(), admin, PASSWORD);
            DeskSession.Page page = desk.get("/desk/deliveries.xhtml");
            assertEquals(200, page.status());
            assertTrue(page.body().contains(receiver.url()) && page.body().contains("HTTP 500"),
                    "the dead letter with its last error");
            assertTrue(page.body().contains("<span class=\"subscription-url\">" + receiver.url() + "</span>"),
                    "the admin sees the partner's subscription");
            Thread.sleep(1_500);
            assertEquals(attempts, receiver.received(r -> r.body().contains(item)).size(), "a dead letter waits");

            setting("giveUpAfter", null);
            receiver.failNext(0);
            // The only dead letter of this test class: the first row.
            assertTrue(page.body().contains("dead:deadLetters:0:replay"));
            DeskSession.Page replayed = desk.submit("/desk/deliveries.xhtml", "dead", "deadLetters:0:replay", Map.of());
            assertEquals(200, replayed.status());
            assertTrue(replayed.body().contains("is queued again"), "the desk confirms the replay");
            assertEquals(1, receiver.await(r -> r.body().contains(item) && r.answered() == 200, 1,
                    Duration.ofSeconds(30)).stream().filter(r -> r.answered() == 200).count());
            awaitDeliveries(item, "WEBHOOK DELIVERED", receiver.url());
            unsubscribe(subscription.getJsonNumber("id").longValue());
        }
    }

    @Test
    void a_reporter_without_an_organisation_is_told_by_email_through_a_real_smtp_server() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            setting("smtpHost", "127.0.0.1");
            setting("smtpPort", Integer.toString(smtp.getSmtp().getPort()));
            String escalation = "ESC-obx-" + UUID.randomUUID().toString().substring(0, 8);
            notice(escalation, "reporter@campaign.example", null,
                    "{\"id\":\"" + escalation + "\",\"status\":\"ACKNOWLEDGED\"}");

            assertTrue(smtp.waitForIncomingEmail(30_000, 1), "an e-mail arrived");
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertEquals("reporter@campaign.example", mail.getAllRecipients()[0].toString());
            assertEquals("veracity@localhost", mail.getFrom()[0].toString());
            assertTrue(mail.getSubject().contains(escalation), mail.getSubject());
            String text = GreenMailUtil.getBody(mail);
            assertTrue(text.contains("ACKNOWLEDGED"), text);
            awaitDeliveries(escalation, "EMAIL DELIVERED");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void an_expired_whatsapp_token_is_shown_on_the_desk_and_the_message_goes_out_once_it_is_replaced()
            throws Exception {
        String fresh = "fresh-token-" + UUID.randomUUID();
        try (CloudApiStandIn cloud = new CloudApiStandIn(fresh)) {
            setting("whatsAppBaseUrl", cloud.baseUrl());
            setting("whatsAppPhoneNumberId", "106540352242922");
            setting("whatsAppToken", "expired-token");
            String escalation = "ESC-obx-" + UUID.randomUUID().toString().substring(0, 8);
            notice(escalation, null, "+15551234567", "{\"id\":\"" + escalation + "\",\"status\":\"DECIDED\"}");

            CloudApiStandIn.Request first = cloud.await(1, Duration.ofSeconds(30)).get(0);
            assertEquals("POST", first.method());
            assertEquals("/v21.0/106540352242922/messages", first.path());
            assertEquals("Bearer expired-token", first.authorization());
            JsonObject message = Api.parse(first.body());
            assertEquals("whatsapp", message.getString("messaging_product"));
            assertEquals("+15551234567", message.getString("to"));
            assertEquals("template", message.getString("type"));
            JsonObject template = message.getJsonObject("template");
            assertEquals("escalation_status_update", template.getString("name"));
            assertEquals("en", template.getJsonObject("language").getString("code"));
            JsonObject component = template.getJsonArray("components").getJsonObject(0);
            assertEquals("body", component.getString("type"));
            assertEquals(List.of(escalation, "DECIDED"), component.getJsonArray("parameters")
                    .getValuesAs(JsonObject.class).stream().map(p -> p.getString("text")).toList());
            assertEquals(401, first.answered());
            awaitDeliveries(escalation, "WHATSAPP HELD");

            String admin = "obx-admin-" + UUID.randomUUID().toString().substring(0, 8);
            api.createUser(admin, PASSWORD, "ADMIN");
            DeskSession desk = DeskSession.loggedIn(api.base(), admin, PASSWORD);
            DeskSession.Page page = desk.get("/desk/deliveries.xhtml");
            assertTrue(page.body().contains("The WhatsApp Cloud API refused the token"), "the admin sees the refusal");
            assertTrue(page.body().contains("answered 401"), "with the Cloud API's answer");
            assertTrue(page.body().contains("+15551234567"), "and the held message");
            assertFalse(page.body().contains("expired-token"), "never the token");
            Thread.sleep(2_500);
            assertEquals(1, cloud.requests().size(), "held, not retried with the refused token");

            DeskSession.Page replaced = desk.submit("/desk/deliveries.xhtml", "whatsapp", "replaceToken",
                    Map.of("whatsapp:token", fresh));
            assertTrue(replaced.body().contains("WhatsApp token replaced; 1 held message(s) go out now."),
                    "the desk confirms");
            List<CloudApiStandIn.Request> requests = cloud.await(2, Duration.ofSeconds(30));
            assertEquals(2, requests.size());
            assertEquals("Bearer " + fresh, requests.get(1).authorization());
            assertEquals(200, requests.get(1).answered());
            assertEquals(first.body(), requests.get(1).body(), "the same message went out");
            awaitDeliveries(escalation, "WHATSAPP DELIVERED");
            assertFalse(desk.get("/desk/deliveries.xhtml").body().contains("The WhatsApp Cloud API refused the token"));
        }
    }

    private void setting(String key, String value) {
        Form form = new Form().param("key", key);
        if (value != null) {
            form.param("value", value);
        }
        api.controlOk("/api/test/outbox/settings", form);
    }

    private void notice(String escalation, String email, String whatsapp, String body) {
        Form form = new Form().param("topic", "escalation.status").param("subjectType", "ESCALATION")
                .param("subjectId", escalation).param("body", body);
        if (email != null) {
            form.param("email", email);
        }
        if (whatsapp != null) {
            form.param("whatsapp", whatsapp);
        }
        api.controlOk("/api/test/outbox/notices", form);
    }

    private JsonObject subscribe(String url, String topic) {
        try (Response r = api.postJson("/api/v1/subscriptions", subscriber,
                "{\"url\":\"" + url + "\",\"topics\":[\"" + topic + "\"]}")) {
            String body = r.readEntity(String.class);
            assertEquals(201, r.getStatus(), body);
            return Api.parse(body);
        }
    }

    private void unsubscribe(long id) {
        try (Response r = api.request("/api/v1/subscriptions/" + id, subscriber).delete()) {
            assertEquals(204, r.getStatus());
        }
    }

    private String post() {
        String id = "it-obx-" + UUID.randomUUID();
        String body = "{\"items\":[{\"id\":\"" + id + "\",\"text\":\"Claim " + id + "\",\"authorId\":\"a-" + id
                + "\",\"authorKind\":\"PERSON\",\"region\":\"US\",\"language\":\"en\",\"postedAt\":\""
                + Instant.now().minus(Duration.ofHours(1)) + "\",\"views\":1000,\"shares\":10}]}";
        JsonObject result = api.postJsonOk("/api/v1/content", integrator, body).getJsonArray("results").getJsonObject(0);
        assertEquals("ACCEPTED", result.getString("status"), result.toString());
        return id;
    }

    private void label(String item) {
        enforce("label", new Form().param("role", "MODERATOR").param("contentId", item)
                .param("text", "Official voting information").param("url", "https://vote.example/info"));
    }

    private void remove(String item) {
        enforce("removal", new Form().param("role", "MODERATOR").param("contentId", item)
                .param("category", "VOTER_INTERFERENCE").param("reason", "wrong voting day"));
    }

    private void enforce(String what, Form form) {
        try (Response r = api.request("/api/test/enforcement/" + what, null).accept(MediaType.WILDCARD)
                .post(Entity.form(form))) {
            assertEquals(200, r.getStatus(), r.readEntity(String.class));
        }
    }

    private String deliveries(String subjectId) {
        try (Response r = api.request("/api/test/outbox/deliveries?subjectId=" + subjectId, null)
                .accept(MediaType.TEXT_PLAIN).get()) {
            return r.readEntity(String.class);
        }
    }

    /**
     * The deliveries about a subject to one endpoint: {@code item.treatment} goes to every subscription, and other
     * test classes leave theirs behind (their receivers gone), so a test looks at its own receiver's only.
     */
    private String deliveries(String subjectId, String endpoint) {
        return deliveries(subjectId).lines().filter(l -> l.endsWith(" " + endpoint))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private void awaitDeliveries(String subjectId, String prefix) throws InterruptedException {
        awaitDeliveries(subjectId, prefix, null);
    }

    private void awaitDeliveries(String subjectId, String prefix, String endpoint) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String now = endpoint == null ? deliveries(subjectId) : deliveries(subjectId, endpoint);
        while (!(now.startsWith(prefix) && now.lines().allMatch(l -> l.startsWith(prefix)))
                && System.nanoTime() < until) {
            Thread.sleep(200);
            now = endpoint == null ? deliveries(subjectId) : deliveries(subjectId, endpoint);
        }
        assertTrue(!now.isBlank() && now.lines().allMatch(l -> l.startsWith(prefix)),
                "expected every delivery about " + subjectId + " to be " + prefix + ": " + now);
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
