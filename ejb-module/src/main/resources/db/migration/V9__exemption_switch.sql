-- One row that every switch of the popular-site exemption list locks first (completeRebuild): two
-- rebuilds finishing together then switch one after the other, each against the list the other left
-- in force, and exactly one list is active.
CREATE TABLE exemption_switch (
    id INTEGER PRIMARY KEY
);

INSERT INTO exemption_switch (id) VALUES (1);
