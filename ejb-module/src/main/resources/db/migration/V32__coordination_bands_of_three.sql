-- R18's candidate keys become six bands of three MinHash values (issue 15, TextSketch): two more band columns.
-- Rows traced before this version keep their four keys of the earlier scheme, which no new key equals, and leave
-- the window an hour later (docs/architecture.md, "Coordinated posting").
ALTER TABLE coordination_post ADD COLUMN sketch5 BIGINT;
ALTER TABLE coordination_post ADD COLUMN sketch6 BIGINT;
CREATE INDEX ix_coordination_post_sketch5 ON coordination_post (sketch5, posted_at);
CREATE INDEX ix_coordination_post_sketch6 ON coordination_post (sketch6, posted_at);
