package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veracity.it.support.Api;
import org.veracity.it.support.Deployments;
import org.veracity.it.support.WebhookReceiver;
import org.veracity.it.support.WebhookReceiver.Received;

/**
 * R20: delivery survives a server restart. The Payara Micro Arquillian container starts a new Payara Micro process
 * for every deployment and ends it at undeployment, so undeploy + deploy here is a real stop and start of the
 * server (a new JVM: nothing in memory survives). The worker is paused first so that the change cannot be
 * delivered before the stop; the new server's worker is not paused.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxRestartIT {

    private static final String APP = "veracity";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = APP, managed = false, testable = false)
    public static WebArchive deployment() {
        return Deployments.veracity();
    }

    @Test
    void a_change_written_before_the_server_stops_is_delivered_after_it_starts_again() throws Exception {
        URL base = new URL("http://127.0.0.1:" + System.getProperty("veracity.it.port", "8181") + "/");
        deployer.deploy(APP);
        String item;
        String secret;
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            try (Api api = new Api(base)) {
                api.resetClock();
                String subscriber = api.token("subscriptions:write", null);
                String integrator = api.token("content:write", null);
                try (Response r = api.postJson("/api/v1/subscriptions", subscriber,
                        "{\"url\":\"" + receiver.url() + "\",\"topics\":[\"item.treatment\"]}")) {
                    assertEquals(201, r.getStatus());
                    secret = Api.parse(r.readEntity(String.class)).getString("secret");
                }
                api.controlOk("/api/test/outbox/worker/pause", new Form());
                item = "it-obx-restart-" + UUID.randomUUID();
                JsonObject result = api.postJsonOk("/api/v1/content", integrator, "{\"items\":[{\"id\":\"" + item
                        + "\",\"text\":\"Claim " + item + "\",\"authorId\":\"a-" + item + "\",\"authorKind\":\"PERSON\","
                        + "\"region\":\"US\",\"language\":\"en\",\"postedAt\":\"" + Instant.now().minus(Duration.ofHours(1))
                        + "\",\"views\":1000,\"shares\":10}]}").getJsonArray("results").getJsonObject(0);
                assertEquals("ACCEPTED", result.getString("status"));
                try (Response r = api.request("/api/test/enforcement/label", null).accept(MediaType.WILDCARD)
                        .post(Entity.form(new Form().param("role", "MODERATOR").param("contentId", item)
                                .param("text", "Official voting information").param("url", "https://vote.example/info")))) {
                    assertEquals(200, r.getStatus());
                }
                assertEquals("WEBHOOK PENDING 0 " + receiver.url(), deliveries(api, item),
                        "written to the outbox with the change, not yet sent");
                Thread.sleep(2_000);
                assertTrue(receiver.received(r -> r.body().contains(item)).isEmpty());
            }

            deployer.undeploy(APP);
            deployer.deploy(APP);

            List<Received> got = receiver.await(r -> r.body().contains(item), 1, Duration.ofSeconds(60));
            assertEquals(1, got.size(), "delivered once after the restart");
            Received r = got.get(0);
            assertEquals("labelled", Api.parse(r.body()).getString("treatment"));
            assertEquals("v1=" + hmac(secret, r.timestamp() + "." + r.body()), r.signature());
            try (Api api = new Api(base)) {
                long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (!deliveries(api, item).startsWith("WEBHOOK DELIVERED") && System.nanoTime() < until) {
                    Thread.sleep(200);
                }
                assertEquals("WEBHOOK DELIVERED 1 " + receiver.url(), deliveries(api, item));
            }
            Thread.sleep(1_500);
            assertEquals(1, receiver.received(x -> x.body().contains(item)).size(), "and only once");
        } finally {
            deployer.undeploy(APP);
        }
    }

    private static String deliveries(Api api, String subjectId) {
        try (Response r = api.request("/api/test/outbox/deliveries?subjectId=" + subjectId, null)
                .accept(MediaType.TEXT_PLAIN).get()) {
            return r.readEntity(String.class);
        }
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
