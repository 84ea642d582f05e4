-- The nightly jobs' schedule slots. Every instance of a cluster has the same timers; the first whose
-- conditional UPDATE moves a job's slot forward runs that night's job, the others find it moved and
-- skip (DefaultScheduledRunService). Manual starts from the jobs page do not claim a slot.
CREATE TABLE job_schedule (
    job_name    VARCHAR(80) PRIMARY KEY,
    last_slot   TIMESTAMP WITH TIME ZONE,
    claimed_by  VARCHAR(200),
    claimed_at  TIMESTAMP WITH TIME ZONE
);

INSERT INTO job_schedule (job_name) VALUES ('expire-demotions'), ('rebuild-exemption-list'), ('verify-audit-chain');
