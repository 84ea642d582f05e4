package org.veracity.infrastructure.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.veracity.application.AuditService;

/**
 * Takes an audit checkpoint every hour, on the hour, for the transparency pages to publish. Several
 * instances firing together do no harm: they take turns ({@code AuditRepository.lockCheckpoints}), and a
 * checkpoint of unchanged chain heads is not taken twice. Writers are never held by it.
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
