// A victim's checklist of the support of Law 53/2024/QH15 Art. 37
// (GET/PUT /api/v1/persons/{id}/entitlements): each item not assessed, not
// needed, needed or provided, with a date and a note. Read-only for roles
// that may not keep it.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { mayDo } from '../vocab.js';
import { ENTITLEMENT_STATUSES, REFERRAL_WRITE_ROLES, todayInVietnam } from '../referral_vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { useSubmit } from './use_submit.js';
import { TableHead } from './table_head.jsx';

function ItemRow({ api, personId, item, mayWrite }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [v, setV] = useState({ status: item.status, date: item.date ?? '', note: item.note });
  const [saved, setSaved] = useState(false);
  const { busy, error, submit } = useSubmit();
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setSaved(false);
    setV((old) => ({
      ...old,
      [name]: value,
      ...(name === 'status' && value === 'provided' && !old.date ? { date: todayInVietnam() } : {}),
    }));
  };
  const onSubmit = submit(async () => {
    await api.put(`/api/v1/persons/${personId}/entitlements/${item.item}`, {
      status: v.status,
      date: v.date || null,
      note: v.note,
    });
    setSaved(true);
  });
  const label = t(`entitlement.${item.item}`);
  if (!mayWrite) {
    return (
      <tr>
        <th scope="row">{label}</th>
        <td>{t(`entitlementstatus.${item.status}`)}</td>
        <td>{item.date ? i18n.date(item.date) : '—'}</td>
        <td>{item.note || '—'}</td>
        <td />
      </tr>
    );
  }
  const id = `ent-${item.item}`;
  return (
    <tr data-testid={id}>
      <th scope="row">{label}</th>
      <td>
        <select id={`${id}-status`} aria-label={t('entitlement.status_of', { item: label })} value={v.status} onChange={set('status')}>
          {ENTITLEMENT_STATUSES.map((s) => (
            <option value={s}>{t(`entitlementstatus.${s}`)}</option>
          ))}
        </select>
      </td>
      <td>
        <input type="date" aria-label={t('entitlement.date_of', { item: label })} max={todayInVietnam()} value={v.date} onInput={set('date')} />
        {error?.fields?.date && <small class="field-error">{error.fields.date}</small>}
      </td>
      <td>
        <input aria-label={t('entitlement.note_of', { item: label })} maxLength={2000} value={v.note} onInput={set('note')} />
      </td>
      <td>
        <button type="button" class="btn small" disabled={busy} onClick={onSubmit}>
          {t('entitlement.save')}
        </button>
        <span role="status" aria-live="polite">
          {saved && t('entitlement.saved')}
        </span>
        {error && !error.fields?.date && <ErrorNotice error={error} />}
      </td>
    </tr>
  );
}

export function EntitlementsPanel({ api, me, person }) {
  const { t } = useI18n();
  const [state, setState] = useState({ items: null, error: null });
  const load = () =>
    api.get(`/api/v1/persons/${person.id}/entitlements`).then(
      (page) => setState({ items: page.items, error: null }),
      (error) => setState({ items: null, error }),
    );
  useEffect(() => {
    load();
  }, [person.id]);
  const mayWrite = mayDo(me.roles, REFERRAL_WRITE_ROLES);
  return (
    <section class="panel" aria-labelledby="person-entitlements" data-testid="entitlements">
      <h2 id="person-entitlements">{t('entitlement.title')}</h2>
      <p class="muted">{t('entitlement.intro')}</p>
      {state.error && <ErrorNotice error={state.error} />}
      {state.items && (
        <div class="table-wrap">
          <table class="responsive entitlements">
            <TableHead
              labels={[
                t('entitlement.col.item'),
                t('entitlement.col.status'),
                t('entitlement.col.date'),
                t('entitlement.col.note'),
              ]}
              actions={t('entitlement.col.actions')}
            />
            <tbody>
              {state.items.map((item) => (
                <ItemRow key={item.item} api={api} personId={person.id} item={item} mayWrite={mayWrite} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
