// One watchlist (/watchlists/{id}): its entries (identities of potential
// victims masked for roles without victim identity access, shown by
// pseudonym), search, expired entries on request; managers of the owning
// unit add, edit and remove entries and import CSV files.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { mayDo } from '../vocab.js';
import { WATCHLIST_MANAGE_ROLES, isPersonList } from '../watchlist_vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { WatchlistEntryForm } from './watchlist_entry_form.jsx';
import { WatchlistImport } from './watchlist_import.jsx';
import { useTitle } from './title.js';
import { TableHead } from './table_head.jsx';

function entryText(t, list, e) {
  if (e.masked) return e.label;
  if (isPersonList(list.type)) {
    const id = e.identity;
    return [id.full_name, id.date_of_birth, id.citizen_id || id.passport_number].filter(Boolean).join(' · ');
  }
  if (list.type === 'flagged_phones') return `${e.phone} (${e.phone_e164})`;
  return `${t(`platform.${e.platform}`)}: ${e.handle}`;
}

export function WatchlistPage({ api, me, id }) {
  const { t } = useI18n();
  const [list, setList] = useState(null);
  const [page, setPage] = useState(null);
  const [error, setError] = useState(null);
  const [q, setQ] = useState('');
  const [expired, setExpired] = useState(false);
  const [editing, setEditing] = useState(null);  // null, 'new' or an entry
  const [importing, setImporting] = useState(false);
  useTitle(list ? list.name : t('watchlists.title'));
  const load = async () => {
    try {
      const [l, p] = await Promise.all([
        api.get(`/api/v1/watchlists/${id}`),
        api.get(`/api/v1/watchlists/${id}/entries`, { q, include_expired: expired ? 'true' : '', limit: 200 }),
      ]);
      setList(l);
      setPage(p);
      setError(null);
    } catch (e) {
      setError(e);
    }
  };
  useEffect(() => {
    load();
  }, [id, q, expired]);
  const mayManage = mayDo(me.roles, WATCHLIST_MANAGE_ROLES);
  const remove = async (e) => {
    try {
      await api.del(`/api/v1/watchlist-entries/${e.id}?version=${e.version}`);
      await load();
    } catch (err) {
      setError(err);
    }
  };
  const toggleActive = async () => {
    try {
      await api.patch(`/api/v1/watchlists/${list.id}`, { active: !list.active, version: list.version });
      await load();
    } catch (err) {
      setError(err);
    }
  };
  if (error && !list) return <ErrorNotice error={error} notFoundText={t('watchlists.not_found')} />;
  if (!list) return <p class="loading" role="status">{t('app.loading')}</p>;
  return (
    <section aria-labelledby="wlp-title">
      <p>
        <Link href="/watchlists">{t('watchlists.back')}</Link>
      </p>
      <h1 id="wlp-title">{list.name}</h1>
      <p class="muted">
        {t(`wltype.${list.type}`)} · {list.owner_unit_code}
        {list.source ? ` · ${list.source}` : ''}
      </p>
      {!list.active && <p class="muted" data-testid="watchlist-inactive">{t('watchlists.inactive')}</p>}
      {list.description && <p>{list.description}</p>}
      {mayManage && editing === null && !importing && (
        <p class="form-actions">
          <button type="button" class="btn primary" onClick={() => setEditing('new')}>
            {t('wlentry.add')}
          </button>
          <button type="button" class="btn" onClick={() => setImporting(true)}>
            {t('wlimport.title')}
          </button>
          <button type="button" class="btn" onClick={toggleActive}>
            {list.active ? t('watchlists.deactivate') : t('watchlists.reactivate')}
          </button>
        </p>
      )}
      {editing !== null && (
        <WatchlistEntryForm
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          api={api}
          list={list}
          entry={editing === 'new' ? null : editing}
          onSaved={async () => {
            setEditing(null);
            await load();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {importing && (
        <>
          <WatchlistImport api={api} list={list} onImported={load} />
          <p>
            <button type="button" class="btn" onClick={() => setImporting(false)}>
              {t('wlimport.close')}
            </button>
          </p>
        </>
      )}
      <form class="filters" role="search" aria-label={t('wlentry.search')} onSubmit={(e) => e.preventDefault()}>
        <div class="form-grid">
          <FormField id="wlp-q" label={t('wlentry.search')}>
            <input type="search" maxLength={200} value={q} onInput={(e) => setQ(e.currentTarget.value)} />
          </FormField>
          <div class="field">
            <label class="check">
              <input type="checkbox" checked={expired} onChange={(e) => setExpired(e.currentTarget.checked)} />
              {t('wlentry.include_expired')}
            </label>
          </div>
        </div>
      </form>
      {error && <ErrorNotice error={error} />}
      {page && page.items.length === 0 && <p class="empty">{t('wlentry.none')}</p>}
      {page && page.items.length > 0 && (
        <div class="table-wrap">
          <table class="responsive" data-testid="watchlist-entries">
            <caption>{t('wlentry.count', { total: page.total })}</caption>
            <TableHead
              labels={[
                t('wlentry.entry'),
                t('wlentry.reason'),
                t('wlentry.source_ref'),
                t('wlentry.expires_on'),
              ]}
              actions={mayManage && t('watchlists.actions')}
            />
            <tbody>
              {page.items.map((e) => (
                <tr key={e.id} class={e.expired ? 'inactive' : ''}>
                  <td data-label={t('wlentry.entry')}>
                    {entryText(t, list, e)}
                    {e.masked && <small class="muted"> {t('wlentry.masked')}</small>}
                  </td>
                  <td data-label={t('wlentry.reason')}>{e.masked ? t('wlentry.withheld') : e.reason}</td>
                  <td data-label={t('wlentry.source_ref')}>{e.source_ref}</td>
                  <td data-label={t('wlentry.expires_on')}>
                    {e.expires_on ?? '—'}
                    {e.expired && ` (${t('wlentry.expired')})`}
                  </td>
                  {mayManage && (
                    <td>
                      {!e.masked && (
                        <button type="button" class="btn small" onClick={() => setEditing(e)}>
                          {t('wlentry.edit')}
                        </button>
                      )}{' '}
                      <button type="button" class="btn small" onClick={() => remove(e)}>
                        {t('wlentry.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
