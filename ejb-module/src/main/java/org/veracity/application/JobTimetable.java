package org.veracity.application;

import java.time.Instant;
import java.util.List;
import org.veracity.domain.schedule.SlotClaim;

/**
 * The nightly jobs' timetable, as their timers will fire. Implemented where the timers live (the batch module);
 * the desk reads it through this interface, so pages never depend on the batch module.
 */
public interface JobTimetable {

    String EXPIRE_DEMOTIONS = "expire-demotions";
    String REBUILD_EXEMPTION_LIST = "rebuild-exemption-list";
    String VERIFY_AUDIT_CHAIN = "verify-audit-chain";
    String ENFORCE_DISCLOSURE_DEADLINES = "enforce-disclosure-deadlines";
    String RECOMPUTE_TRANSPARENCY = "recompute-transparency";
    String PUBLISH_OPEN_DATA = "publish-open-data";
    String RECONCILE_DISTRIBUTION_PROJECTION = "reconcile-distribution-projection";

    /** When each job runs next, soonest first. */
    List<ScheduledJob> timetable();

    /**
     * A job on the timetable: its name, when it runs, its next run, and which instance started its
     * last scheduled run ({@code null} before the first).
     */
    record ScheduledJob(String jobName, String schedule, Instant nextRun, SlotClaim lastRun) {
    }
}
