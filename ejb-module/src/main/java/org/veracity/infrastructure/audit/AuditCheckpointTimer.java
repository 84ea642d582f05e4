package org.veracity.infrastructure.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.veracity.application.AuditService;

/**
 * Takes an audit checkpoint every hour, on the hour, for the transparency pages to publish. Several
 * instances firing together do no harm: each locks the chain head, and a checkpoint of an unchanged head
 * is not taken twice.
 */
@Stateless
public class AuditCheckpointTimer {

    @Inject
    AuditService audit;

    @Schedule(hour = "*", minute = "0", persistent = false, info = "audit-checkpoint")
    void takeCheckpoint() {
        audit.checkpoint();
    }
}
