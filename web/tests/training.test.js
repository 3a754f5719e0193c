// The training pages' pure parts (src/training_util.js): course days, the
// test countdown, chart scales and bars, paper-results errors by row, the
// answers sent, the list filters, scores and Vietnam time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answersBody,
  attendancePct,
  barLayout,
  courseDays,
  courseFilters,
  courseListHref,
  csvRowErrors,
  formatCountdown,
  formatScore,
  formatShare,
  msUntil,
  niceScale,
  parseTrainers,
  toggleKey,
  trainersText,
  utcToVietnamLocal,
  vietnamLocalToIso,
} from '../src/training_util.js';
import { ASSESSMENT_SECTIONS, sectionThemes } from '../src/training_vocab.js';

test('course days run from start to end inclusive, across months', () => {
  assert.deepEqual(courseDays('2026-11-29', '2026-12-02'), ['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
  assert.deepEqual(courseDays('2026-11-24', '2026-11-24'), ['2026-11-24']);
  assert.deepEqual(courseDays('2026-11-25', '2026-11-24'), []);
  assert.deepEqual(courseDays('2026-02-30', '2026-03-02'), [], 'not a date');
  assert.deepEqual(courseDays('', '2026-03-02'), []);
  assert.equal(courseDays('2024-02-27', '2024-03-01').length, 4, 'leap day counted');
});

test('the countdown shows minutes and seconds, hours from one hour, never below zero', () => {
  assert.equal(formatCountdown(0), '0:00');
  assert.equal(formatCountdown(-5000), '0:00');
  assert.equal(formatCountdown(59_001), '1:00', 'a started second counts');
  assert.equal(formatCountdown(61_000), '1:01');
  assert.equal(formatCountdown(29 * 60_000 + 5_000), '29:05');
  assert.equal(formatCountdown(3600_000), '1:00:00');
  assert.equal(formatCountdown(2 * 3600_000 + 3 * 60_000 + 9_000), '2:03:09');
  assert.equal(formatCountdown(NaN), '0:00');
  assert.equal(msUntil('2026-11-24T10:00:00Z', Date.parse('2026-11-24T09:59:00Z')), 60_000);
  assert.equal(msUntil(null, 0), null);
  assert.equal(msUntil('soon', 0), null);
});

test('chart scales end on a round number at or above the largest value', () => {
  assert.deepEqual(niceScale(0), { top: 1, ticks: [0, 1] });
  assert.deepEqual(niceScale(3), { top: 5, ticks: [0, 1, 2, 3, 4, 5] });
  assert.equal(niceScale(7).top, 10);
  assert.deepEqual(niceScale(100).ticks, [0, 20, 40, 60, 80, 100]);
  assert.deepEqual(niceScale(20).ticks, [0, 5, 10, 15, 20]);
  assert.deepEqual(niceScale(2).ticks, [0, 1, 2]);
  assert.equal(niceScale(101).top, 200);
  assert.equal(niceScale(23).top, 50);
  assert.equal(niceScale(10).top, 10);
  assert.equal(niceScale(47).top, 50);
  for (const max of [1, 9, 13, 99, 250, 1234]) {
    const s = niceScale(max);
    assert.ok(s.top >= max, `${max} fits under ${s.top}`);
    assert.equal(s.ticks.at(-1), s.top);
  }
});

test('bars are as long as their share of the scale, one row each', () => {
  const l = barLayout(
    [
      { label: 'A', value: 50 },
      { label: 'B', value: 25 },
      { label: 'C', value: -3 },
      { label: 'D', value: null },
    ],
    { width: 400, labelWidth: 100, valueWidth: 50, barHeight: 20, gap: 10 },
  );
  assert.equal(l.top, 50);
  assert.equal(l.plot, 250);
  assert.deepEqual(l.bars.map((b) => b.width), [250, 125, 0, 0]);
  assert.deepEqual(l.bars.map((b) => b.y), [0, 30, 60, 90]);
  assert.equal(l.height, 120);
  assert.equal(l.bars[0].x, 100);
  assert.equal(l.ticks.at(-1).x, 350);
  assert.equal(barLayout([]).bars.length, 0);
});

test('paper-results errors are listed by row, then column', () => {
  const rows = csvRowErrors({
    'row 4.Q2': 'key "E" is not an option',
    'row 2': 'unknown service number "BP-999"',
    'rows[3].service_number': 'not enrolled on this course',
    'row 2: score': 'must be 0–100',
    Q9: 'no such question in the test',
  });
  assert.deepEqual(rows, [
    { row: null, column: 'Q9', reason: 'no such question in the test' },
    { row: 2, column: '', reason: 'unknown service number "BP-999"' },
    { row: 2, column: 'score', reason: 'must be 0–100' },
    { row: 3, column: 'service_number', reason: 'not enrolled on this course' },
    { row: 4, column: 'Q2', reason: 'key "E" is not an option' },
  ]);
  assert.deepEqual(csvRowErrors(undefined), []);
});

test('a submission names every question with its keys sorted', () => {
  assert.deepEqual(answersBody([7, 9, 12], { 9: ['C', 'A'], 7: ['B'] }), {
    answers: { 7: ['B'], 9: ['A', 'C'], 12: [] },
  });
  assert.deepEqual(toggleKey(['A'], 'B', 'single', true), ['B']);
  assert.deepEqual(toggleKey(['A'], 'A', 'single', false), []);
  assert.deepEqual(toggleKey(['C'], 'A', 'multiple', true), ['A', 'C']);
  assert.deepEqual(toggleKey(['A', 'C'], 'C', 'multiple', false), ['A']);
  const before = ['A'];
  toggleKey(before, 'B', 'multiple', true);
  assert.deepEqual(before, ['A'], 'the old list is kept');
});

test('the course list keeps known filters only, in its address', () => {
  const f = courseFilters(new URLSearchParams('status=completed&province=LS&year=2026'));
  assert.deepEqual(f, { status: 'completed', province: 'LS', year: '2026' });
  assert.deepEqual(courseFilters(new URLSearchParams('status=done&year=26')), { status: '', province: '', year: '' });
  assert.equal(courseListHref(f), '/training?status=completed&province=LS&year=2026');
  assert.equal(courseListHref({ status: '', province: '', year: '' }), '/training');
});

test('scores show one decimal, shares as percentages, absence as a dash', () => {
  assert.equal(formatScore(66.666), '66.7');
  assert.equal(formatScore(0), '0');
  assert.equal(formatScore(null), '—');
  assert.equal(formatScore(undefined), '—');
  assert.equal(formatShare(0.4237), '42.4%');
  assert.equal(formatShare(null), '—');
  assert.equal(attendancePct([{ day: 'a', present: true }, { day: 'b', present: false }, { day: 'c', present: true }], 4), 50);
  assert.equal(attendancePct([], 0), 0);
});

test('test windows are typed in Vietnam time and sent in UTC', () => {
  assert.equal(vietnamLocalToIso('2026-11-24T08:30'), '2026-11-24T01:30:00Z');
  assert.equal(vietnamLocalToIso('2026-11-24T03:00'), '2026-11-23T20:00:00Z');
  assert.equal(vietnamLocalToIso('soon'), '');
  assert.equal(utcToVietnamLocal('2026-11-23T20:00:00Z'), '2026-11-24T03:00');
  assert.equal(utcToVietnamLocal(''), '');
});

test('trainers are one per line, with an account id after a bar', () => {
  const list = parseTrainers('Vũ Thị Mai | 12\n\n  Nguyễn Văn An  \n');
  assert.deepEqual(list, [{ name: 'Vũ Thị Mai', user_id: 12 }, { name: 'Nguyễn Văn An' }]);
  assert.equal(trainersText(list), 'Vũ Thị Mai | 12\nNguyễn Văn An');
});

test('each questionnaire section offers its themes', () => {
  assert.equal(ASSESSMENT_SECTIONS.length, 5);
  assert.ok(sectionThemes('trends').includes('scam_centres'));
  assert.ok(sectionThemes('modus_operandi').includes('debt_bondage'));
  assert.ok(sectionThemes('challenges_protection').includes('shelter_support'));
  assert.ok(sectionThemes('recommendations').includes('more_training'));
  assert.deepEqual(sectionThemes('other'), []);
});

test('every training choice has a label in both locales', async () => {
  const { readFileSync } = await import('node:fs');
  const load = (f) => JSON.parse(readFileSync(new URL(`../src/i18n/${f}`, import.meta.url), 'utf8'));
  const locales = { vi: load('vi.json'), en: load('en.json') };
  const v = await import('../src/training_vocab.js');
  const labels = {
    tcstatus: v.COURSE_STATUSES,
    tpstatus: v.PARTICIPANT_STATUSES,
    rank: v.RANKS,
    osex: v.OFFICER_SEXES,
    ttkind: v.TEST_KINDS,
    ttstatus: v.TEST_STATUSES,
    qkind: v.QUESTION_KINDS,
    attempt: v.ATTEMPT_STATES,
    medium: v.MEDIA,
    citation: v.CITATION_KINDS,
    change: v.CHANGE_KINDS,
    asection: v.ASSESSMENT_SECTIONS,
    theme: v.ALL_THEMES,
  };
  for (const [prefix, values] of Object.entries(labels)) {
    assert.ok(values.length > 0, prefix);
    for (const x of values) {
      for (const [lang, table] of Object.entries(locales)) assert.ok(`${prefix}.${x}` in table, `${lang}.json lacks ${prefix}.${x}`);
    }
  }
  assert.equal(v.RANKS.length, 16);
  assert.equal(v.ALL_THEMES.length, 30, 'cross_border_cooperation counted once');
});

test('typed certificate codes are tidied before they are looked up', async () => {
  const { tidyCode } = await import('../src/training_util.js');
  assert.equal(tidyCode(' fl-7k2o-9lmi '), 'FL-7K20-91M1');
  assert.equal(tidyCode('FL-ABCD-EFGH'), 'FL-ABCD-EFGH');
  assert.equal(tidyCode('xyz'), 'XYZ');
  assert.equal(tidyCode(''), '');
});

test('a test can be taken while open, in its window, until submitted', async () => {
  const { mayTake } = await import('../src/training_util.js');
  const now = Date.parse('2026-11-24T10:00:00Z');
  const test = { status: 'open', opens_at: '2026-11-24T09:00:00Z', closes_at: '2026-11-24T11:00:00Z' };
  assert.equal(mayTake({ test, state: null }, now), true);
  assert.equal(mayTake({ test, state: 'in_progress' }, now), true, 'resumed');
  assert.equal(mayTake({ test, state: 'void' }, now), true, 'reopened by the trainer');
  assert.equal(mayTake({ test, state: 'submitted' }, now), false);
  assert.equal(mayTake({ test: { ...test, status: 'closed' } }, now), false);
  assert.equal(mayTake({ test: { ...test, status: undefined } }, now), true, 'status not listed');
  assert.equal(mayTake({ test }, Date.parse('2026-11-24T11:00:01Z')), false, 'after the deadline');
  assert.equal(mayTake({ test }, Date.parse('2026-11-24T08:59:59Z')), false, 'before it opens');
});

test('the server\'s can_start decides, and an attempt in progress is resumed', async () => {
  const { mayTake } = await import('../src/training_util.js');
  assert.equal(mayTake({ test: { status: 'open' }, state: 'not_started', can_start: true }), true);
  assert.equal(mayTake({ test: { status: 'open' }, state: 'in_progress', can_start: false }), true);
  assert.equal(mayTake({ test: { status: 'open' }, state: 'expired', can_start: false }), false);
  assert.equal(mayTake({ test: { status: 'open' }, state: 'submitted', can_start: false }), false);
});

test('attendance reads either shape of the API and prefers its percentage', async () => {
  const { attendanceDays, attendancePct } = await import('../src/training_util.js');
  assert.deepEqual(attendanceDays({ days: { '2026-11-23': true, '2026-11-24': false }, present: 1, course_days: 2 }), {
    '2026-11-23': true,
    '2026-11-24': false,
  });
  assert.deepEqual(attendanceDays([{ day: '2026-11-23', present: true }]), { '2026-11-23': true });
  assert.deepEqual(attendanceDays(null), {});
  assert.equal(attendancePct({ days: { a: true, b: true, c: false } }, 4), 50);
  assert.equal(attendancePct({ days: {}, pct: 66.7 }, 3), 67);
});

test('chart labels drop the words they all start with', async () => {
  const { dropCommonWords } = await import('../src/training_util.js');
  assert.deepEqual(dropCommonWords(['Đồn Biên phòng Chi Ma', 'Đồn Biên phòng Cửa khẩu Tân Thanh']), ['Chi Ma', 'Cửa khẩu Tân Thanh']);
  assert.deepEqual(dropCommonWords(['Đồn Biên phòng', 'Đồn Biên phòng Chi Ma']), ['Đồn Biên phòng', 'Đồn Biên phòng Chi Ma'], 'nothing left of one');
  assert.deepEqual(dropCommonWords(['Lạng Sơn', 'Quảng Ninh']), ['Lạng Sơn', 'Quảng Ninh']);
  assert.deepEqual(dropCommonWords(['Đồn Biên phòng Chi Ma']), ['Đồn Biên phòng Chi Ma']);
});
