-- R18: when each post joined its coordination case, so the case can show which accounts joined only after a
-- specialist decided it (a suspended case's later accounts are for the specialist to act on). Posts that joined
-- before this column existed stay NULL and count as joined before the decision.
ALTER TABLE coordination_post ADD COLUMN joined_at TIMESTAMP WITH TIME ZONE;
