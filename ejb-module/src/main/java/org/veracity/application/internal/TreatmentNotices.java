package org.veracity.application.internal;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.notification.Notice;
import org.veracity.domain.notification.Topics;

/**
 * Item treatment changes as notices (topic {@value Topics#ITEM_TREATMENT}). Every such change is audited, so
 * {@link AuditTrail} is the one place that announces them: a new treatment rule is announced without being
 * told to. The body names the item, the treatment, the audited action, the policy version and the reason —
 * never the staff member who acted.
 */
final class TreatmentNotices {

    /**
     * One factory, made when the first notice is built (the class is initialised then, on an application thread, as
     * {@code Json.createObjectBuilder} ran): that call looks the provider up through the ServiceLoader every time,
     * 1 % of intake's CPU (issue 15).
     */
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private TreatmentNotices() {
    }

    static Optional<Notice> of(AuditEntry entry, Instant at) {
        if (!entry.concerns(AuditSubject.CONTENT)) {
            return Optional.empty();
        }
        return AuditAction.named(entry.action()).flatMap(Topics::treatmentOf).map(treatment -> {
            JsonObjectBuilder body = BUILDERS.createObjectBuilder()
                    .add("item", entry.subjectId())
                    .add("treatment", treatment)
                    .add("action", entry.action())
                    .add("at", at.toString());
            if (entry.policyVersion() != null) {
                body.add("policyVersion", entry.policyVersion());
            }
            if (entry.reason() != null) {
                body.add("reason", entry.reason());
            }
            return new Notice(Topics.ITEM_TREATMENT, AuditSubject.CONTENT.name(), entry.subjectId(), null, null, null,
                    body.build().toString(), at);
        });
    }
}
