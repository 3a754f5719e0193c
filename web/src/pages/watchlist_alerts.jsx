// The dashboard's watchlist alerts (for roles that read watchlists): persons
// on cases of the caller's units who match a watchlist entry, newest first,
// each with the list, the score and its case, and buttons to confirm or
// dismiss it (POST /api/v1/watchlist-alerts/{id}/review). Persons and
// entries are named by pseudonym: names stay on the person page, where each
// view is audited. Absent for other roles and when no alert is open.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { ErrorNotice } from './error_notice.jsx';

function AlertItem({ api, alert: a, onReviewed }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const review = async (decision) => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/v1/watchlist-alerts/${a.id}/review`, { decision, expected_version: a.version });
      onReviewed(a.id, decision);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <li data-testid="watchlist-alert">
      <p>
        <span class="badge badge-alert">{Math.round(a.score * 100)}%</span>{' '}
        <Link href={`/persons/${a.person_id}`}>{a.person_label}</Link>
        {a.case && (
          <>
            {' '}· <Link href={`/cases/${a.case.id}`}>{a.case.number}</Link>
          </>
        )}{' '}
        · {t('alerts.on_list')} <Link href={`/watchlists/${a.watchlist.id}`}>{a.watchlist.name}</Link> (
        {t(`wltype.${a.watchlist.type}`)}, {a.entry_label}) ·{' '}
        <time dateTime={a.raised_at}>{i18n.dateTime(a.raised_at)}</time>
      </p>
      <p class="actions">
        <button type="button" class="btn primary" disabled={busy} onClick={() => review('confirmed')}>
          {t('alerts.confirm')}
        </button>{' '}
        <button type="button" class="btn" disabled={busy} onClick={() => review('dismissed')}>
          {t('alerts.dismiss')}
        </button>
      </p>
      {error && <ErrorNotice error={error} />}
    </li>
  );
}

export function WatchlistAlerts({ api, dashboard: d }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [reviewed, setReviewed] = useState({});  // alert id -> decision
  // Shown only when there is something to review: a calm dashboard stays calm.
  if (!d.watchlist_alerts || d.watchlist_alerts.count === 0) return null;
  const open = d.watchlist_alerts.items.filter((a) => !reviewed[a.id]);
  const count = d.watchlist_alerts.count - Object.keys(reviewed).length;
  return (
    <section class="panel" aria-labelledby="dash-alerts" data-testid="watchlist-alerts">
      <h2 id="dash-alerts">{t('alerts.title', { count: i18n.number(Math.max(count, 0)) })}</h2>
      {Object.entries(reviewed).length > 0 && (
        <p role="status" class="muted">
          {t('alerts.reviewed', { count: i18n.number(Object.keys(reviewed).length) })}
        </p>
      )}
      {open.length === 0 ? (
        <p class="empty">{t('alerts.none')}</p>
      ) : (
        <ul class="plain-list">
          {open.map((a) => (
            <AlertItem key={a.id} api={api} alert={a} onReviewed={(id, decision) => setReviewed({ ...reviewed, [id]: decision })} />
          ))}
        </ul>
      )}
    </section>
  );
}
