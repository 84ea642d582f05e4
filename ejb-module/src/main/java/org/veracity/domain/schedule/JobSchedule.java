package org.veracity.domain.schedule;

import java.time.Instant;
import java.util.List;

/** The slots of scheduled jobs instances of a cluster have claimed (one row per job). */
public interface JobSchedule {

    /**
     * Claims {@code slot} of a job for {@code instance} when it is later than the job's last claimed slot. One
     * conditional UPDATE decides, as for queue claims: the row lock makes a second instance wait for the first
     * one's commit, after which the slot is no longer later than the last and it updates nothing.
     */
    boolean claim(String jobName, Instant slot, String instance, Instant at);

    /** The last slot claimed of each job that has run at least once. */
    List<SlotClaim> lastClaims();
}
