package org.veracity.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.veracity.domain.notification.Notice;

/**
 * Test deployments only: every {@link Notice} of a committed transaction, by subject id, as the status its body
 * carries (e.g. "RECEIVED,ACKNOWLEDGED,DECIDED"), so ITs can check that each status change was notified once.
 */
@ApplicationScoped
public class NoticeCounter {

    private final Map<String, List<String>> statuses = new ConcurrentHashMap<>();
    private final Map<String, List<String>> recipients = new ConcurrentHashMap<>();

    /** One factory: {@code Json.createReader} looks the provider up through the ServiceLoader on every call. */
    private final JsonReaderFactory readers = Json.createReaderFactory(Map.of());

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notice notice) {
        String status;
        try (JsonReader reader = readers.createReader(new StringReader(notice.body()))) {
            JsonObject body = reader.readObject();
            status = body.getString("status", "?");
        }
        statuses.computeIfAbsent(notice.subjectId(), k -> new CopyOnWriteArrayList<>()).add(notice.topic() + ":" + status);
        recipients.computeIfAbsent(notice.subjectId(), k -> new CopyOnWriteArrayList<>())
                .add(notice.partnerId() != null ? "partner:" + notice.partnerId() : "email:" + notice.email());
    }

    public List<String> statusesOf(String subjectId) {
        return statuses.getOrDefault(subjectId, List.of());
    }

    public List<String> recipientsOf(String subjectId) {
        return recipients.getOrDefault(subjectId, List.of());
    }
}
