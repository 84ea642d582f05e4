-- R22 benchmark data set, loaded with plain SQL into a database Flyway has already migrated.
-- Every figure below is a function of the item number n (1..1,000,000), so the bare baseline
-- endpoint (org.veracity.bench.BareDistributionResource) can rebuild the same answers from memory.
--
--   content_item     1,000,000  platform_id 'post_' || (1e12 + n); author 'author-' || (n % 200000);
--                               30 % link to 'site<k>.example' (n % 10 in 0,1,2: k = (n / 10) % 5000);
--                               REMOVED when n % 200 = 7, BLOCKED when n % 1000 = 13
--   demotion (in force) 100,000  every n % 10 = 0: RATING (x0.2 FALSE / x0.5 PARTLY_FALSE, until lifted)
--                               when n % 200 = 0, else TEMPORARY_PENDING_REVIEW x0.5 for 168 h
--   demotion (lapsed)    50,000  n % 20 = 5, ended a day ago (must be ignored)
--   rating (current)      5,000  n % 200 = 0: FALSE when n % 400 = 0, else PARTLY_FALSE
--   rating (superseded)   1,000  n % 1000 = 500
--   content_label        10,000  5,000 WARNING on rated items, 5,000 CONTEXT when n % 200 = 100
--                               (+ 1,000 removed labels, n % 1000 = 300, never shown)
--   repeat_offender       1,000  800 authors 'author-' || (k * 250), 200 domains 'site' || (k * 25) || '.example',
--                               in force x0.5 (≈4,000 + ≈12,000 items affected)
-- Timestamps are relative to the load time; the data set stays valid for at least two days.
\set ON_ERROR_STOP on
\timing on
SET synchronous_commit = off;
SET maintenance_work_mem = '512MB';

INSERT INTO partner_organisation (name, languages, regions) VALUES ('Bench Fact Checkers', 'en', 'US');

INSERT INTO content_item (id, platform_id, url, domain, registrable_domain, body, author_id, author_kind,
                          region, language, posted_at, received_at, views, shares, is_ad, status, version)
SELECT n,
       'post_' || (1000000000000 + n),
       CASE WHEN n % 10 < 3 THEN 'https://www.site' || ((n / 10) % 5000) || '.example/story/' || n END,
       CASE WHEN n % 10 < 3 THEN 'www.site' || ((n / 10) % 5000) || '.example' END,
       CASE WHEN n % 10 < 3 THEN 'site' || ((n / 10) % 5000) || '.example' END,
       'Post number ' || n || ': lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.',
       'author-' || (n % 200000),
       CASE WHEN n % 50 = 1 THEN 'PAGE' ELSE 'PERSON' END,
       'US', 'en',
       now() - interval '3 days' - (n % 1000) * interval '1 minute',
       now() - interval '3 days' - (n % 1000) * interval '1 minute' + interval '5 seconds',
       n % 100000, n % 5000, false,
       CASE WHEN n % 200 = 7 THEN 'REMOVED' WHEN n % 1000 = 13 THEN 'BLOCKED' ELSE 'ACTIVE' END,
       0
FROM generate_series(1, 1000000) AS n;
SELECT setval(pg_get_serial_sequence('content_item', 'id'), 1000000);

-- Ratings: id = n / 200 (1..5000) current, 5001..6000 superseded.
INSERT INTO rating (id, content_id, organisation_id, rater, verdict, claim, article_url, summary, rated_at,
                    superseded_at, policy_version)
SELECT n / 200, n, (SELECT id FROM partner_organisation WHERE name = 'Bench Fact Checkers'), 'checker-1',
       CASE WHEN n % 400 = 0 THEN 'FALSE' ELSE 'PARTLY_FALSE' END,
       'Claim in post ' || n, 'https://factcheck.example/' || n, 'Rated in the benchmark data set',
       now() - interval '2 days', NULL, 'fact-check-ratings@v1'
FROM generate_series(200, 1000000, 200) AS n;
INSERT INTO rating (id, content_id, organisation_id, rater, verdict, claim, article_url, summary, rated_at,
                    superseded_at, policy_version)
SELECT 5000 + n / 1000 + 1, n, (SELECT id FROM partner_organisation WHERE name = 'Bench Fact Checkers'), 'checker-1',
       'MISSING_CONTEXT', 'Claim in post ' || n, 'https://factcheck.example/' || n, 'Superseded rating',
       now() - interval '3 days', now() - interval '2 days', 'fact-check-ratings@v1'
FROM generate_series(500, 999500, 1000) AS n;
SELECT setval(pg_get_serial_sequence('rating', 'id'), 6000);

-- In-force demotions: 95,000 temporary, 5,000 rating demotions.
INSERT INTO demotion (content_id, kind, multiplier, starts_at, ends_at, lifted_at, reason, policy_version, rating_id)
SELECT n, 'TEMPORARY_PENDING_REVIEW', 0.5,
       now() - interval '1 hour' - (n % 5) * interval '1 day',
       now() - interval '1 hour' - (n % 5) * interval '1 day' + interval '168 hours',
       NULL, 'predicted false (score above threshold)', 'temporary-demotion@v1', NULL
FROM generate_series(10, 1000000, 10) AS n WHERE n % 200 <> 0;
INSERT INTO demotion (content_id, kind, multiplier, starts_at, ends_at, lifted_at, reason, policy_version, rating_id)
SELECT n, 'RATING', CASE WHEN n % 400 = 0 THEN 0.2 ELSE 0.5 END,
       now() - interval '2 days', NULL, NULL,
       'rated ' || CASE WHEN n % 400 = 0 THEN 'FALSE' ELSE 'PARTLY_FALSE' END, 'fact-check-ratings@v1', n / 200
FROM generate_series(200, 1000000, 200) AS n;
-- Lapsed demotions (ended yesterday, not yet closed by the nightly job): never in force now.
INSERT INTO demotion (content_id, kind, multiplier, starts_at, ends_at, lifted_at, reason, policy_version, rating_id)
SELECT n, 'TEMPORARY_PENDING_REVIEW', 0.5, now() - interval '8 days', now() - interval '1 day', NULL,
       'predicted false (score above threshold)', 'temporary-demotion@v1', NULL
FROM generate_series(5, 1000000, 20) AS n;

-- Labels.
INSERT INTO content_label (content_id, kind, text, url, applied_at, removed_at, rating_id, policy_version)
SELECT n, 'WARNING',
       CASE WHEN n % 400 = 0 THEN 'False information. Checked by independent fact-checkers.'
            ELSE 'Partly false information. Checked by independent fact-checkers.' END,
       'https://factcheck.example/' || n, now() - interval '2 days', NULL, n / 200, 'fact-check-ratings@v1'
FROM generate_series(200, 1000000, 200) AS n;
INSERT INTO content_label (content_id, kind, text, url, applied_at, removed_at, rating_id, policy_version)
SELECT n, 'CONTEXT', 'Missing context. Independent fact-checkers say this could mislead people.',
       'https://factcheck.example/context/' || n, now() - interval '2 days', NULL, NULL, 'fact-check-ratings@v1'
FROM generate_series(100, 1000000, 200) AS n;
INSERT INTO content_label (content_id, kind, text, url, applied_at, removed_at, rating_id, policy_version)
SELECT n, 'CONTEXT', 'Removed label', NULL, now() - interval '3 days', now() - interval '2 days', NULL,
       'fact-check-ratings@v1'
FROM generate_series(300, 1000000, 1000) AS n;

-- Repeat offenders in force: 800 authors, 200 domains.
INSERT INTO repeat_offender (subject_kind, subject, starts_at, ends_at, multiplier, reason, policy_version)
SELECT 'AUTHOR', 'author-' || (k * 250), now() - interval '10 days', now() + interval '80 days', 0.5,
       '3 False/Altered ratings within 90 days', 'repeat-offenders@v1'
FROM generate_series(0, 799) AS k;
INSERT INTO repeat_offender (subject_kind, subject, starts_at, ends_at, multiplier, reason, policy_version)
SELECT 'DOMAIN', 'site' || (k * 25) || '.example', now() - interval '10 days', now() + interval '80 days', 0.5,
       '3 False/Altered ratings within 90 days', 'repeat-offenders@v1'
FROM generate_series(0, 199) AS k;

VACUUM ANALYZE content_item;
VACUUM ANALYZE demotion;
VACUUM ANALYZE rating;
VACUUM ANALYZE content_label;
VACUUM ANALYZE repeat_offender;

SELECT (SELECT count(*) FROM content_item) AS items,
       (SELECT count(*) FROM demotion WHERE starts_at <= now() AND (ends_at IS NULL OR ends_at > now())
                                        AND (lifted_at IS NULL OR lifted_at > now())) AS demotions_in_force,
       (SELECT count(*) FROM content_label WHERE removed_at IS NULL) AS labels_shown,
       (SELECT count(*) FROM rating WHERE superseded_at IS NULL) AS current_ratings,
       (SELECT count(*) FROM repeat_offender) AS repeat_offenders;
