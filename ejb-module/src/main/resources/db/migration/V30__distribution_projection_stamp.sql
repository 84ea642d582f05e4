-- Issue 15: every value published to the distribution projection carries a number drawn from this sequence before
-- its rows were read; a value never replaces one with a higher number (DistributionProjection).
CREATE SEQUENCE distribution_projection_stamp;
