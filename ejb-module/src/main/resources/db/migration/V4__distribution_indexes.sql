-- R22, the distribution answer (docs/benchmarks.md ("Distribution answers")): its first query looks up a batch of up to
-- 1,000 platform ids and needs only these five columns. With all of them in one index PostgreSQL answers
-- from the index alone (an index-only scan) and never touches the content_item rows, whose text and URLs make
-- the table several times larger than this index, so the lookup's working set stays in memory.
-- (Plain column list rather than INCLUDE, so the same file runs on H2.)
CREATE INDEX ix_content_item_distribution ON content_item (platform_id, id, status, author_id, registrable_domain);
