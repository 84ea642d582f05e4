-- Hard enforcement (R12-R16): why an item is blocked or removed, and the designated exceptions
-- that let moderators remove imminent-harm misinformation (R13).

ALTER TABLE content_item ADD COLUMN status_reason VARCHAR(2000);
ALTER TABLE content_item ADD COLUMN status_policy_version VARCHAR(80);
ALTER TABLE content_item ADD COLUMN status_changed_at TIMESTAMP WITH TIME ZONE;

-- R13: under a designated exception a moderator may remove imminent-harm misinformation, which is
-- otherwise a specialist's call. Exceptions are data with effective dates; regions NULL = anywhere.
CREATE TABLE removal_exception (
    code            VARCHAR(60)   PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    regions         VARCHAR(200),
    effective_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    effective_until TIMESTAMP WITH TIME ZONE,
    description     VARCHAR(2000) NOT NULL
);

-- The source document (seeds/002) names the three exceptions but not their start dates: COVID-19
-- starts with the COVID-19 hoax policy (2020-03-01); polio and Ebola with the imminent-harm
-- policy itself (2018-07-18). Policy leads correct dates in the desk; history is audited.
INSERT INTO removal_exception (code, name, regions, effective_from, effective_until, description) VALUES
('covid-19', 'COVID-19 misinformation', NULL, TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+00', NULL,
 'Moderators may remove COVID-19 misinformation that contributes to imminent physical harm, in any region.'),
('polio-pk-af', 'Polio misinformation in Pakistan and Afghanistan', 'PK,AF', TIMESTAMP WITH TIME ZONE '2018-07-18 00:00:00+00', NULL,
 'Moderators may remove polio misinformation contributing to imminent harm in Pakistan and Afghanistan.'),
('ebola-cd', 'Ebola misinformation in the Democratic Republic of the Congo', 'CD', TIMESTAMP WITH TIME ZONE '2018-07-18 00:00:00+00', NULL,
 'Moderators may remove Ebola misinformation contributing to imminent harm in the Democratic Republic of the Congo.');
