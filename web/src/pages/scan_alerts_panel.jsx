// The dashboard's recruitment post alerts (GET /api/v1/dashboard,
// `scan_alerts`): how many are open and the riskiest ones, each with its
// level, the start of the post (as text), the reasons, the file it came from
// and when it was raised (Vietnam time), linking to the alert's page. Absent
// for roles that do not scan (`scan_alerts` null).
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { RiskBadge } from './risk_badge.jsx';
import { AlertReasons, AlertSourceText } from './scan_alert_bits.jsx';

export function ScanAlertsPanel({ dashboard: d }) {
  const i18n = useI18n();
  const { t } = i18n;
  const sa = d.scan_alerts;
  if (!sa) return null;
  return (
    <section class="panel" aria-labelledby="dash-scan-alerts" data-testid="scan-alerts-panel">
      <h2 id="dash-scan-alerts">{t('salert.dash_title')}</h2>
      <p data-testid="scan-alerts-count">{t('salert.open_count', { count: i18n.number(sa.count) })}</p>
      {sa.items.length === 0 ? (
        <p class="empty">{t('salert.none_open')}</p>
      ) : (
        <ul class="plain-list scan-alert-list">
          {sa.items.map((a) => (
            <li key={a.id} data-alert={a.id}>
              <p>
                <RiskBadge result={a} />{' '}
                <Link href={`/scan-alerts/${a.id}`}>{t('salert.title', { id: a.id })}</Link> ·{' '}
                <time dateTime={a.raised_at}>{i18n.dateTime(a.raised_at)}</time>
              </p>
              <p class="break scan-alert-excerpt">{a.excerpt}</p>
              <p class="muted small">
                <AlertReasons alert={a} /> · <AlertSourceText alert={a} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/scan-alerts">{t('salert.all')}</Link>
      </p>
    </section>
  );
}
