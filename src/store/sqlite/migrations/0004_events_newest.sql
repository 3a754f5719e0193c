-- The dashboard's recent activity: the newest events of the caller's unit
-- subtree. Walking (occurred_at, id) backwards stops after the first few events
-- in scope instead of sorting every event of every case in the scope.
CREATE INDEX events_newest ON events(occurred_at, id);
