-- Scan alerts (issue 6, point 5; docs/scan.md): posts from the folder that
-- `frontline scan watch` ingests which scored high or named an identifier
-- already known. The post and its identifiers are one sealed JSON document
-- (sealed_columns.hpp); the rest stays in clear for lists and the dashboard.

CREATE TABLE scan_alerts (
  id          INTEGER PRIMARY KEY,
  unit_id     INTEGER NOT NULL REFERENCES units(id),
  source      TEXT NOT NULL,
  item        INTEGER NOT NULL,
  post_id     TEXT NOT NULL DEFAULT '',
  sealed      BLOB NOT NULL,
  risk        REAL NOT NULL,
  level       TEXT NOT NULL,
  flag_ids    TEXT NOT NULL,  -- JSON array
  reasons     TEXT NOT NULL,  -- JSON array: "high_risk", "known_identifier"
  known       INTEGER NOT NULL DEFAULT 0,
  status      TEXT NOT NULL DEFAULT 'open',
  lead_id     INTEGER REFERENCES leads(id),
  raised_at   TEXT NOT NULL,
  reviewed_by INTEGER,
  reviewed_at TEXT,
  version     INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX scan_alerts_status ON scan_alerts(status, id);
CREATE INDEX scan_alerts_unit ON scan_alerts(unit_id, id);
