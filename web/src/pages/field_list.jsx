// A definition list of labelled facts (the "fields" layout of the detail
// pages): rows of [i18n key of the label, value]. `wrap` lets long values
// (URLs, file names) break anywhere.
import { useI18n } from '../i18n/index.js';

export function FieldList({ rows, wrap = false }) {
  const { t } = useI18n();
  return (
    <dl class="fields">
      {rows.map(([key, value]) => (
        <div class="field-row" key={key}>
          <dt>{t(key)}</dt>
          <dd class={wrap ? 'break' : undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
