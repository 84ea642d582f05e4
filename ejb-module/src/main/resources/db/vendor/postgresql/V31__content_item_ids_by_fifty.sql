-- Issue 15: content_item ids come from a sequence that hands out 50 at a time (PostgreSQL's form; db/vendor/h2 has
-- H2's). Hibernate takes a block of 50 ids per nextval (the pooled-lo optimizer: the value is the block's first id)
-- instead of an IDENTITY value per INSERT, so an intake batch's items are inserted in JDBC batches, not one round
-- trip each. Rows inserted without an id (tests, tools, the benchmark's plain JDBC rounds) take the next value as
-- their id; every value is 50 from the next, so such a row never falls into a block Hibernate holds.
CREATE SEQUENCE content_item_seq INCREMENT BY 50;
SELECT setval('content_item_seq', (SELECT COALESCE(MAX(id), 0) + 1 FROM content_item), false);
ALTER TABLE content_item ALTER COLUMN id DROP IDENTITY;
ALTER TABLE content_item ALTER COLUMN id SET DEFAULT nextval('content_item_seq');
ALTER SEQUENCE content_item_seq OWNED BY content_item.id;
