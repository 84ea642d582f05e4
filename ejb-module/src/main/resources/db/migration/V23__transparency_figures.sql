-- Issue 13 (R23): the summary tables the public transparency pages and open data read. A job
-- (recompute-transparency, nightly and on demand) rebuilds them from the audit trail, the queue and the
-- ratings, so the pages stay fast however many items and events there are.

-- Enforcement events per ISO week (e.g. 2026-W49), cited policy version, action and region of the item
-- ('ZZ' when the subject has no region, e.g. an account).
CREATE TABLE transparency_enforcement_count (
    iso_week        VARCHAR(8)   NOT NULL,
    policy_version  VARCHAR(80)  NOT NULL,
    action          VARCHAR(60)  NOT NULL,
    region          VARCHAR(2)   NOT NULL,
    event_count     BIGINT       NOT NULL,
    PRIMARY KEY (iso_week, policy_version, action, region)
);
CREATE INDEX ix_transparency_enforcement_region ON transparency_enforcement_count (region, iso_week);

-- Fact-checking figures: one row per figure and label, e.g. ('enqueued', 'PREDICTED', 12),
-- ('verdict', 'FALSE', 3), ('partner', 'Lead Stories', 5), ('median-hours-to-rating', '', 4.5),
-- ('dispute', 'CONFIRMED', 1).
CREATE TABLE transparency_factcheck_figure (
    figure        VARCHAR(40)      NOT NULL,
    label         VARCHAR(200)     NOT NULL,
    figure_value  DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (figure, label)
);

-- When each set of figures was last recomputed, and from how many source rows.
CREATE TABLE transparency_refresh (
    figures       VARCHAR(40) PRIMARY KEY,
    refreshed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    source_rows   BIGINT      NOT NULL
);
