-- The indexes a PostgreSQL user would add for these reads (foreign keys get none of their own in PostgreSQL).
-- Who backs a draft: its positions of one stance.
CREATE INDEX position_by_draft_stance ON position(draft_id, stance);
CREATE INDEX position_by_actor ON position(actor_id);
CREATE INDEX draft_by_forum ON draft(forum_id);
-- A speaker's newest statements: an index in the order asked for (the count walks it too, index-only once vacuumed).
CREATE INDEX statement_by_speaker_date ON statement(speaker_id, effective_date DESC, id);
CREATE INDEX statement_by_date ON statement(effective_date DESC, id);
CREATE INDEX statement_by_via ON statement(via_id);
-- Statistics for the planner, and the visibility map that index-only scans need.
VACUUM ANALYZE;
