-- R18 (issue 15): the coordination_lock row also names the detection that last counted it up, by a token the
-- detection chose. A detection reads the row before counting it up; when its own number is one more than what it
-- read, nothing committed in between, so the token names the detection that committed the number before it. An
-- instance whose own detection that was takes what it wrote into its copy of recent traces without reading it back.
ALTER TABLE coordination_lock ADD COLUMN holder BIGINT;
