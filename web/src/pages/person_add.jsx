// Adds a new person to a case in a role (POST /api/v1/cases/{id}/persons):
// name required; date of birth may be partial (YYYY, YYYY-MM, YYYY-MM-DD).
// The identity is sealed by the server; errors come back per field.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { PERSON_ROLES, SEXES } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';

const EMPTY = {
  role: 'victim',
  full_name: '',
  date_of_birth: '',
  sex: 'unknown',
  nationality: 'VN',
  home_province: '',
  citizen_id: '',
  phone: '',
};

// The request body: identity fields nested, empty optional fields left out.
export function personBody(v) {
  const identity = { full_name: v.full_name };
  for (const k of ['date_of_birth', 'citizen_id', 'phone']) if (v[k].trim()) identity[k] = v[k].trim();
  const body = { role: v.role, identity, sex: v.sex };
  if (v.nationality) body.nationality = v.nationality;
  if (v.home_province) body.home_province = v.home_province;
  return body;
}

export function PersonAdd({ api, caseId, reference, onAdded }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState(false);
  const [v, setV] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [added, setAdded] = useState(null);
  // Functional updates: several inputs between two renders all count.
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  const fields = error?.fields ?? {};
  const field = (name) => fields[`identity.${name}`] ?? fields[name];

  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/v1/cases/${caseId}/persons`, personBody(v));
      setAdded(v.role);
      setV({ ...EMPTY, role: v.role });
      await onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <button type="button" class="btn" onClick={() => setOpen(true)}>
        {t('person.add')}
      </button>
    );
  }
  const countries = reference ? [...reference.countries.values()] : [];
  countries.sort((a, b) => i18n.name(a).localeCompare(i18n.name(b), i18n.lang));
  const provinces = (reference?.provinceList ?? []).filter((p) => p.current);
  return (
    <form class="subform" onSubmit={submit} aria-labelledby="person-add-title">
      <h3 id="person-add-title">{t('person.add')}</h3>
      {error && <ErrorNotice error={error} summary={t('person.check_fields')} />}
      <div class="form-grid">
        <FormField id="person-role" label={t('person.col.role')} error={fields.role}>
          <select name="role" required value={v.role} onChange={set('role')}>
            {PERSON_ROLES.map((r) => (
              <option value={r}>{t(`role.${r}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="person-name" label={t('person.col.name')} error={field('full_name')}>
          <input name="full_name" required maxLength={200} autocomplete="off" value={v.full_name} onInput={set('full_name')} />
        </FormField>
        <FormField id="person-dob" label={t('person.col.birth')} error={field('date_of_birth')} hint={t('person.hint.dob')}>
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
        <FormField id="person-sex" label={t('person.col.sex')} error={fields.sex}>
          <select name="sex" value={v.sex} onChange={set('sex')}>
            {SEXES.map((s) => (
              <option value={s}>{t(`sex.${s}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="person-nationality" label={t('person.col.nationality')} error={fields.nationality}>
          <select name="nationality" value={v.nationality} onChange={set('nationality')}>
            <option value="">{t('new.unknown')}</option>
            {countries.map((c) => (
              <option value={c.code}>{i18n.name(c)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="person-home" label={t('person.col.home')} error={fields.home_province}>
          <select name="home_province" value={v.home_province} onChange={set('home_province')}>
            <option value="">{t('new.unknown')}</option>
            {provinces.map((p) => (
              <option value={p.code}>{i18n.name(p)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="person-citizen-id" label={t('person.citizen_id')} error={field('citizen_id')}>
          <input name="citizen_id" maxLength={12} inputMode="numeric" pattern="\d{9}|\d{12}" autocomplete="off" value={v.citizen_id} onInput={set('citizen_id')} />
        </FormField>
        <FormField id="person-phone" label={t('person.phone')} error={field('phone')}>
          <input name="phone" type="tel" maxLength={30} autocomplete="off" value={v.phone} onInput={set('phone')} />
        </FormField>
      </div>
      <div class="form-actions">
        <button class="btn primary" type="submit" disabled={busy}>
          {busy ? t('new.saving') : t('person.save')}
        </button>
        <button class="btn" type="button" onClick={() => setOpen(false)}>
          {t('person.close')}
        </button>
      </div>
      <p class="notice" role="status" aria-live="polite">
        {added && t('person.added', { role: t(`role.${added}`) })}
      </p>
    </form>
  );
}
