// The text of a scanned post cut into pieces for highlighting. The API gives
// each red flag's spans as [start, end) offsets in Unicode code points of the
// text (POST /api/v1/scan, docs/scan.md), so the text is indexed as
// Array.from(text) — never by UTF-16 units, which would cut an emoji or shift
// every span after one.

// Pieces of `text` in order, together the whole text: {text, start, end,
// flags} where `flags` lists the indexes (into `flags`) of the flags whose
// spans cover the piece, empty for plain text. Overlapping spans are cut at
// every boundary, so a piece is covered by all of its flags or none. Spans
// outside the text are clipped; empty ones are ignored.
export function highlightPieces(text, flags) {
  const chars = Array.from(text ?? '');
  const n = chars.length;
  const clip = (x) => Math.min(n, Math.max(0, Math.trunc(Number(x) || 0)));
  const spans = [];
  (flags ?? []).forEach((flag, f) => {
    for (const s of flag.spans ?? []) {
      const start = clip(s.start);
      const end = clip(s.end);
      if (end > start) spans.push({ f, start, end });
    }
  });
  const cuts = new Set([0, n]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = [...new Set(spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.f))].sort((a, b) => a - b);
    const last = pieces[pieces.length - 1];
    // Neighbouring plain pieces are one piece.
    if (covering.length === 0 && last && last.flags.length === 0) {
      last.text += chars.slice(start, end).join('');
      last.end = end;
    } else {
      pieces.push({ text: chars.slice(start, end).join(''), start, end, flags: covering });
    }
  }
  return pieces;
}

// The characters [start, end) of `text`, counted in code points (what the
// API's span "text" holds).
export function codePointSlice(text, start, end) {
  return Array.from(text ?? '').slice(start, end).join('');
}
