-- Issue 15: new audit events are numbered after the ones stored before V28 (H2's form; db/vendor/postgresql has PostgreSQL's).
ALTER SEQUENCE audit_event_seq RESTART WITH (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_event);
