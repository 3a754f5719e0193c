// The directory of support organizations (GET /api/v1/support-organizations):
// filters by type, province, service and name; managers (victim support,
// admins) add and edit organizations, or mark them inactive so that no new
// referral goes to them.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { mayDo } from '../vocab.js';
import { ORG_TYPES, SUPPORT_DIRECTORY_MANAGE_ROLES, SUPPORT_SERVICES } from '../referral_vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { useSubmit } from './use_submit.js';
import { useTitle } from './title.js';
import { TableHead } from './table_head.jsx';

const EMPTY = {
  type: 'social_protection_centre',
  name: '',
  name_en: '',
  provinces: [],
  address: '',
  phone: '',
  email: '',
  contact_person: '',
  services: [],
  active: true,
  notes: '',
};

function OrgForm({ api, reference, org, onSaved, onCancel }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [v, setV] = useState(org ? { ...EMPTY, ...org } : EMPTY);
  const { busy, error, submit } = useSubmit();
  const fields = error?.fields ?? {};
  const set = (name) => (e) => {
    const value = e.currentTarget.type === 'checkbox' ? e.currentTarget.checked : e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  const toggle = (name, value) => (e) => {
    const on = e.currentTarget.checked;
    setV((old) => ({ ...old, [name]: on ? [...old[name], value] : old[name].filter((x) => x !== value) }));
  };
  const setProvinces = (e) => {
    const chosen = [...e.currentTarget.selectedOptions].map((o) => o.value);
    setV((old) => ({ ...old, provinces: chosen }));
  };
  const onSubmit = submit(async () => {
    const body = {
      type: v.type,
      name: v.name,
      name_en: v.name_en,
      provinces: v.provinces,
      address: v.address,
      phone: v.phone,
      email: v.email,
      contact_person: v.contact_person,
      services: v.services,
      active: v.active,
      notes: v.notes,
    };
    if (org) await api.patch(`/api/v1/support-organizations/${org.id}`, { ...body, version: org.version });
    else await api.post('/api/v1/support-organizations', body);
    await onSaved();
  });
  const current = (reference?.provinceList ?? []).filter((p) => p.current);
  const title = org ? t('orgs.edit_title', { name: org.name }) : t('orgs.add');
  return (
    <form class="subform" onSubmit={onSubmit} aria-labelledby="org-form-title">
      <h2 id="org-form-title">{title}</h2>
      {error && <ErrorNotice error={error} summary={t('orgs.check_fields')} />}
      <div class="form-grid">
        <FormField id="org-type" label={t('orgs.type')} error={fields.type}>
          <select name="type" required value={v.type} onChange={set('type')}>
            {ORG_TYPES.map((x) => (
              <option value={x}>{t(`orgtype.${x}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="org-name" label={t('orgs.name')} error={fields.name}>
          <input name="name" required maxLength={200} value={v.name} onInput={set('name')} />
        </FormField>
        <FormField id="org-name-en" label={t('orgs.name_en')} error={fields.name_en}>
          <input name="name_en" maxLength={200} value={v.name_en} onInput={set('name_en')} />
        </FormField>
        <FormField id="org-provinces" label={t('orgs.provinces')} error={fields.provinces} hint={t('orgs.provinces_hint')}>
          <select name="provinces" multiple size={6} onChange={setProvinces}>
            {current.map((p) => (
              <option value={p.code} selected={v.provinces.includes(p.code)}>
                {i18n.name(p)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="org-address" label={t('orgs.address')} error={fields.address}>
          <input name="address" maxLength={500} value={v.address} onInput={set('address')} />
        </FormField>
        <FormField id="org-phone" label={t('orgs.phone')} error={fields.phone}>
          <input name="phone" type="tel" maxLength={30} value={v.phone} onInput={set('phone')} />
        </FormField>
        <FormField id="org-email" label={t('orgs.email')} error={fields.email}>
          <input name="email" type="email" maxLength={200} value={v.email} onInput={set('email')} />
        </FormField>
        <FormField id="org-contact" label={t('orgs.contact_person')} error={fields.contact_person}>
          <input name="contact_person" maxLength={200} value={v.contact_person} onInput={set('contact_person')} />
        </FormField>
      </div>
      <fieldset class={fields.services ? 'field has-error' : 'field'}>
        <legend>{t('orgs.services')}</legend>
        <div class="checks">
        {SUPPORT_SERVICES.map((s) => (
          <label class="check" key={s}>
            <input type="checkbox" name="services" value={s} checked={v.services.includes(s)} onChange={toggle('services', s)} />{' '}
            {t(`service.${s}`)}
          </label>
        ))}
        </div>
        {fields.services && <small class="field-error">{fields.services}</small>}
      </fieldset>
      <div class="field">
        <label class="check">
          <input type="checkbox" name="active" checked={v.active} onChange={set('active')} /> {t('orgs.active')}
        </label>
      </div>
      <FormField id="org-notes" label={t('orgs.notes')} error={fields.notes}>
        <textarea name="notes" rows={2} maxLength={5000} value={v.notes} onInput={set('notes')} />
      </FormField>
      <div class="form-actions">
        <button class="btn primary" type="submit" disabled={busy}>
          {busy ? t('new.saving') : t('orgs.save')}
        </button>
        <button class="btn" type="button" onClick={onCancel}>
          {t('person.close')}
        </button>
      </div>
    </form>
  );
}

export function SupportOrgs({ api, me, reference }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('orgs.title'));
  const [filters, setFilters] = useState({ type: '', province: '', service: '', q: '' });
  const [state, setState] = useState({ items: null, error: null });
  const [editing, setEditing] = useState(null); // null, 'new' or an organization
  const mayManage = mayDo(me.roles, SUPPORT_DIRECTORY_MANAGE_ROLES);
  const load = () =>
    api.get('/api/v1/support-organizations', filters).then(
      (page) => setState({ items: page.items, error: null }),
      (error) => setState({ items: null, error }),
    );
  useEffect(() => {
    load();
  }, [filters.type, filters.province, filters.service, filters.q]);
  const setFilter = (name) => (e) => {
    const value = e.currentTarget.value;
    setFilters((old) => ({ ...old, [name]: value }));
  };
  const saved = async () => {
    setEditing(null);
    await load();
  };
  const current = (reference?.provinceList ?? []).filter((p) => p.current);
  const provinceName = (code) => i18n.name(reference?.provinces.get(code)) || code;
  return (
    <section aria-labelledby="orgs-title">
      <h1 id="orgs-title">{t('orgs.title')}</h1>
      <p class="muted">{t('orgs.intro')}</p>
      <form class="filters" role="search" aria-label={t('orgs.filters')} onSubmit={(e) => e.preventDefault()}>
        <div class="form-grid">
          <FormField id="orgs-f-type" label={t('orgs.type')}>
            <select value={filters.type} onChange={setFilter('type')}>
              <option value="">{t('orgs.any')}</option>
              {ORG_TYPES.map((x) => (
                <option value={x}>{t(`orgtype.${x}`)}</option>
              ))}
            </select>
          </FormField>
          <FormField id="orgs-f-province" label={t('orgs.province')}>
            <select value={filters.province} onChange={setFilter('province')}>
              <option value="">{t('orgs.any')}</option>
              {current.map((p) => (
                <option value={p.code}>{i18n.name(p)}</option>
              ))}
            </select>
          </FormField>
          <FormField id="orgs-f-service" label={t('orgs.service')}>
            <select value={filters.service} onChange={setFilter('service')}>
              <option value="">{t('orgs.any')}</option>
              {SUPPORT_SERVICES.map((s) => (
                <option value={s}>{t(`service.${s}`)}</option>
              ))}
            </select>
          </FormField>
          <FormField id="orgs-f-q" label={t('orgs.search')}>
            <input type="search" maxLength={200} value={filters.q} onInput={setFilter('q')} />
          </FormField>
        </div>
      </form>
      {mayManage && editing === null && (
        <p>
          <button type="button" class="btn primary" onClick={() => setEditing('new')}>
            {t('orgs.add')}
          </button>
        </p>
      )}
      {editing !== null && (
        <OrgForm
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          api={api}
          reference={reference}
          org={editing === 'new' ? null : editing}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
      )}
      {state.error && <ErrorNotice error={state.error} />}
      {!state.items && !state.error && <p class="loading" role="status">{t('app.loading')}</p>}
      {state.items && state.items.length === 0 && <p class="empty">{t('orgs.none')}</p>}
      {state.items && state.items.length > 0 && (
        <div class="table-wrap">
          <table class="responsive orgs" data-testid="orgs">
            <TableHead
              labels={[
                t('orgs.name'),
                t('orgs.type'),
                t('orgs.provinces'),
                t('orgs.services'),
                t('orgs.contact'),
              ]}
              actions={mayManage && t('orgs.actions')}
            />
            <tbody>
              {state.items.map((o) => (
                <tr key={o.id} class={o.active ? '' : 'inactive'}>
                  <td data-label={t('orgs.name')}>
                    <strong>{o.name}</strong>
                    {o.name_en && <span class="muted"> · {o.name_en}</span>}
                    {!o.active && <span class="badge"> {t('orgs.inactive')}</span>}
                  </td>
                  <td data-label={t('orgs.type')}>{t(`orgtype.${o.type}`)}</td>
                  <td data-label={t('orgs.provinces')}>{o.provinces.map(provinceName).join(', ')}</td>
                  <td data-label={t('orgs.services')}>{o.services.map((s) => t(`service.${s}`)).join(', ') || '—'}</td>
                  <td data-label={t('orgs.contact')}>
                    {[o.contact_person, o.phone, o.email, o.address].filter(Boolean).join(' · ') || '—'}
                  </td>
                  {mayManage && (
                    <td data-label={t('orgs.actions')}>
                      <button type="button" class="btn small" onClick={() => setEditing(o)}>
                        {t('edit.button')}
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
