-- Issue 13 (R23): the analytics contract for an external engine (Trino / Presto through its PostgreSQL
-- connector, config/trino/veracity.properties). PostgreSQL only (db/vendor/postgresql): the embedded H2 of a
-- first run has no analysts. The views' columns are a documented contract (docs/analytics.md): add columns,
-- never rename or drop one. Nothing here names a desk user, and a private person's account id never appears.

CREATE SCHEMA IF NOT EXISTS analytics;

-- Content items, without text; the author is named only for pages, politicians, campaigns and groups.
CREATE VIEW analytics.items AS
SELECT c.platform_id                                  AS item_id,
       c.registrable_domain                           AS domain,
       c.author_kind                                  AS author_kind,
       CASE WHEN c.author_kind = 'PERSON' THEN NULL ELSE c.author_id END AS author_id,
       COALESCE(NULLIF(c.region, ''), 'ZZ')           AS region,
       c.language                                     AS language,
       c.posted_at                                    AS posted_at,
       c.received_at                                  AS received_at,
       c.is_ad                                        AS is_ad,
       c.status                                       AS status
FROM content_item c;

-- Treatments: demotions (with their multiplier) and labels, each with the policy version it cites.
CREATE VIEW analytics.treatments AS
SELECT c.platform_id AS item_id, 'DEMOTION' AS treatment, d.kind AS kind, d.multiplier AS multiplier,
       d.starts_at AS starts_at, COALESCE(d.lifted_at, d.ends_at) AS ends_at, d.policy_version AS policy_version
FROM demotion d JOIN content_item c ON c.id = d.content_id
UNION ALL
SELECT c.platform_id, 'LABEL', l.kind, NULL, l.applied_at, l.removed_at, l.policy_version
FROM content_label l JOIN content_item c ON c.id = l.content_id;

-- Ratings with their partner organisation and, when the item was queued, how it got there and when.
CREATE VIEW analytics.ratings AS
SELECT r.id                           AS rating_id,
       c.platform_id                  AS item_id,
       p.name                         AS partner,
       r.verdict                      AS verdict,
       r.rated_at                     AS rated_at,
       r.superseded_at                AS superseded_at,
       (r.copy_of_rating_id IS NOT NULL) AS is_copy,
       q.route                        AS route,
       q.enqueued_at                  AS enqueued_at
FROM rating r
JOIN partner_organisation p ON p.id = r.organisation_id
JOIN content_item c ON c.id = r.content_id
LEFT JOIN factcheck_queue_entry q ON q.content_id = r.content_id;

-- Audit events without the actor's name; the subject's id is withheld for accounts, users and tokens.
CREATE VIEW analytics.audit_events AS
SELECT e.seq                                           AS seq,
       e.occurred_at                                   AS occurred_at,
       to_char(e.occurred_at AT TIME ZONE 'UTC', 'IYYY-"W"IW') AS iso_week,
       e.actor_role                                    AS actor_role,
       e.subject_type                                  AS subject_type,
       CASE WHEN e.subject_type IN ('ACCOUNT', 'USER', 'TOKEN') THEN NULL ELSE e.subject_id END AS subject_id,
       e.action                                        AS action,
       e.policy_version                                AS policy_version,
       CASE WHEN e.subject_type = 'CONTENT' THEN COALESCE(NULLIF(c.region, ''), 'ZZ') ELSE 'ZZ' END AS region
FROM audit_event e
LEFT JOIN content_item c ON e.subject_type = 'CONTENT' AND c.platform_id = e.subject_id;

-- The events the public enforcement counts are made of (domain.transparency.EnforcementEvents).
CREATE VIEW analytics.enforcement_events AS
SELECT * FROM analytics.audit_events a
WHERE a.policy_version IS NOT NULL
  AND a.subject_type IN ('CONTENT', 'ACCOUNT', 'GROUP')
  AND a.action NOT IN ('POSSIBLE_COPY_OFFERED', 'POSSIBLE_COPY_REJECTED', 'RFH_MATCH_CLEARED', 'CLAIMED', 'RELEASED');

-- Hours from enqueue to the item's first (original) rating, one row per queued item that was rated.
CREATE VIEW analytics.time_to_rating AS
SELECT q.id AS queue_entry_id, c.platform_id AS item_id, q.route AS route, q.enqueued_at AS enqueued_at,
       min(r.rated_at) AS first_rated_at,
       GREATEST(EXTRACT(EPOCH FROM (min(r.rated_at) - q.enqueued_at)), 0) / 3600.0 AS hours_to_rating
FROM factcheck_queue_entry q
JOIN content_item c ON c.id = q.content_id
JOIN rating r ON r.content_id = q.content_id AND r.copy_of_rating_id IS NULL
GROUP BY q.id, c.platform_id, q.route, q.enqueued_at;

-- The read-only role analysts' engines log in through (docs/analytics.md). Roles belong to the whole
-- PostgreSQL cluster: create it once, and leave it to the DBA when the migrating user may not create roles.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'veracity_analytics') THEN
        BEGIN
            CREATE ROLE veracity_analytics NOLOGIN;
        EXCEPTION WHEN insufficient_privilege OR duplicate_object THEN
            RAISE NOTICE 'veracity_analytics not created here (no CREATEROLE, or created concurrently): see docs/analytics.md';
        END;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'veracity_analytics') THEN
        EXECUTE 'GRANT USAGE ON SCHEMA analytics TO veracity_analytics';
        EXECUTE 'GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO veracity_analytics';
    END IF;
END
$$;
