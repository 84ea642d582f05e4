-- Issue 10: items waiting for the semantic RFH screen (sentence embeddings), which runs right after intake
-- stored them. A row is written in the intake transaction and deleted in the transaction that screened the
-- item, so nothing is lost on a restart; instances claim rows with FOR UPDATE SKIP LOCKED, so a cluster
-- never screens one twice. The most-viewed items are screened first when intake outpaces the screen.
CREATE TABLE semantic_backlog (
    content_id BIGINT NOT NULL PRIMARY KEY REFERENCES content_item (id),
    reach      BIGINT NOT NULL,
    queued_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_semantic_backlog_order ON semantic_backlog (reach DESC, queued_at, content_id);
