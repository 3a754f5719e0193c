// A scan's risk at a glance: the level in words (colour only repeats it)
// and the score as a percentage.
import { useI18n } from '../i18n/index.js';
import { riskView } from '../scan_vocab.js';

export function RiskBadge({ result }) {
  const { t } = useI18n();
  const { level, percent } = riskView(result);
  return (
    <span class={`badge risk risk-${level}`} data-level={level}>
      {t('scan.risk_of', { level: t(`scan.level.${level}`), percent })}
    </span>
  );
}
