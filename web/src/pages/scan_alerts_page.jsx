// The recruitment post alerts (/scan-alerts; GET /api/v1/scan-alerts), one
// server page at a time, filtered by status (open by default; the status and
// offset live in the address so a reload or a shared link shows the same
// page): riskiest first, each with its level, the start of the post (as
// text), the reasons, its source and when it was raised.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link, navigate } from '../router.js';
import { ALERT_PAGE, ALERT_STATUSES, alertListHref, alertOffset, alertStatus } from '../scan_alert_vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { RiskBadge } from './risk_badge.jsx';
import { AlertReasons, AlertSourceText, AlertStatus } from './scan_alert_bits.jsx';
import { TableHead } from './table_head.jsx';
import { useTitle } from './title.js';

export function ScanAlertsPage({ api, query }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('salert.list_title'));
  const status = alertStatus(query);
  const offset = alertOffset(query);
  const [state, setState] = useState({ data: null, error: null });
  useEffect(() => {
    let live = true;
    setState({ data: null, error: null });
    api.get('/api/v1/scan-alerts', { status, offset, limit: ALERT_PAGE }).then(
      (data) => live && setState({ data, error: null }),
      (error) => live && setState({ data: null, error }),
    );
    return () => {
      live = false;
    };
  }, [status, offset]);
  const d = state.data;
  const total = d?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / ALERT_PAGE));
  const labels = ['salert.col.alert', 'scan.col.level', 'scan.col.excerpt', 'salert.col.reasons', 'salert.col.source', 'salert.col.raised', 'salert.col.status'].map(t);
  return (
    <section aria-labelledby="salerts-title">
      <p class="crumbs">
        <Link href="/scan">← {t('nav.scan')}</Link>
      </p>
      <h1 id="salerts-title">{t('salert.list_title')}</h1>
      <p class="muted">{t('salert.list_intro')}</p>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="salerts-status">{t('salert.filter_status')}</label>
          <select id="salerts-status" value={status} onChange={(e) => navigate(alertListHref(e.currentTarget.value, 0))}>
            {ALERT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`salert.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {state.error && <ErrorNotice error={state.error} />}
      {!d && !state.error && <p class="loading" role="status">{t('app.loading')}</p>}
      {d && (
        <>
          <p data-testid="salerts-total">{t('salert.total', { count: i18n.number(total), status: t(`salert.status.${status}`) })}</p>
          {d.items.length === 0 ? (
            <p class="empty">{t('salert.none')}</p>
          ) : (
            <div class="table-wrap">
              <table class="responsive scan-alerts-table">
                <TableHead labels={labels} />
                <tbody>
                  {d.items.map((a) => (
                    <tr key={a.id} data-alert={a.id}>
                      <td data-label={labels[0]} class="nowrap">
                        <Link href={`/scan-alerts/${a.id}`}>{t('salert.title', { id: a.id })}</Link>
                      </td>
                      <td data-label={labels[1]}>
                        <RiskBadge result={a} />
                      </td>
                      <td data-label={labels[2]} class="break">
                        {a.excerpt}
                      </td>
                      <td data-label={labels[3]}>
                        <AlertReasons alert={a} />
                      </td>
                      <td data-label={labels[4]}>
                        <AlertSourceText alert={a} />
                      </td>
                      <td data-label={labels[5]} class="nowrap">
                        <time dateTime={a.raised_at}>{i18n.shortDateTime(a.raised_at)}</time>
                      </td>
                      <td data-label={labels[6]}>
                        <AlertStatus status={a.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {total > ALERT_PAGE && (
            <nav class="pager" aria-label={t('cases.paging')}>
              <button type="button" class="btn" disabled={offset === 0} onClick={() => navigate(alertListHref(status, Math.max(0, offset - ALERT_PAGE)))}>
                {t('cases.prev')}
              </button>
              <span>{t('cases.page', { page: i18n.number(Math.floor(offset / ALERT_PAGE) + 1), pages: i18n.number(pages) })}</span>
              <button type="button" class="btn" disabled={offset + ALERT_PAGE >= total} onClick={() => navigate(alertListHref(status, offset + ALERT_PAGE))}>
                {t('cases.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
