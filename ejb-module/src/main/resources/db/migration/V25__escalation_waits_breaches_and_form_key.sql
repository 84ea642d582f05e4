-- Escalations (R20, issue 12): the decision clock stops while the reporter is asked for information, breaches are
-- recorded once when they happen, and the public form's signing key is kept for every instance and restart.

ALTER TABLE escalation ADD COLUMN information_requested_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE escalation ADD COLUMN reporter_wait_seconds BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE escalation ADD COLUMN first_decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE escalation ADD COLUMN first_response_breached_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE escalation ADD COLUMN decision_breached_at TIMESTAMP WITH TIME ZONE;

-- The first decision was read from the history until now; escalations waiting for an answer wait since the request.
UPDATE escalation SET first_decided_at = (SELECT MIN(ev.at) FROM escalation_event ev
    WHERE ev.escalation_id = escalation.id AND ev.status = 'DECIDED');
UPDATE escalation SET information_requested_at = (SELECT MAX(ev.at) FROM escalation_event ev
    WHERE ev.escalation_id = escalation.id AND ev.status = 'INFORMATION_REQUESTED')
    WHERE status = 'INFORMATION_REQUESTED';

-- The breach sweep looks for due times passed without a recorded breach.
CREATE INDEX escalation_first_response_sweep ON escalation (first_response_breached_at, first_response_due);
CREATE INDEX escalation_decision_sweep ON escalation (decision_breached_at, decision_due);

-- Keys Veracity generates once and every instance shares (used when none is configured): one row per purpose,
-- the secret drawn by the first instance that needs it, under a row lock.
CREATE TABLE signing_key (
    purpose    VARCHAR(60)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(200),
    created_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO signing_key (purpose, secret, created_at) VALUES ('public-form', NULL, NULL);
