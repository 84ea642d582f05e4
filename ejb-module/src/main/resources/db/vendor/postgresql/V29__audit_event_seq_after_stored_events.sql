-- Issue 15: new audit events are numbered after the ones stored before V28 (PostgreSQL's form; db/vendor/h2 has H2's).
SELECT setval('audit_event_seq', (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_event), false);
