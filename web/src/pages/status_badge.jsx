// A case status as a coloured label (the colour is decoration; the text says it).
import { useI18n } from '../i18n/index.js';

export function StatusBadge({ status }) {
  const { t } = useI18n();
  return <span class={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}
