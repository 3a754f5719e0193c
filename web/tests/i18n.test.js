// The locale files (src/i18n/*.json) stay in step: every key in one exists in
// the other, no text is empty, both use the same {placeholders}, and every
// value the API can send for an enum (read from src/http/openapi.json) has a
// label in both, and the choices the pages offer (src/vocab.js) are the API's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CASE_STATUSES,
  EVENT_KINDS,
  EVIDENCE_KINDS,
  PERSON_ROLES,
  RECRUITMENT_CHANNELS,
  SEXES,
  TRAFFICKING_FORMS,
  USER_ROLES,
} from '../src/vocab.js';
import {
  ANSWERS,
  DIMENSIONS,
  DIMENSION_VERDICTS,
  IMMEDIATE_NEEDS,
  LEGAL_STATUSES,
  SCREENING_STATUSES,
  STRENGTHS,
  VERDICTS,
} from '../src/victim_vocab.js';

const here = dirname(fileURLToPath(import.meta.url));
const load = (file) => JSON.parse(readFileSync(join(here, '..', 'src', 'i18n', file), 'utf8'));
const locales = { vi: load('vi.json'), en: load('en.json') };
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('both locales have exactly the same keys', () => {
  for (const [a, b] of [['vi', 'en'], ['en', 'vi']]) {
    const missing = Object.keys(locales[a]).filter((k) => !(k in locales[b]));
    assert.deepEqual(missing, [], `keys in ${a}.json missing from ${b}.json`);
  }
});

test('no text is empty and placeholders agree', () => {
  for (const [key, vi] of Object.entries(locales.vi)) {
    const en = locales.en[key] ?? '';
    assert.ok(typeof vi === 'string' && vi.trim() !== '', `vi.json ${key} is empty`);
    assert.ok(typeof en === 'string' && en.trim() !== '', `en.json ${key} is empty`);
    assert.deepEqual(placeholders(vi), placeholders(en), `placeholders differ for ${key}`);
  }
});

const api = JSON.parse(readFileSync(join(here, '..', '..', 'src', 'http', 'openapi.json'), 'utf8'));
const schemas = api.components.schemas;

test('the choices the pages offer are exactly the values of the API', () => {
  const same = (mine, api) => assert.deepEqual([...mine].sort(), [...api].sort());
  same(PERSON_ROLES, schemas.Person.properties.role.enum);
  same(SEXES, schemas.Person.properties.sex.enum);
  same(EVIDENCE_KINDS, schemas.Evidence.properties.kind.enum);
  same([...EVENT_KINDS, 'status_change'], schemas.Event.properties.kind.enum);
  same(USER_ROLES, schemas.User.properties.roles.items.enum);
  assert.deepEqual([...CASE_STATUSES].sort(), [...schemas.Case.properties.status.enum].sort());
  assert.deepEqual([...RECRUITMENT_CHANNELS].sort(), [...schemas.Recruitment.properties.channel.enum].sort());
  assert.deepEqual([...TRAFFICKING_FORMS].sort(), [...schemas.Case.properties.trafficking_form.enum].sort());
});

test('every API enum value has a label in both locales', () => {
  const enums = {
    status: schemas.Case.properties.status.enum,
    form: schemas.Case.properties.trafficking_form.enum,
    role: schemas.Person.properties.role.enum,
    sex: schemas.Person.properties.sex.enum,
    userrole: schemas.User.properties.roles.items.enum,
    channel: schemas.Recruitment.properties.channel.enum,
    eventkind: schemas.Event.properties.kind.enum,
    evidencekind: schemas.Evidence.properties.kind.enum,
  };
  for (const [prefix, values] of Object.entries(enums)) {
    assert.ok(values.length > 0, prefix);
    for (const v of values) {
      for (const lang of Object.keys(locales)) {
        assert.ok(`${prefix}.${v}` in locales[lang], `${lang}.json lacks ${prefix}.${v}`);
      }
    }
  }
});

test('the victim vocabularies are the API\'s and have labels in both locales', () => {
  const enumOf = (prop) => prop.enum ?? prop.items.enum;
  const same = (mine, api) => assert.deepEqual([...mine].sort(), [...enumOf(api)].sort());
  same(DIMENSIONS, schemas.IndicatorCatalog.properties.dimensions);
  assert.deepEqual(DIMENSIONS, enumOf(schemas.IndicatorCatalog.properties.dimensions), 'in the order of the interview');
  same(VERDICTS, schemas.Assessment.properties.overall);
  same(DIMENSION_VERDICTS, schemas.DimensionResult.properties.verdict);
  same(ANSWERS, schemas.Screening.properties.act_of_recruitment);
  same(SCREENING_STATUSES, schemas.Screening.properties.status);
  same(LEGAL_STATUSES, schemas.IdentificationDecision.properties.status);
  same(IMMEDIATE_NEEDS, schemas.ReceivedPerson.properties.needs);
  same(STRENGTHS, schemas.Indicator.properties.strength);
  const labels = {
    dimension: DIMENSIONS,
    verdict: VERDICTS,
    dimverdict: DIMENSION_VERDICTS,
    answer: ANSWERS,
    screeningstatus: SCREENING_STATUSES,
    legalstatus: LEGAL_STATUSES,
    need: IMMEDIATE_NEEDS,
    strength: STRENGTHS,
  };
  for (const [prefix, values] of Object.entries(labels)) {
    for (const v of values) {
      for (const lang of Object.keys(locales)) {
        assert.ok(`${prefix}.${v}` in locales[lang], `${lang}.json lacks ${prefix}.${v}`);
      }
    }
  }
});

test('the watchlist vocabularies are the API\'s and have labels in both locales', async () => {
  const { WATCHLIST_TYPES, ACCOUNT_PLATFORMS } = await import('../src/watchlist_vocab.js');
  assert.deepEqual([...WATCHLIST_TYPES].sort(), [...schemas.Watchlist.properties.type.enum].sort());
  assert.deepEqual([...ACCOUNT_PLATFORMS].sort(), [...schemas.WatchlistEntryCreate.properties.platform.enum].sort());
  for (const [prefix, values] of Object.entries({ wltype: WATCHLIST_TYPES, platform: ACCOUNT_PLATFORMS })) {
    for (const v of values) {
      for (const lang of Object.keys(locales)) {
        assert.ok(`${prefix}.${v}` in locales[lang], `${lang}.json lacks ${prefix}.${v}`);
      }
    }
  }
});

test('the link graph vocabularies are the API\'s and have labels in both locales', async () => {
  const { IDENTIFIER_KINDS, NODE_KINDS } = await import('../src/vocab.js');
  assert.deepEqual([...IDENTIFIER_KINDS].sort(), [...schemas.IdentifierCreate.properties.kind.enum].sort());
  assert.deepEqual([...NODE_KINDS].sort(), [...schemas.GraphNode.properties.kind.enum].sort());
  for (const k of NODE_KINDS) {
    for (const lang of Object.keys(locales)) {
      assert.ok(`nodekind.${k}` in locales[lang], `${lang}.json lacks nodekind.${k}`);
    }
  }
});
