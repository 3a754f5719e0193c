-- Scoped lists filtered by status (an officer's "my open cases").
-- (unit_id, status, id): when few cases match, the runs of each unit in the
-- scope for each status are read and sorted.
CREATE INDEX cases_unit_status ON cases(unit_id, status, id);
-- (status, id, unit_id) replaces (status, id): walking a status newest first
-- checks the caller's scope from the index alone instead of fetching each row.
DROP INDEX cases_status;
CREATE INDEX cases_status ON cases(status, id, unit_id);
