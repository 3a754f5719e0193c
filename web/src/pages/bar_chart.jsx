// A horizontal bar chart drawn as SVG (no chart library, no inline styles:
// the stylesheet colours it by class). Each bar is labelled and carries its
// value as text, so the chart reads without colour; the figure's caption
// names it and the SVG has the same as its accessible name.
import { barLayout } from '../training_util.js';

const WIDTH = 460;
const LABEL = 175;
const AXIS = 22;

// Long labels are cut to fit the label column; the full one is the bar's title.
function shortLabel(text) {
  const s = String(text ?? '');
  return s.length > 24 ? `${s.slice(0, 23)}…` : s;
}

// items: [{label, value}]; format(value) gives the value's text; `testId`
// marks the figure for tests.
export function BarChart({ id, title, items, format = String, testId, emptyText }) {
  if (!items.length) {
    return (
      <figure class="chart" data-testid={testId}>
        <figcaption id={`${id}-title`}>{title}</figcaption>
        <p class="empty">{emptyText}</p>
      </figure>
    );
  }
  const l = barLayout(items, { width: WIDTH, labelWidth: LABEL, barHeight: 20, gap: 8, valueWidth: 52 });
  const height = l.height + AXIS;
  return (
    <figure class="chart" data-testid={testId}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title`} preserveAspectRatio="xMinYMin meet">
        {l.ticks.map((tk) => (
          <g key={tk.value} class="tick">
            <line x1={tk.x} x2={tk.x} y1={0} y2={l.height} />
            <text x={tk.x} y={l.height + 15} text-anchor="middle">
              {format(tk.value)}
            </text>
          </g>
        ))}
        {l.bars.map((b, n) => (
          <g key={n} class="bar-row" data-label={b.label}>
            <title>{`${b.label}: ${format(b.value ?? 0)}`}</title>
            <text class="bar-label" x={LABEL - 6} y={b.y + 14} text-anchor="end">
              {shortLabel(b.label)}
            </text>
            <rect class="bar" x={b.x} y={b.y} width={Math.max(b.width, 0.5)} height={20} rx={2} />
            <text class="bar-value" x={b.valueX} y={b.y + 14}>
              {format(b.value ?? 0)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
