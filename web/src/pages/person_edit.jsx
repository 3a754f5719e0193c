// Edits a person (PATCH /api/v1/persons/{id} with the version it was loaded
// at): identity fields, sex, nationality, home province. Only shown when the
// identity is visible to the caller. A concurrent change answers 409: the
// form says so and reloads the person on request.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { SEXES } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';

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
  const i18n = useI18n();
  const { t } = i18n;
  const [v, setV] = useState(() => valuesOf(person));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const fields = error?.fields ?? {};
  const field = (name) => fields[`identity.${name}`] ?? fields[name];
  // Functional updates: several inputs between two renders all count.
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };

  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.patch(`/api/v1/persons/${person.id}`, personPatchBody(v, person.version));
      await onSaved();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const countries = reference ? [...reference.countries.values()] : [];
  countries.sort((a, b) => i18n.name(a).localeCompare(i18n.name(b), i18n.lang));
  const provinces = (reference?.provinceList ?? []).filter((p) => p.current || p.code === v.home_province);
  const text = (name, label, props = {}) => (
    <FormField id={`pe-${name}`} label={label} error={field(name)}>
      <input name={name} autocomplete="off" value={v[name]} onInput={set(name)} {...props} />
    </FormField>
  );
  return (
    <form class="panel case-form" onSubmit={submit} aria-labelledby="person-edit-title">
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
        {text('full_name', t('person.col.name'), { required: true, maxLength: 200 })}
        <FormField id="pe-date_of_birth" label={t('person.col.birth')} error={field('date_of_birth')} hint={t('person.hint.dob')}>
          <input
            name="date_of_birth"
            maxLength={10}
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            inputMode="numeric"
            autocomplete="off"
            value={v.date_of_birth}
            onInput={set('date_of_birth')}
          />
        </FormField>
        <FormField id="pe-sex" label={t('person.col.sex')} error={fields.sex}>
          <select name="sex" value={v.sex} onChange={set('sex')}>
            {SEXES.map((s) => (
              <option value={s}>{t(`sex.${s}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="pe-nationality" label={t('person.col.nationality')} error={fields.nationality}>
          <select name="nationality" value={v.nationality} onChange={set('nationality')}>
            <option value="">{t('new.unknown')}</option>
            {countries.map((c) => (
              <option value={c.code}>{i18n.name(c)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="pe-home" label={t('person.col.home')} error={fields.home_province}>
          <select name="home_province" value={v.home_province} onChange={set('home_province')}>
            <option value="">{t('new.unknown')}</option>
            {provinces.map((p) => (
              <option value={p.code}>{i18n.name(p)}</option>
            ))}
          </select>
        </FormField>
        {text('citizen_id', t('person.citizen_id'), { maxLength: 12, inputMode: 'numeric', pattern: '\\d{9}|\\d{12}' })}
        {text('passport_number', t('personview.passport'), { maxLength: 20 })}
        {text('phone', t('person.phone'), { type: 'tel', maxLength: 30 })}
      </div>
      {text('address', t('personview.address'), { maxLength: 500 })}
      <FormField id="pe-notes" label={t('personview.notes')} error={field('notes')}>
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
