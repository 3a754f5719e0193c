// The largest networks (GET /api/v1/graph/networks): connected groups of
// cases, persons and identifiers with a case in the caller's units, ranked by
// cases, then victims; counts only, with a sample of cases (the caller's as
// links, others by their unit). Opening a case shows its network.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { ErrorNotice } from './error_notice.jsx';
import { useTitle } from './title.js';

const PAGE = 20;

function identifiersText(t, counts) {
  return Object.entries(counts ?? {})
    .map(([kind, n]) => `${t(`nodekind.${kind}`)}: ${n}`)
    .join(', ');
}

export function NetworksPage({ api }) {
  const { t } = useI18n();
  useTitle(t('networks.title'));
  const [offset, setOffset] = useState(0);
  const [state, setState] = useState({ page: null, error: null });
  useEffect(() => {
    let live = true;
    api.get('/api/v1/graph/networks', { offset, limit: PAGE }).then(
      (page) => live && setState({ page, error: null }),
      (error) => live && setState({ page: null, error }),
    );
    return () => {
      live = false;
    };
  }, [offset]);
  const page = state.page;
  return (
    <section aria-labelledby="networks-title">
      <h1 id="networks-title">{t('networks.title')}</h1>
      <p class="muted">{t('networks.intro')}</p>
      {state.error && <ErrorNotice error={state.error} />}
      {!page && !state.error && <p class="loading" role="status">{t('app.loading')}</p>}
      {page && page.items.length === 0 && <p class="empty">{t('networks.none')}</p>}
      {page && page.items.length > 0 && (
        <>
          <p role="status">{t('networks.count', { total: page.total })}</p>
          <div class="table-wrap">
            <table class="responsive networks" data-testid="networks">
              <thead>
                <tr>
                  <th scope="col">{t('networks.col.cases')}</th>
                  <th scope="col">{t('networks.col.victims')}</th>
                  <th scope="col">{t('networks.col.suspects')}</th>
                  <th scope="col">{t('networks.col.provinces')}</th>
                  <th scope="col">{t('networks.col.identifiers')}</th>
                  <th scope="col">{t('networks.col.sample')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((n) => (
                  <tr key={n.id}>
                    <td data-label={t('networks.col.cases')}>
                      {t('networks.cases', { cases: n.cases, mine: n.cases_in_scope })}
                    </td>
                    <td data-label={t('networks.col.victims')}>{n.victims}</td>
                    <td data-label={t('networks.col.suspects')}>{n.suspects}</td>
                    <td data-label={t('networks.col.provinces')}>{n.provinces.join(', ')}</td>
                    <td data-label={t('networks.col.identifiers')}>{identifiersText(t, n.identifiers) || '—'}</td>
                    <td data-label={t('networks.col.sample')}>
                      <ul class="plain">
                        {n.sample.map((c) => (
                          <li key={c.id}>
                            {c.case_id ? (
                              <Link href={`/cases/${c.case_id}`}>{c.number}</Link>
                            ) : (
                              <span class="muted">{t('network.other_unit', { unit: c.unit_code })}</span>
                            )}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="pager">
            <button type="button" class="btn" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              {t('networks.previous')}
            </button>
            <button type="button" class="btn" disabled={offset + PAGE >= page.total} onClick={() => setOffset(offset + PAGE)}>
              {t('networks.next')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
