// Scan alerts (docs/scan-api.md, "Scan alerts"): their statuses and reasons,
// and the small rules the alert pages share. The server decides who may do
// what; these only choose what to offer and how to say it.
export const ALERT_STATUSES = ['open', 'dismissed', 'saved'];
export const ALERT_REASONS = ['high_risk', 'known_identifier'];
// Rows on one page of /scan-alerts.
export const ALERT_PAGE = 20;

// The status asked for in the list page's query ("?status="): a known one,
// else "open".
export function alertStatus(query) {
  const s = query?.get?.('status');
  return ALERT_STATUSES.includes(s) ? s : 'open';
}

// The list page's offset from "?offset=": a whole multiple of `page` at or
// above 0, else 0.
export function alertOffset(query, page = ALERT_PAGE) {
  const n = Number(query?.get?.('offset'));
  return Number.isInteger(n) && n > 0 ? n - (n % page) : 0;
}

// "/scan-alerts" with the status and offset (defaults left out).
export function alertListHref(status, offset = 0) {
  const q = new URLSearchParams();
  if (status && status !== 'open') q.set('status', status);
  if (offset > 0) q.set('offset', String(offset));
  const s = q.toString();
  return s ? `/scan-alerts?${s}` : '/scan-alerts';
}

// An alert's reasons as i18n keys, known reasons only, in ALERT_REASONS'
// order; `known` (the count of identifiers already known) goes with
// "known_identifier".
export function reasonKeys(alert) {
  const reasons = Array.isArray(alert?.reasons) ? alert.reasons : [];
  return ALERT_REASONS.filter((r) => reasons.includes(r)).map((r) => ({
    key: `salert.reason.${r}`,
    params: r === 'known_identifier' ? { n: Number(alert.known) || 0 } : {},
  }));
}

// Where an alert's post came from: "file, line N" parts and the post's id.
export function alertSource(alert) {
  return {
    source: alert?.source || '',
    item: Number.isInteger(alert?.item) ? alert.item : null,
    postId: alert?.post_id || '',
  };
}
