// A post's text with each red flag's spans marked (<mark>, one per piece of
// text the spans cover). A mark names its flags' categories and reasons in
// its tooltip, points (aria-describedby) at the flags' entries in the list
// below, and, when hovered or focused (marks are in the Tab order), shows
// them in a line under the text. The text is rendered as text: markup in a
// post is shown, never run.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { highlightPieces } from '../scan_text.js';

// "Lương, thu nhập" for a category; an unknown category shows as sent.
export function categoryLabel(t, category) {
  const key = `scan.category.${category}`;
  const label = t(key);
  return label === key ? category : label;
}

export function ScanHighlight({ text, flags, idPrefix }) {
  const { t } = useI18n();
  const [active, setActive] = useState(null);
  const describe = (fs) => fs.map((f) => t('scan.mark_detail', { category: categoryLabel(t, flags[f].category), rationale: flags[f].rationale ?? '' }));
  const pieces = highlightPieces(text, flags);
  return (
    <div class="scan-highlight">
      <p class="scan-text" data-testid="scan-text">
        {pieces.map((p) =>
          p.flags.length === 0 ? (
            p.text
          ) : (
            <mark
              key={p.start}
              class={`flag flag-${flags[p.flags[0]].category}${p.flags.length > 1 ? ' flag-many' : ''}`}
              tabIndex={0}
              title={describe(p.flags).join('\n')}
              aria-describedby={p.flags.map((f) => `${idPrefix}-flag-${f}`).join(' ')}
              data-flags={p.flags.map((f) => flags[f].id).join(' ')}
              onFocus={() => setActive(p)}
              onMouseEnter={() => setActive(p)}
              onBlur={() => setActive(null)}
            >
              {p.text}
            </mark>
          ),
        )}
      </p>
      <p class="scan-mark-detail muted" aria-live="polite" data-testid="scan-mark-detail">
        {active ? describe(active.flags).join(' · ') : pieces.some((p) => p.flags.length) ? t('scan.mark_hint') : ''}
      </p>
    </div>
  );
}
