-- Issue 9, defect 11: each audit event is sealed with an HMAC-SHA256 of its hash under a key the database
-- does not hold (key_id names which key, so keys can be rotated), and the chain's head is checkpointed
-- and published. Events written before this version carry no seal; the verifier counts them.
ALTER TABLE audit_event ADD COLUMN key_id VARCHAR(40);
ALTER TABLE audit_event ADD COLUMN mac VARCHAR(64);

CREATE TABLE audit_checkpoint (
    number     BIGINT       PRIMARY KEY,
    last_seq   BIGINT       NOT NULL,
    head_hash  VARCHAR(64)  NOT NULL,
    taken_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id     VARCHAR(40),
    mac        VARCHAR(64)
);
