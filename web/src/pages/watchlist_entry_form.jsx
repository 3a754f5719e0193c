// Adding or editing one watchlist entry; the fields follow the list's type
// (a person, a phone number, or an online account).
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { ACCOUNT_PLATFORMS, isPersonList } from '../watchlist_vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { useSubmit } from './use_submit.js';
import { FormActions } from './form_actions.jsx';

const EMPTY = {
  full_name: '',
  aliases: '',
  date_of_birth: '',
  citizen_id: '',
  passport_number: '',
  identity_phone: '',
  sex: 'unknown',
  nationality: '',
  phone: '',
  platform: 'facebook',
  handle: '',
  reason: '',
  source_ref: '',
  expires_on: '',
};

function fromEntry(e) {
  if (!e) return EMPTY;
  const id = e.identity ?? {};
  return {
    ...EMPTY,
    full_name: id.full_name ?? '',
    aliases: (id.aliases ?? []).join('; '),
    date_of_birth: id.date_of_birth ?? '',
    citizen_id: id.citizen_id ?? '',
    passport_number: id.passport_number ?? '',
    identity_phone: id.phone ?? '',
    sex: e.sex ?? 'unknown',
    nationality: e.nationality ?? '',
    phone: e.phone ?? '',
    platform: e.platform ?? 'facebook',
    handle: e.handle ?? '',
    reason: e.reason ?? '',
    source_ref: e.source_ref ?? '',
    expires_on: e.expires_on ?? '',
  };
}

export function WatchlistEntryForm({ api, list, entry, onSaved, onCancel }) {
  const { t } = useI18n();
  const [v, setV] = useState(fromEntry(entry));
  const { busy, error, submit } = useSubmit();
  const fields = error?.fields ?? {};
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  const person = isPersonList(list.type);
  const onSubmit = submit(async () => {
    const body = { reason: v.reason, source_ref: v.source_ref, expires_on: v.expires_on };
    if (person) {
      body.identity = {
        full_name: v.full_name,
        aliases: v.aliases.split(';').map((a) => a.trim()).filter(Boolean),
        date_of_birth: v.date_of_birth,
        citizen_id: v.citizen_id,
        passport_number: v.passport_number,
        phone: v.identity_phone,
      };
      body.sex = v.sex;
      body.nationality = v.nationality;
    } else if (list.type === 'flagged_phones') {
      body.phone = v.phone;
    } else {
      body.platform = v.platform;
      body.handle = v.handle;
    }
    if (entry) await api.patch(`/api/v1/watchlist-entries/${entry.id}`, { ...body, version: entry.version });
    else await api.post(`/api/v1/watchlists/${list.id}/entries`, body);
    await onSaved();
  });
  return (
    <form class="subform" onSubmit={onSubmit} aria-labelledby="wle-form-title">
      <h2 id="wle-form-title">{entry ? t('wlentry.edit') : t('wlentry.add')}</h2>
      {error && <ErrorNotice error={error} summary={t('watchlists.check_fields')} />}
      <div class="form-grid">
        {person && (
          <>
            <FormField id="wle-full-name" label={t('wlentry.full_name')} error={fields['identity.full_name']}>
              <input required maxLength={200} value={v.full_name} onInput={set('full_name')} />
            </FormField>
            <FormField id="wle-aliases" label={t('wlentry.aliases')} error={fields['identity.aliases']} hint={t('wlentry.aliases_hint')}>
              <input maxLength={2000} value={v.aliases} onInput={set('aliases')} />
            </FormField>
            <FormField id="wle-dob" label={t('wlentry.date_of_birth')} error={fields['identity.date_of_birth']} hint={t('wlentry.dob_hint')}>
              <input maxLength={10} value={v.date_of_birth} onInput={set('date_of_birth')} />
            </FormField>
            <FormField id="wle-sex" label={t('wlentry.sex')} error={fields.sex}>
              <select value={v.sex} onChange={set('sex')}>
                {['female', 'male', 'unknown'].map((s) => (
                  <option value={s}>{t(`sex.${s}`)}</option>
                ))}
              </select>
            </FormField>
            <FormField id="wle-nationality" label={t('wlentry.nationality')} error={fields.nationality}>
              <input maxLength={2} value={v.nationality} onInput={set('nationality')} />
            </FormField>
            <FormField id="wle-cid" label={t('wlentry.citizen_id')} error={fields['identity.citizen_id']}>
              <input maxLength={12} inputMode="numeric" value={v.citizen_id} onInput={set('citizen_id')} />
            </FormField>
            <FormField id="wle-passport" label={t('wlentry.passport_number')} error={fields['identity.passport_number']}>
              <input maxLength={20} value={v.passport_number} onInput={set('passport_number')} />
            </FormField>
            <FormField id="wle-iphone" label={t('wlentry.phone')} error={fields['identity.phone']}>
              <input maxLength={30} value={v.identity_phone} onInput={set('identity_phone')} />
            </FormField>
          </>
        )}
        {list.type === 'flagged_phones' && (
          <FormField id="wle-phone" label={t('wlentry.phone')} error={fields.phone}>
            <input required maxLength={30} value={v.phone} onInput={set('phone')} />
          </FormField>
        )}
        {list.type === 'flagged_accounts' && (
          <>
            <FormField id="wle-platform" label={t('wlentry.platform')} error={fields.platform}>
              <select value={v.platform} onChange={set('platform')}>
                {ACCOUNT_PLATFORMS.map((p) => (
                  <option value={p}>{t(`platform.${p}`)}</option>
                ))}
              </select>
            </FormField>
            <FormField id="wle-handle" label={t('wlentry.handle')} error={fields.handle}>
              <input required maxLength={300} value={v.handle} onInput={set('handle')} />
            </FormField>
          </>
        )}
        <FormField id="wle-reason" label={t('wlentry.reason')} error={fields.reason}>
          <textarea maxLength={2000} value={v.reason} onInput={set('reason')} />
        </FormField>
        <FormField id="wle-source-ref" label={t('wlentry.source_ref')} error={fields.source_ref}>
          <input maxLength={200} value={v.source_ref} onInput={set('source_ref')} />
        </FormField>
        <FormField id="wle-expires" label={t('wlentry.expires_on')} error={fields.expires_on}>
          <input type="date" value={v.expires_on} onInput={set('expires_on')} />
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
