// The dashboard (GET /api/v1/dashboard): open cases by status, trafficking
// form and province, cases reported per month over the last year, the open
// watchlist and recruitment post alerts for the roles that see them, and the
// recent activity of the user's unit (the newest timeline events of its cases
// and those of the units below it, times in Vietnam time). Every count links to the case list with
// the same filters. Bars are <meter> elements (no inline styles: CSP).
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { OPEN_STATUSES } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { EventMove } from './timeline.jsx';
import { useTitle } from './title.js';
import { ReferralDigests } from './referral_digests.jsx';
import { WatchlistAlerts } from './watchlist_alerts.jsx';
import { ScanAlertsPanel } from './scan_alerts_panel.jsx';
import { VictimStatsPanel } from './victim_stats.jsx';
import { CountsHead } from './counts_table.jsx';

const OPEN = OPEN_STATUSES.join(',');

// "/cases?…" for the given filters.
function listHref(filters) {
  return `/cases?${new URLSearchParams(filters)}`;
}

// Last day of "YYYY-MM" as "YYYY-MM-DD".
function monthEnd(month) {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

function CountTable({ id, title, rows, label, href, empty }) {
  const i18n = useI18n();
  const { t } = i18n;
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <section class="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <table class="counts">
          <CountsHead countLabel={t('dash.col.count')} />
          <tbody>
            {rows.map((r) => (
              <tr key={label(r)}>
                <th scope="row">
                  <Link href={href(r)}>{label(r)}</Link>
                </th>
                <td class="num">{i18n.number(r.count)}</td>
                <td class="bar">
                  <meter min="0" max={max} value={r.count} aria-hidden="true" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function Dashboard({ api, me, reference }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [state, setState] = useState({ data: null, error: null });
  useEffect(() => {
    api.get('/api/v1/dashboard').then(
      (data) => setState({ data, error: null }),
      (error) => setState({ data: null, error }),
    );
  }, []);
  useTitle(t('dash.title'));

  const d = state.data;
  const monthFmt = new Intl.DateTimeFormat(i18n.lang === 'vi' ? 'vi-VN' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const monthLabel = (m) => {
    const [y, mo] = m.split('-').map(Number);
    return monthFmt.format(new Date(Date.UTC(y, mo - 1, 1)));
  };
  const unit = reference?.units.get(me.unit_code);
  return (
    <section aria-labelledby="dash-title">
      <div class="page-head">
        <h1 id="dash-title">{t('dash.title')}</h1>
        <Link href="/cases" class="btn">
          {t('dash.all_cases')}
        </Link>
      </div>
      {state.error && <ErrorNotice error={state.error} />}
      {!d && !state.error && <p class="loading" role="status">{t('app.loading')}</p>}
      {d && (
        <>
          <WatchlistAlerts api={api} dashboard={d} />
          <ScanAlertsPanel dashboard={d} />
          <p class="dash-total" data-testid="open-total">
            <Link href={listHref({ status: OPEN })}>{t('dash.open_total', { count: i18n.number(d.open_total) })}</Link>
          </p>
          <div class="dash-grid">
            <CountTable
              id="dash-status"
              title={t('dash.by_status')}
              rows={d.open_by_status}
              label={(r) => t(`status.${r.status}`)}
              href={(r) => listHref({ status: r.status })}
              empty={t('dash.none')}
            />
            <CountTable
              id="dash-form"
              title={t('dash.by_form')}
              rows={d.open_by_form}
              label={(r) => t(`form.${r.trafficking_form}`)}
              href={(r) => listHref({ status: OPEN, trafficking_form: r.trafficking_form })}
              empty={t('dash.none')}
            />
            <CountTable
              id="dash-province"
              title={t('dash.by_province')}
              rows={d.open_by_province}
              label={(r) => i18n.name(reference?.provinces.get(r.province_code)) || r.province_code}
              href={(r) => listHref({ status: OPEN, province: r.province_code })}
              empty={t('dash.none')}
            />
            <CountTable
              id="dash-month"
              title={t('dash.per_month')}
              rows={d.reported_per_month}
              label={(r) => monthLabel(r.month)}
              href={(r) => listHref({ from: `${r.month}-01`, to: monthEnd(r.month) })}
              empty={t('dash.none')}
            />
          </div>
          <ReferralDigests dashboard={d} />
          <VictimStatsPanel api={api} me={me} reference={reference} />
          <section class="panel" aria-labelledby="dash-activity">
            <h2 id="dash-activity">{t('dash.activity', { unit: unit ? i18n.name(unit) : me.unit_code })}</h2>
            {d.recent_activity.length === 0 ? (
              <p class="empty">{t('dash.activity_none')}</p>
            ) : (
              <ol class="plain-list activity" data-testid="recent-activity">
                {d.recent_activity.map((a) => (
                  <li key={a.event_id}>
                    <p class="activity-head">
                      <time dateTime={a.occurred_at}>{i18n.dateTime(a.occurred_at)}</time>{' '}
                      <span class="event-kind">{t(`eventkind.${a.kind}`)}</span>{' '}
                      <Link href={`/cases/${a.case_id}`}>{a.case_number}</Link>
                    </p>
                    <EventMove event={a} />
                    {a.description && <p class="event-text">{a.description}</p>}
                    {a.location && <p class="muted">{t('event.at_location', { location: a.location })}</p>}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </section>
  );
}
