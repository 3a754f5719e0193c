// Receptions of returned victims in the user's units, newest first
// (GET /api/v1/receptions): when (Vietnam time), the receiving gate or post,
// the country and agency that handed them over, how many persons, the case.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { ErrorNotice } from './error_notice.jsx';
import { useTitle } from './title.js';

const PAGE_SIZE = 20;

export function ReceptionList({ api, reference }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('reception.list_title'));
  const [offset, setOffset] = useState(0);
  const [state, setState] = useState({ page: null, error: null });
  useEffect(() => {
    api.get('/api/v1/receptions', { offset, limit: PAGE_SIZE }).then(
      (page) => setState({ page, error: null }),
      (error) => setState({ page: null, error }),
    );
  }, [offset]);
  const page = state.page;
  const pages = page ? Math.max(1, Math.ceil(page.total / PAGE_SIZE)) : 1;
  return (
    <section aria-labelledby="receptions-title">
      <div class="page-head">
        <h1 id="receptions-title">{t('reception.list_title')}</h1>
        <Link href="/receptions/new" class="btn primary">
          {t('reception.new_button')}
        </Link>
      </div>
      {state.error && <ErrorNotice error={state.error} />}
      {!page && !state.error && <p class="loading" role="status">{t('app.loading')}</p>}
      {page && page.items.length === 0 && <p class="empty">{t('reception.none')}</p>}
      {page && page.items.length > 0 && (
        <div class="table-wrap">
          <table class="responsive receptions">
            <thead>
              <tr>
                <th scope="col">{t('reception.col.when')}</th>
                <th scope="col">{t('reception.col.unit')}</th>
                <th scope="col">{t('reception.col.country')}</th>
                <th scope="col">{t('reception.col.agency')}</th>
                <th scope="col">{t('reception.col.persons')}</th>
                <th scope="col">{t('reception.col.case')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((r) => (
                <tr key={r.id} data-testid={`reception-${r.id}`}>
                  <td data-label={t('reception.col.when')}>
                    <time datetime={r.handed_over_at}>{i18n.dateTime(r.handed_over_at)}</time>
                  </td>
                  <td data-label={t('reception.col.unit')}>{i18n.name(reference?.units.get(r.unit_code)) || r.unit_code}</td>
                  <td data-label={t('reception.col.country')}>
                    {i18n.name(reference?.countries.get(r.handover_country)) || r.handover_country}
                  </td>
                  <td data-label={t('reception.col.agency')}>{r.handover_agency}</td>
                  <td data-label={t('reception.col.persons')}>{i18n.number(r.persons.length)}</td>
                  <td data-label={t('reception.col.case')}>
                    <Link href={`/cases/${r.case_id}`}>{r.case_number}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && page.total > PAGE_SIZE && (
        <nav class="pager" aria-label={t('cases.paging')}>
          <button type="button" class="btn" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            {t('cases.prev')}
          </button>
          <span>{t('cases.page', { page: i18n.number(offset / PAGE_SIZE + 1), pages: i18n.number(pages) })}</span>
          <button type="button" class="btn" disabled={offset + PAGE_SIZE >= page.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
            {t('cases.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
