-- Watchlists (suspected traffickers, wanted persons, missing persons and
-- potential victims, flagged phones, flagged online accounts) and their
-- entries. Everything that identifies an entry (identity, phone, handle and
-- the free-text reason) is one sealed JSON document in
-- watchlist_entries.sealed (sealed_columns.hpp); sex, nationality, platform,
-- source reference and expiry stay in clear.

CREATE TABLE watchlists (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  type          TEXT NOT NULL,
  source        TEXT NOT NULL DEFAULT '',
  owner_unit_id INTEGER NOT NULL REFERENCES units(id),
  description   TEXT NOT NULL DEFAULT '',
  created_by    INTEGER NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  active        INTEGER NOT NULL DEFAULT 1,
  version       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE watchlist_entries (
  id           INTEGER PRIMARY KEY,
  watchlist_id INTEGER NOT NULL REFERENCES watchlists(id),
  sealed       BLOB NOT NULL,
  sex          TEXT NOT NULL DEFAULT 'unknown',
  nationality  TEXT NOT NULL DEFAULT '',
  platform     TEXT,
  source_ref   TEXT NOT NULL DEFAULT '',
  expires_on   TEXT NOT NULL DEFAULT '',
  added_by     INTEGER NOT NULL,
  added_at     TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  active       INTEGER NOT NULL DEFAULT 1,
  version      INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX watchlist_entries_list ON watchlist_entries(watchlist_id, id);
