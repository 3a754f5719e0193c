// Edits a person (PATCH /api/v1/persons/{id} with the version it was loaded
// at): identity fields, sex, nationality, home province. Only shown when the
// identity is visible to the caller. A concurrent change answers 409: the
// form says so and reloads the person on request.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { IdentityFields, identityError } from './identity_fields.jsx';
import { useSubmit } from './use_submit.js';

const IDENTITY = ['full_name', 'date_of_birth', 'citizen_id', 'passport_number', 'phone', 'address', 'notes'];

function valuesOf(p) {
  const v = { sex: p.sex ?? 'unknown', nationality: p.nationality ?? '', home_province: p.home_province ?? '' };
  for (const k of IDENTITY) v[k] = p.identity?.[k] ?? '';
  return v;
}

// The PATCH body: every identity field as shown (empty clears it), the rest,
// and the version.
export function personPatchBody(v, version) {
  const identity = {};
  for (const k of IDENTITY) identity[k] = v[k].trim();
  const body = { identity, sex: v.sex, home_province: v.home_province, version };
  if (v.nationality) body.nationality = v.nationality;
  return body;
}

export function PersonEdit({ api, person, reference, onSaved, onCancel }) {
  const { t } = useI18n();
  const [v, setV] = useState(() => valuesOf(person));
  // Busy until the saved person reloads in place of the form.
  const { busy, error, submit } = useSubmit({ holdBusy: true });
  const fields = error?.fields ?? {};
  // Functional updates: several inputs between two renders all count.
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };

  const onSubmit = submit(async () => {
    await api.patch(`/api/v1/persons/${person.id}`, personPatchBody(v, person.version));
    await onSaved();
  });

  return (
    <form class="panel case-form" onSubmit={onSubmit} aria-labelledby="person-edit-title">
      <h2 id="person-edit-title">{t('personedit.title')}</h2>
      {error?.status === 409 ? (
        <div class="error" role="alert">
          <p>{t('personedit.conflict')}</p>
          <button type="button" class="btn" onClick={onSaved}>
            {t('edit.reload')}
          </button>
        </div>
      ) : (
        error && <ErrorNotice error={error} summary={t('edit.check_fields')} />
      )}
      <div class="form-grid">
        <IdentityFields
          ids={{
            full_name: 'pe-full_name',
            date_of_birth: 'pe-date_of_birth',
            sex: 'pe-sex',
            nationality: 'pe-nationality',
            home_province: 'pe-home',
            citizen_id: 'pe-citizen_id',
            passport_number: 'pe-passport_number',
            phone: 'pe-phone',
          }}
          v={v}
          set={set}
          fields={fields}
          reference={reference}
        />
      </div>
      <FormField id="pe-address" label={t('personview.address')} error={identityError(fields, 'address')}>
        <input name="address" autocomplete="off" value={v.address} onInput={set('address')} maxLength={500} />
      </FormField>
      <FormField id="pe-notes" label={t('personview.notes')} error={identityError(fields, 'notes')}>
        <textarea name="notes" rows={3} maxLength={5000} value={v.notes} onInput={set('notes')} />
      </FormField>
      <div class="form-actions">
        <button class="btn primary" type="submit" disabled={busy}>
          {busy ? t('new.saving') : t('edit.submit')}
        </button>
        <button class="btn" type="button" onClick={onCancel}>
          {t('new.cancel')}
        </button>
      </div>
    </form>
  );
}
