-- R18 (issue 15): the coordination_lock row also names the detection that last counted it up (holder), by a token
-- the detection chose, and the one before that (previous_holder). A detection counts the row up with
-- "previous_holder = holder, holder = <its token>": the update sees the row as the last committed detection left it,
-- so previous_holder names the detection that committed the number just before this one. An instance whose own
-- detection that was takes what it wrote into its copy of recent traces without reading it back.
ALTER TABLE coordination_lock ADD COLUMN holder BIGINT;
ALTER TABLE coordination_lock ADD COLUMN previous_holder BIGINT;
