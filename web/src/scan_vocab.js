// The scan page's vocabularies and who may do what (a copy of
// src/domain/roles.cpp, kScan and kLeadWrite, used only to offer the page and
// the "save as lead" form; the server decides), and the small rules for
// showing a scan result (docs/scan.md, POST /api/v1/scan).
export const SCAN_ROLES = ['frontline_officer', 'investigator', 'commander', 'analyst'];
export const LEAD_WRITE_ROLES = ['frontline_officer', 'investigator', 'commander'];

// Risk levels, lowest first (the API's "level").
export const RISK_LEVELS = ['low', 'medium', 'high'];
// The lexicon's categories (data/scan/red_flags.json), in its order.
export const FLAG_CATEGORIES = [
  'pay',
  'no_skill',
  'costs_paid',
  'urgency_exit',
  'job_type',
  'contact_channel',
  'destination',
  'terms',
];
// Kinds of identifiers the scanner extracts (scan::id_kind_name).
export const SCAN_ID_KINDS = ['phone', 'telegram', 'zalo', 'whatsapp', 'facebook', 'tiktok', 'url', 'email', 'bank_account'];
export const AMOUNT_PERIODS = ['hour', 'day', 'week', 'month', 'year'];
export const AMOUNT_USES = ['pay', 'cost', 'other'];

// POST /api/v1/scan takes at most this many texts at once.
export const SCAN_BATCH_MAX = 1000;
// ...and a request body must stay well under the server's upload limit, so
// a batch is also cut at this many bytes of text (one longer text goes alone).
export const SCAN_BATCH_BYTES = 2 * 1024 * 1024;

// A result's risk for display: the level (a known one, else "low") and the
// risk as a whole percentage, clamped to 0..100.
export function riskView(result) {
  const level = RISK_LEVELS.includes(result?.level) ? result.level : 'low';
  const risk = Number(result?.risk);
  const percent = Number.isFinite(risk) ? Math.min(100, Math.max(0, Math.round(risk * 100))) : 0;
  return { level, percent };
}

// Items sorted for the results table: highest risk first, then level, then
// input order (stable for equal risks).
export function sortByRisk(items) {
  const rank = (it) => RISK_LEVELS.indexOf(riskView(it).level);
  return [...items].sort((a, b) => (b.risk ?? 0) - (a.risk ?? 0) || rank(b) - rank(a) || (a.index ?? 0) - (b.index ?? 0));
}

const utf8 = new TextEncoder();

// Cuts `texts` into the batches sent to POST /api/v1/scan: each at most
// `max` texts and, unless a single text is bigger, at most `bytes` bytes of
// UTF-8. Returns arrays of indexes into `texts`, in order.
export function scanBatches(texts, { max = SCAN_BATCH_MAX, bytes = SCAN_BATCH_BYTES } = {}) {
  const batches = [];
  let current = [];
  let size = 0;
  texts.forEach((text, i) => {
    const n = utf8.encode(text).length;
    if (current.length > 0 && (current.length >= max || size + n > bytes)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(i);
    size += n;
  });
  if (current.length > 0) batches.push(current);
  return batches;
}
