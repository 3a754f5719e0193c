// The scan page's pure parts: red-flag highlighting by code-point offsets
// (emoji and Vietnamese written with combining marks), reading posts from
// CSV (RFC 4180), JSON Lines and text files, the risk shown, the order of
// the results table and the batches sent to POST /api/v1/scan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePointSlice, highlightPieces } from '../src/scan_text.js';
import { fileFormat, parseCsv, postsFromCsv, postsFromJsonl, postsFromText } from '../src/post_files.js';
import {
  AMOUNT_PERIODS,
  AMOUNT_USES,
  FLAG_CATEGORIES,
  RISK_LEVELS,
  SCAN_ID_KINDS,
  riskView,
  scanBatches,
  sortByRisk,
} from '../src/scan_vocab.js';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const load = (...parts) => JSON.parse(readFileSync(join(here, ...parts), 'utf8'));

// What the server does: code-point offsets of `needle` in `text`.
function spanOf(text, needle) {
  const chars = Array.from(text);
  const want = Array.from(needle);
  for (let i = 0; i + want.length <= chars.length; i++) {
    if (want.every((c, k) => chars[i + k] === c)) return { start: i, end: i + want.length, text: needle };
  }
  throw new Error(`${needle} not in ${text}`);
}
const marked = (pieces) => pieces.filter((p) => p.flags.length > 0).map((p) => p.text);

test('pieces cover the whole text and mark each span', () => {
  const text = 'Tuyển gấp: việc nhẹ lương cao, bao ăn ở.';
  const flags = [
    { id: 'pay.light_work_high_pay', spans: [spanOf(text, 'việc nhẹ lương cao')] },
    { id: 'costs_paid.lodging_food', spans: [spanOf(text, 'bao ăn ở')] },
  ];
  const pieces = highlightPieces(text, flags);
  assert.equal(pieces.map((p) => p.text).join(''), text);
  assert.deepEqual(marked(pieces), ['việc nhẹ lương cao', 'bao ăn ở']);
  assert.deepEqual(pieces.filter((p) => p.flags.length).map((p) => p.flags), [[0], [1]]);
});

test('emoji before a span do not shift it (code points, not UTF-16 units)', () => {
  const text = '🔥🔥💰 Lương 1500$/tháng 🇰🇭 Campuchia, liên hệ Zalo';
  const flags = [
    { spans: [spanOf(text, '1500$/tháng')] },
    { spans: [spanOf(text, 'Campuchia')] },
  ];
  // The UTF-16 index of "1500" is larger than its code-point index.
  assert.notEqual(text.indexOf('1500'), flags[0].spans[0].start);
  const pieces = highlightPieces(text, flags);
  assert.deepEqual(marked(pieces), ['1500$/tháng', 'Campuchia']);
  assert.equal(pieces.map((p) => p.text).join(''), text);
  // A span over an emoji keeps the whole emoji (no lone surrogate).
  const emoji = highlightPieces(text, [{ spans: [{ start: 1, end: 2 }] }]);
  assert.deepEqual(marked(emoji), ['🔥']);
});

test('Vietnamese in combining marks (NFD) is cut by code points too', () => {
  const nfc = 'Cần gấp người làm việc nhẹ lương cao';
  const text = nfc.normalize('NFD');
  assert.ok(text.length > nfc.length, 'the NFD text has more code points');
  const needle = 'việc nhẹ lương cao'.normalize('NFD');
  const span = spanOf(text, needle);
  const pieces = highlightPieces(text, [{ spans: [span] }]);
  assert.deepEqual(marked(pieces), [needle]);
  assert.equal(codePointSlice(text, span.start, span.end), needle);
  // The mark starts on "v", not inside the combining marks of "làm".
  assert.equal(marked(pieces)[0][0], 'v');
});

test('overlapping spans are cut where they overlap; bad spans are clipped or ignored', () => {
  const text = 'abcdefghij';
  const flags = [{ spans: [{ start: 2, end: 6 }] }, { spans: [{ start: 4, end: 8 }, { start: 9, end: 9 }, { start: 8, end: 99 }] }];
  const pieces = highlightPieces(text, flags);
  assert.deepEqual(
    pieces.map((p) => [p.text, p.flags]),
    [['ab', []], ['cd', [0]], ['ef', [0, 1]], ['gh', [1]], ['ij', [1]]],
  );
  assert.deepEqual(highlightPieces('', flags), []);
  assert.deepEqual(highlightPieces('xyz', []).map((p) => p.text), ['xyz']);
});

test('markup in a post is only characters', () => {
  const text = '<img src=x onerror=alert(1)> việc nhẹ lương cao';
  const pieces = highlightPieces(text, [{ spans: [spanOf(text, 'việc nhẹ lương cao')] }]);
  assert.equal(pieces[0].text, '<img src=x onerror=alert(1)> ');
});

test('CSV: quotes, doubled quotes, commas and line breaks inside fields, CRLF', () => {
  const csv = '\uFEFFid,text\r\n1,"Việc nhẹ, lương cao"\r\n2,"Anh ấy nói ""đi ngay""\r\nbao vé xe"\r\n3,plain\r\n';
  assert.deepEqual(parseCsv(csv), [
    { line: 1, fields: ['id', 'text'] },
    { line: 2, fields: ['1', 'Việc nhẹ, lương cao'] },
    { line: 3, fields: ['2', 'Anh ấy nói "đi ngay"\nbao vé xe'] },
    { line: 5, fields: ['3', 'plain'] },
  ]);
  assert.deepEqual(parseCsv('a,b\n,\n"",x,\n'), [
    { line: 1, fields: ['a', 'b'] },
    { line: 2, fields: ['', ''] },
    { line: 3, fields: ['', 'x', ''] },
  ]);
  assert.deepEqual(parseCsv('a,b'), [{ line: 1, fields: ['a', 'b'] }]);
  assert.deepEqual(parseCsv('a,'), [{ line: 1, fields: ['a', ''] }]);
});

test('CSV: a bad row is reported and the rows after it are read', () => {
  const csv = 'text,source\nok one,fb\nbad "quote",fb\n"closed" then,fb\nok two,zalo\n"never closed,fb\nlost';
  const { items, error } = postsFromCsv(csv, 'text');
  assert.equal(error, null);
  assert.deepEqual(items, [
    { line: 2, text: 'ok one' },
    { line: 3, error: { code: 'csv_stray_quote' } },
    { line: 4, error: { code: 'csv_after_quote' } },
    { line: 5, text: 'ok two' },
    { line: 6, error: { code: 'csv_open_quote' } },
  ]);
});

test('CSV: the column is chosen by name; wrong field counts and empty posts are bad items', () => {
  const csv = 'id, noi_dung ,url\n1,Tuyển gấp,https://x\n2,thiếu cột\n3,  ,u\n';
  const { items } = postsFromCsv(csv, 'noi_dung');
  assert.deepEqual(items, [
    { line: 2, text: 'Tuyển gấp' },
    { line: 3, error: { code: 'csv_field_count', found: 2, expected: 3 } },
    { line: 4, error: { code: 'empty_post' } },
  ]);
  assert.deepEqual(postsFromCsv(csv, 'text'), { items: [], error: { code: 'no_column', column: 'text', columns: 'id, noi_dung, url' } });
  assert.equal(postsFromCsv('', 'text').error.code, 'empty_file');
});

test('JSON Lines: the field is chosen by name; each bad line is its own error', () => {
  const jsonl = [
    '{"text":"Việc nhẹ lương cao","id":1}',
    '',
    '{"text": 5}',
    'not json',
    '[1,2]',
    '{"body":"x"}',
    '{"text":"   "}',
    '{"text":"Bao vé máy bay 🇰🇭"}',
  ].join('\r\n');
  const { items, error } = postsFromJsonl(jsonl, 'text');
  assert.equal(error, null);
  assert.deepEqual(items, [
    { line: 1, text: 'Việc nhẹ lương cao' },
    { line: 3, error: { code: 'jsonl_not_string', field: 'text' } },
    { line: 4, error: { code: 'jsonl_bad_json' } },
    { line: 5, error: { code: 'jsonl_not_object' } },
    { line: 6, error: { code: 'jsonl_no_field', field: 'text' } },
    { line: 7, error: { code: 'empty_post' } },
    { line: 8, text: 'Bao vé máy bay 🇰🇭' },
  ]);
  assert.deepEqual(postsFromJsonl('{"body":"x"}', 'body').items, [{ line: 1, text: 'x' }]);
  assert.equal(postsFromJsonl('\n\n', 'text').error.code, 'empty_file');
});

test('a text file is one post; the format follows the file name', () => {
  assert.deepEqual(postsFromText('dòng 1\ndòng 2\n'), { items: [{ line: 1, text: 'dòng 1\ndòng 2\n' }], error: null });
  assert.equal(postsFromText(' \n').error.code, 'empty_file');
  assert.equal(fileFormat('Posts.CSV'), 'csv');
  assert.equal(fileFormat('a.jsonl'), 'jsonl');
  assert.equal(fileFormat('a.txt'), 'txt');
  assert.equal(fileFormat('noext'), 'txt');
});

test('risk: level and percentage shown; unknown levels and scores are safe', () => {
  assert.deepEqual(riskView({ risk: 0.874, level: 'high' }), { level: 'high', percent: 87 });
  assert.deepEqual(riskView({ risk: 0.5, level: 'medium' }), { level: 'medium', percent: 50 });
  assert.deepEqual(riskView({ risk: 1.7, level: 'extreme' }), { level: 'low', percent: 100 });
  assert.deepEqual(riskView({ risk: null }), { level: 'low', percent: 0 });
});

test('the results table is sorted by risk, highest first, ties in input order', () => {
  const items = [
    { index: 0, risk: 0.2, level: 'low' },
    { index: 1, risk: 0.9, level: 'high' },
    { index: 2, risk: 0.5, level: 'medium' },
    { index: 3, risk: 0.9, level: 'high' },
  ];
  assert.deepEqual(sortByRisk(items).map((i) => i.index), [1, 3, 2, 0]);
  assert.deepEqual(items.map((i) => i.index), [0, 1, 2, 3], 'the input is left as it was');
});

test('batches hold at most 1000 texts and stay under the byte limit', () => {
  const texts = Array.from({ length: 2500 }, (_, i) => `bài ${i}`);
  const batches = scanBatches(texts);
  assert.deepEqual(batches.map((b) => b.length), [1000, 1000, 500]);
  assert.deepEqual(batches.flat(), texts.map((_, i) => i));
  const big = ['a'.repeat(10), 'ư'.repeat(6), 'b'.repeat(3), 'c'.repeat(30)];
  // 'ư' is two bytes in UTF-8: 10 + 12 > 20 starts a new batch; a text over the limit goes alone.
  assert.deepEqual(scanBatches(big, { bytes: 20 }), [[0], [1, 2], [3]]);
});

test('every category, identifier kind, period, use and level the scanner sends has a label in both locales', () => {
  const lexicon = load('..', '..', 'data', 'scan', 'red_flags.json');
  assert.deepEqual(FLAG_CATEGORIES, lexicon.categories, 'the categories are the lexicon\'s');
  for (const category of new Set(lexicon.flags.map((f) => f.category))) assert.ok(FLAG_CATEGORIES.includes(category), category);
  const locales = { vi: load('..', 'src', 'i18n', 'vi.json'), en: load('..', 'src', 'i18n', 'en.json') };
  const keys = [
    ...FLAG_CATEGORIES.map((c) => `scan.category.${c}`),
    ...SCAN_ID_KINDS.map((k) => `scan.idkind.${k}`),
    ...AMOUNT_PERIODS.map((p) => `scan.period.${p}`),
    ...AMOUNT_USES.map((u) => `scan.use.${u}`),
    ...RISK_LEVELS.map((l) => `scan.level.${l}`),
  ];
  for (const [lang, table] of Object.entries(locales)) {
    assert.deepEqual(keys.filter((k) => !(k in table)), [], `labels missing from ${lang}.json`);
  }
});

test('the scan page\'s vocabularies are the API\'s (src/http/openapi.json)', () => {
  const schemas = load('..', '..', 'src', 'http', 'openapi.json').components.schemas;
  const same = (mine, api, what) => assert.deepEqual([...mine].sort(), [...api].filter((v) => v !== null).sort(), what);
  same(SCAN_ID_KINDS, schemas.ScanIdentifier.properties.kind.enum, 'identifier kinds');
  same(RISK_LEVELS, schemas.ScanItem.properties.level.enum, 'levels');
  same(RISK_LEVELS, schemas.Lead.properties.level.enum, 'lead levels');
  same(AMOUNT_PERIODS, schemas.ScanAmount.properties.period.enum, 'periods');
  same(AMOUNT_USES, schemas.ScanAmount.properties.use.enum, 'uses');
});
