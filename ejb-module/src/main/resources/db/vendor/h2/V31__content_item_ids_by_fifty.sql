-- Issue 15: content_item ids come from a sequence that hands out 50 at a time (H2's form; db/vendor/postgresql has
-- PostgreSQL's, which says why). H2 names an identity column's own sequence itself, so a sequence of ours replaces it.
CREATE SEQUENCE content_item_seq INCREMENT BY 50;
ALTER SEQUENCE content_item_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 1 FROM content_item);
ALTER TABLE content_item ALTER COLUMN id DROP IDENTITY;
ALTER TABLE content_item ALTER COLUMN id SET DEFAULT NEXT VALUE FOR content_item_seq;
