-- Protection and referral of victims: the directory of support organizations,
-- referrals of victims to them (with consent), and each victim's checklist of
-- the support of Law 53/2024/QH15 Art. 37. Lists are stored comma-framed
-- (",LS,CB,") so that one instr() finds an item.

CREATE TABLE support_organizations (
  id             INTEGER PRIMARY KEY,
  type           TEXT NOT NULL,
  name           TEXT NOT NULL,
  name_en        TEXT NOT NULL DEFAULT '',
  name_folded    TEXT NOT NULL,
  provinces      TEXT NOT NULL DEFAULT ',',
  address        TEXT NOT NULL DEFAULT '',
  phone          TEXT NOT NULL DEFAULT '',
  email          TEXT NOT NULL DEFAULT '',
  contact_person TEXT NOT NULL DEFAULT '',
  services       TEXT NOT NULL DEFAULT ',',
  active         INTEGER NOT NULL DEFAULT 1,
  notes          TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE referrals (
  id                  INTEGER PRIMARY KEY,
  person_id           INTEGER NOT NULL REFERENCES persons(id),
  case_id             INTEGER NOT NULL REFERENCES cases(id),
  organization_id     INTEGER NOT NULL REFERENCES support_organizations(id),
  service             TEXT NOT NULL,
  consent_status      TEXT NOT NULL,
  consent_date        TEXT NOT NULL,
  consent_recorded_by INTEGER NOT NULL,
  status              TEXT NOT NULL,
  due_date            TEXT,
  outcome             TEXT NOT NULL DEFAULT '',
  notes               TEXT NOT NULL DEFAULT '',
  created_by          INTEGER NOT NULL,
  created_at          TEXT NOT NULL,
  updated_by          INTEGER NOT NULL,
  updated_at          TEXT NOT NULL,
  version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referrals_person ON referrals(person_id);
CREATE INDEX referrals_case ON referrals(case_id);
CREATE INDEX referrals_due ON referrals(due_date) WHERE due_date IS NOT NULL;

CREATE TABLE entitlements (
  person_id  INTEGER NOT NULL REFERENCES persons(id),
  item       TEXT NOT NULL,
  status     TEXT NOT NULL,
  date       TEXT NOT NULL DEFAULT '',
  note       TEXT NOT NULL DEFAULT '',
  updated_by INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (person_id, item)
);
