// Pure helpers of the training pages (unit-tested in tests/training.test.js):
// course days, the test countdown, chart scales, the paper-results errors by
// row, the answers sent for a test, the course list's filters, and Vietnam
// time for the test window fields.
import { COURSE_STATUSES } from './training_vocab.js';

const DAY_MS = 24 * 3600 * 1000;

function parseDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!m) return null;
  const d = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return new Date(d).toISOString().slice(0, 10) === text ? d : null;
}

// The calendar days from `start` to `end` inclusive ("YYYY-MM-DD"); [] when
// either is not a date or end is before start; at most `limit` days.
export function courseDays(start, end, limit = 366) {
  const a = parseDate(start);
  const b = parseDate(end);
  if (a === null || b === null || b < a) return [];
  const days = [];
  for (let d = a; d <= b && days.length < limit; d += DAY_MS) days.push(new Date(d).toISOString().slice(0, 10));
  return days;
}

// Milliseconds left shown as "m:ss", or "h:mm:ss" from an hour; never
// negative (0:00 once the time is up).
export function formatCountdown(ms) {
  const total = Math.max(0, Math.ceil((Number.isFinite(ms) ? ms : 0) / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

// Milliseconds from `now` (ms since epoch) to the ISO instant `dueAt`; null
// when dueAt is missing or unreadable.
export function msUntil(dueAt, now) {
  const t = dueAt ? Date.parse(dueAt) : NaN;
  return Number.isNaN(t) ? null : t - now;
}

// The top of a chart's axis: the smallest of 1, 2, 5 × 10^k at or above
// `max` (at least 1), and its ticks from 0: every whole number up to 5, else
// five steps (four from a top of 2 × 10^k), so every tick is a round number.
export function niceScale(max) {
  const top0 = Math.max(1, Number.isFinite(max) ? max : 0);
  let exp = Math.floor(Math.log10(top0));
  let f = [1, 2, 5, 10].find((c) => c * 10 ** exp >= top0 - 1e-9);
  if (f === 10) {
    f = 1;
    exp += 1;
  }
  const top = f * 10 ** exp;
  const step = top <= 5 ? 1 : f === 2 ? top / 4 : top / 5;
  const ticks = [];
  for (let v = 0; v <= top + 1e-9; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return { top, ticks };
}

// Horizontal bars for a chart `width` wide: each item {label, value} gets its
// y, the bar's width (value over the scale's top, never below 0) and where its
// value text goes. Returns {top, ticks, height, bars}.
export function barLayout(items, { width = 600, labelWidth = 180, barHeight = 22, gap = 8, valueWidth = 56 } = {}) {
  const values = items.map((i) => (Number.isFinite(i.value) ? i.value : 0));
  const { top, ticks } = niceScale(Math.max(0, ...values));
  const plot = Math.max(10, width - labelWidth - valueWidth);
  const bars = items.map((item, n) => {
    const v = Math.max(0, values[n]);
    const w = (v / top) * plot;
    return {
      ...item,
      y: n * (barHeight + gap),
      x: labelWidth,
      width: Math.round(w * 10) / 10,
      valueX: labelWidth + w + 4,
    };
  });
  return {
    top,
    ticks: ticks.map((v) => ({ value: v, x: labelWidth + (v / top) * plot })),
    height: Math.max(1, items.length) * (barHeight + gap),
    plot,
    bars,
  };
}

// The API's 422 fields for a paper-results upload as rows of a table:
// {row (number or null), column, reason}, by row then column. Keys name the
// row as "row 3", "row 3.Q2", "row 3: service_number", "rows[3].score" …;
// a key without a row (e.g. a header column) has row null and comes first.
export function csvRowErrors(fields) {
  const out = [];
  for (const [key, reason] of Object.entries(fields ?? {})) {
    const m = /^rows?\s*\[?\s*(\d+)\s*\]?\s*[.:,\s]*\s*(.*)$/i.exec(key);
    if (m) out.push({ row: Number(m[1]), column: m[2] || '', reason: String(reason) });
    else out.push({ row: null, column: key, reason: String(reason) });
  }
  return out.sort((a, b) => (a.row ?? -1) - (b.row ?? -1) || a.column.localeCompare(b.column));
}

// The body of a test submission from the chosen keys per question id: every
// question of the test with its keys sorted (an unanswered one sends []).
export function answersBody(questionIds, chosen) {
  const answers = {};
  for (const id of questionIds) answers[String(id)] = [...(chosen[id] ?? [])].sort();
  return { answers };
}

// Toggles `key` for a question: single choice keeps only it, multiple adds or
// removes it. Returns the new list (the old one is not changed).
export function toggleKey(current, key, kind, on) {
  if (kind === 'single') return on ? [key] : [];
  const set = new Set(current ?? []);
  if (on) set.add(key);
  else set.delete(key);
  return [...set].sort();
}

// The course list's filters from the address (status, province, year) — an
// unknown status or a year that is not 4 digits is dropped.
export function courseFilters(query) {
  const q = query ?? new URLSearchParams();
  const status = q.get('status') ?? '';
  const year = q.get('year') ?? '';
  return {
    status: COURSE_STATUSES.includes(status) ? status : '',
    province: q.get('province') ?? '',
    year: /^\d{4}$/.test(year) ? year : '',
  };
}

// The address of the course list for `filters` (empty ones left out).
export function courseListHref(filters) {
  const p = new URLSearchParams();
  for (const k of ['status', 'province', 'year']) if (filters[k]) p.set(k, filters[k]);
  const s = p.toString();
  return s ? `/training?${s}` : '/training';
}

// A score or gain (0–100 scale) to one decimal, or "—" when there is none.
export function formatScore(n, numberFormat = (x) => String(x)) {
  if (n === null || n === undefined || !Number.isFinite(Number(n))) return '—';
  return numberFormat(Math.round(Number(n) * 10) / 10);
}

// A normalized gain (a share, e.g. 0.42) as a percentage, or "—".
export function formatShare(x, numberFormat = (v) => String(v)) {
  if (x === null || x === undefined || !Number.isFinite(Number(x))) return '—';
  return `${numberFormat(Math.round(Number(x) * 1000) / 10)}%`;
}

// A participant's attendance as {day: present}, whether the API sends
// {days: {"YYYY-MM-DD": bool}, …} or a list of {day, present}.
export function attendanceDays(attendance) {
  if (!attendance) return {};
  if (Array.isArray(attendance)) return Object.fromEntries(attendance.map((a) => [a.day, !!a.present]));
  return { ...(attendance.days ?? {}) };
}

// Present days over course days as a whole percentage (0 when no days); the
// server's own figure when it sends one.
export function attendancePct(attendance, days) {
  if (attendance && !Array.isArray(attendance) && Number.isFinite(attendance.pct)) return Math.round(attendance.pct);
  if (!days) return 0;
  const present = Object.values(attendanceDays(attendance)).filter(Boolean).length;
  return Math.round((100 * present) / days);
}

// An ISO UTC instant as "YYYY-MM-DDTHH:MM" in Vietnam time (UTC+7), for a
// datetime-local field; '' when unreadable.
export function utcToVietnamLocal(iso) {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? '' : new Date(t + 7 * 3600 * 1000).toISOString().slice(0, 16);
}

// "YYYY-MM-DDTHH:MM" read as Vietnam time → ISO UTC ("…Z"); '' when unreadable.
export function vietnamLocalToIso(value) {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value ?? '')) return '';
  const d = new Date(`${value}:00+07:00`);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().replace('.000Z', 'Z');
}

// The lines of a textarea as a list: trimmed, empty ones dropped.
export function lines(text) {
  return (text ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

// Trainers typed one per line, "Name" or "Name | user id" → [{name, user_id?}].
export function parseTrainers(text) {
  return lines(text).map((line) => {
    const m = /^(.*?)\s*\|\s*(\d+)\s*$/.exec(line);
    return m ? { name: m[1], user_id: Number(m[2]) } : { name: line };
  });
}

export function trainersText(trainers) {
  return (trainers ?? []).map((tr) => (tr.user_id ? `${tr.name} | ${tr.user_id}` : tr.name)).join('\n');
}

// A typed certificate code tidied: upper case, spaces dropped, and after the
// "FL-" prefix Crockford's look-alikes read as digits (O → 0, I and L → 1).
export function tidyCode(text) {
  const s = (text ?? '').toUpperCase().replace(/\s+/g, '');
  const m = /^(FL-)(.*)$/.exec(s);
  return m ? m[1] + m[2].replace(/O/g, '0').replace(/[IL]/g, '1') : s;
}

// Whether the officer may start (or resume) a test listed by /me/training
// ({test, state}) at `now`: not submitted, the test open (when its status is
// given) and now within its window.
export function mayTake(entry, now = Date.now()) {
  const test = entry.test ?? entry;
  // The server says so (open, in its window, no live attempt); an attempt
  // in progress is resumed.
  if (typeof entry.can_start === 'boolean') return entry.can_start || entry.state === 'in_progress';
  if (test.status && test.status !== 'open') return false;
  if (entry.state === 'submitted') return false;
  const closes = Date.parse(test.closes_at);
  const opens = Date.parse(test.opens_at);
  if (!Number.isNaN(closes) && now > closes) return false;
  if (!Number.isNaN(opens) && now < opens) return false;
  return true;
}

// Labels without the words every one of them starts with ("Đồn Biên phòng
// Chi Ma", "Đồn Biên phòng Tân Thanh" → "Chi Ma", "Tân Thanh"), so a chart's
// short labels still differ; unchanged when fewer than two or when nothing
// would be left of one.
export function dropCommonWords(labels) {
  if (labels.length < 2) return labels;
  const words = labels.map((l) => String(l).split(/\s+/));
  let n = 0;
  while (words.every((w) => w.length > n && w[n] === words[0][n])) n += 1;
  if (n === 0 || words.some((w) => w.length === n)) return labels;
  return words.map((w) => w.slice(n).join(' '));
}
