// Saved leads (GET /api/v1/leads), in the server's order, one page at a
// time: when saved, the risk at saving, the start of the
// text (a link to the lead), the case, the source (as text: an address
// from a post is not a link to follow from here) and the note. With
// `caseId` only that case's leads. `version` reloads the list when bumped.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { ErrorNotice } from './error_notice.jsx';
import { RiskBadge } from './risk_badge.jsx';
import { TableHead } from './table_head.jsx';

const PAGE = 20;
const EXCERPT = 140; // characters (code points) of the text shown

export function excerpt(text) {
  const chars = Array.from((text ?? '').replace(/\s+/g, ' ').trim());
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join('')}…` : chars.join('');
}

export function LeadsList({ api, caseId, version = 0 }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [offset, setOffset] = useState(0);
  const [state, setState] = useState({ data: null, error: null });
  useEffect(() => {
    let live = true;
    api.get('/api/v1/leads', { case_id: caseId, offset, limit: PAGE }).then(
      (data) => live && setState({ data, error: null }),
      (error) => live && setState({ data: null, error }),
    );
    return () => {
      live = false;
    };
  }, [caseId, offset, version]);
  const d = state.data;
  if (state.error) return <ErrorNotice error={state.error} />;
  if (!d) return <p class="loading" role="status">{t('app.loading')}</p>;
  const total = d.total ?? d.items.length;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const labels = [
    'leads.col.id',
    'leads.col.saved',
    'scan.col.level',
    'scan.col.excerpt',
    ...(caseId == null ? ['leads.col.case'] : []),
    'leads.col.source',
    'leads.col.note',
  ].map(t);
  return (
    <div class="leads" data-testid="leads-list">
      <p data-testid="leads-total">{t('leads.total', { count: i18n.number(total) })}</p>
      {d.items.length === 0 ? (
        <p class="empty">{t('leads.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="responsive leads-table">
            <TableHead labels={labels} />
            <tbody>
              {d.items.map((l) => {
                let k = 0;
                return (
                  <tr key={l.id} data-lead={l.id}>
                    <td data-label={labels[k++]}>
                      <Link href={`/leads/${l.id}`}>#{l.id}</Link>
                    </td>
                    <td data-label={labels[k++]} class="nowrap">
                      {i18n.shortDateTime(l.created_at)}
                    </td>
                    <td data-label={labels[k++]}>{l.level ? <RiskBadge result={l} /> : '—'}</td>
                    <td data-label={labels[k++]} class="break">
                      {excerpt(l.text)}
                    </td>
                    {caseId == null && (
                      <td data-label={labels[k++]} class="nowrap">
                        {l.case_id != null ? <Link href={`/cases/${l.case_id}`}>{l.case_number ?? `#${l.case_id}`}</Link> : '—'}
                      </td>
                    )}
                    <td data-label={labels[k++]} class="break">
                      {l.source_url || '—'}
                    </td>
                    <td data-label={labels[k++]} class="break">
                      {l.note || '—'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {total > PAGE && (
        <nav class="pager" aria-label={t('cases.paging')}>
          <button type="button" class="btn" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('cases.prev')}
          </button>
          <span>{t('cases.page', { page: i18n.number(Math.floor(offset / PAGE) + 1), pages: i18n.number(pages) })}</span>
          <button type="button" class="btn" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
            {t('cases.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
