package org.veracity.it.support;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.veracity.application.internal.DeliveryWorker;
import org.veracity.domain.notification.Notice;

/** Test deployments only: fires notices as the escalations side would, adjusts the outbox's settings, pauses the worker. */
@Path("test/outbox")
@Produces(MediaType.TEXT_PLAIN)
public class OutboxTestControlResource {

    @Inject
    Event<Notice> notices;

    @Inject
    AdjustableDeliverySettings settings;

    @Inject
    DeliveryWorker worker;

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    /** Fires a Notice inside a transaction, as a change's service does; the outbox writes it in that transaction. */
    @POST
    @Path("notices")
    @Transactional
    public String fire(@FormParam("topic") String topic, @FormParam("subjectType") String subjectType,
                       @FormParam("subjectId") String subjectId, @FormParam("partnerId") String partnerId,
                       @FormParam("email") String email, @FormParam("whatsapp") String whatsapp,
                       @FormParam("body") String body) {
        notices.fire(new Notice(topic, subjectType, subjectId, partnerId, email, whatsapp, body, Instant.now()));
        return "fired";
    }

    /** Fires {@code count} item.treatment notices about subjects {@code prefix-0…} in one transaction (benchmark). */
    @POST
    @Path("notices/bulk")
    @Transactional
    public String fireMany(@FormParam("prefix") String prefix, @FormParam("count") int count) {
        for (int i = 0; i < count; i++) {
            String id = prefix + "-" + i;
            notices.fire(new Notice("item.treatment", "CONTENT", id, null, null, null,
                    "{\"item\":\"" + id + "\",\"treatment\":\"labelled\",\"action\":\"LABELLED\"}", Instant.now()));
        }
        return Integer.toString(count);
    }

    @POST
    @Path("settings")
    public String set(@FormParam("key") String key, @FormParam("value") String value) {
        if (key == null) {
            settings.clear();
        } else {
            settings.set(key, value);
        }
        return "set";
    }

    @POST
    @Path("worker/pause")
    public String pause() {
        worker.pause();
        return "paused";
    }

    @POST
    @Path("worker/resume")
    public String resume() {
        worker.resume();
        return "resumed";
    }

    /** The deliveries of messages about one subject, oldest first: "channel status attempts target" per line. */
    @GET
    @Path("deliveries")
    public String deliveries(@QueryParam("subjectId") String subjectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select d.channel, d.status, d.attempts, d.target from outbox_delivery d"
                + " join outbox_message m on m.id = d.message_id where m.subject_id = ?1 order by d.id")
                .setParameter(1, subjectId).getResultList();
        return rows.stream().map(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3]).collect(Collectors.joining("\n"));
    }
}
