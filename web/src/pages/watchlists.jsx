// The watchlists (GET /api/v1/watchlists): every list with its type, owner
// and count of entries; investigators and commanders create lists.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { mayDo } from '../vocab.js';
import { WATCHLIST_MANAGE_ROLES, WATCHLIST_TYPES } from '../watchlist_vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { useSubmit } from './use_submit.js';
import { useTitle } from './title.js';
import { FormActions } from './form_actions.jsx';

function ListForm({ api, onSaved, onCancel }) {
  const { t } = useI18n();
  const [v, setV] = useState({ name: '', type: 'suspected_traffickers', source: '', description: '' });
  const { busy, error, submit } = useSubmit();
  const fields = error?.fields ?? {};
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  const onSubmit = submit(async () => {
    await api.post('/api/v1/watchlists', v);
    await onSaved();
  });
  return (
    <form class="subform" onSubmit={onSubmit} aria-labelledby="wl-form-title">
      <h2 id="wl-form-title">{t('watchlists.add')}</h2>
      {error && <ErrorNotice error={error} summary={t('watchlists.check_fields')} />}
      <div class="form-grid">
        <FormField id="wl-name" label={t('watchlists.name')} error={fields.name}>
          <input name="name" required maxLength={200} value={v.name} onInput={set('name')} />
        </FormField>
        <FormField id="wl-type" label={t('watchlists.type')} error={fields.type}>
          <select name="type" value={v.type} onChange={set('type')}>
            {WATCHLIST_TYPES.map((x) => (
              <option value={x}>{t(`wltype.${x}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="wl-source" label={t('watchlists.source')} error={fields.source} hint={t('watchlists.source_hint')}>
          <input name="source" maxLength={500} value={v.source} onInput={set('source')} />
        </FormField>
        <FormField id="wl-description" label={t('watchlists.description')} error={fields.description}>
          <textarea name="description" maxLength={5000} value={v.description} onInput={set('description')} />
        </FormField>
      </div>
      <FormActions
        busy={busy}
        saveLabel={t('watchlists.save')}
        cancelLabel={t('watchlists.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}

export function Watchlists({ api, me }) {
  const { t } = useI18n();
  useTitle(t('watchlists.title'));
  const [state, setState] = useState({ items: null, error: null });
  const [adding, setAdding] = useState(false);
  const load = async () => {
    try {
      const page = await api.get('/api/v1/watchlists');
      setState({ items: page.items, error: null });
    } catch (error) {
      setState({ items: null, error });
    }
  };
  useEffect(() => {
    load();
  }, []);
  const mayManage = mayDo(me.roles, WATCHLIST_MANAGE_ROLES);
  return (
    <section aria-labelledby="wl-title">
      <h1 id="wl-title">{t('watchlists.title')}</h1>
      <p class="muted">{t('watchlists.intro')}</p>
      {mayManage && !adding && (
        <p>
          <button type="button" class="btn primary" onClick={() => setAdding(true)}>
            {t('watchlists.add')}
          </button>
        </p>
      )}
      {adding && (
        <ListForm
          api={api}
          onSaved={async () => {
            setAdding(false);
            await load();
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {state.error && <ErrorNotice error={state.error} />}
      {!state.items && !state.error && <p class="loading" role="status">{t('app.loading')}</p>}
      {state.items && state.items.length === 0 && <p class="empty">{t('watchlists.none')}</p>}
      {state.items && state.items.length > 0 && (
        <div class="table-wrap">
          <table class="responsive" data-testid="watchlists">
            <thead>
              <tr>
                <th scope="col">{t('watchlists.name')}</th>
                <th scope="col">{t('watchlists.type')}</th>
                <th scope="col">{t('watchlists.owner')}</th>
                <th scope="col">{t('watchlists.source')}</th>
                <th scope="col">{t('watchlists.entries')}</th>
              </tr>
            </thead>
            <tbody>
              {state.items.map((w) => (
                <tr key={w.id} class={w.active ? '' : 'inactive'}>
                  <td data-label={t('watchlists.name')}>
                    <Link href={`/watchlists/${w.id}`}>{w.name}</Link>
                  </td>
                  <td data-label={t('watchlists.type')}>{t(`wltype.${w.type}`)}</td>
                  <td data-label={t('watchlists.owner')}>{w.owner_unit_code}</td>
                  <td data-label={t('watchlists.source')}>{w.source}</td>
                  <td data-label={t('watchlists.entries')}>{w.entry_count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
