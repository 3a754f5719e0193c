-- Alerts raised when a person linked to a case matches a watchlist entry
-- (issue 5, point 5): one per (person, entry), reviewed by an officer. The
-- review note is free text that may name people: sealed (sealed_columns.hpp).

CREATE TABLE watchlist_alerts (
  id          INTEGER PRIMARY KEY,
  person_id   INTEGER NOT NULL REFERENCES persons(id),
  entry_id    INTEGER NOT NULL REFERENCES watchlist_entries(id),
  score       REAL NOT NULL,
  status      TEXT NOT NULL DEFAULT 'open',
  raised_at   TEXT NOT NULL,
  reviewed_by INTEGER,
  reviewed_at TEXT,
  note        BLOB,
  version     INTEGER NOT NULL DEFAULT 1,
  UNIQUE (person_id, entry_id)
);

CREATE INDEX watchlist_alerts_status ON watchlist_alerts(status, id);
CREATE INDEX watchlist_alerts_entry ON watchlist_alerts(entry_id);
