-- R18's detections are numbered (issue 15). Every detection takes the one coordination_lock row and counts it up;
-- the traces it stores, and the known traces it assigns to a case it opens, carry its number. Detections hold the
-- lock until they end, so a detection's number is larger than the number of every detection committed before it:
-- an instance that remembers the traces of recent hours reads only "detection > the last one I saw", not the hour.
-- Traces stored before this version carry 0 and are read when their hour is first asked for (posted_at).
ALTER TABLE coordination_lock ADD COLUMN detection BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE coordination_post ADD COLUMN detection BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX ix_coordination_post_detection ON coordination_post (detection);
CREATE INDEX ix_coordination_post_posted ON coordination_post (posted_at);
