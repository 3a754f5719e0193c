// The identity fields of a person form (add and edit): name, date of birth,
// sex, nationality, home province, citizen id, passport number (when `ids`
// names one) and phone, as a fragment for the caller's form grid. `ids` gives
// each field's element id; `fields` are the API's field errors, identity ones
// keyed "identity.<name>".
import { useI18n } from '../i18n/index.js';
import { SEXES } from '../vocab.js';
import { FormField } from './form_field.jsx';

export function identityError(fields, name) {
  return fields[`identity.${name}`] ?? fields[name];
}

export function IdentityFields({ ids, v, set, fields, reference }) {
  const i18n = useI18n();
  const { t } = i18n;
  const field = (name) => identityError(fields, name);
  const countries = reference ? [...reference.countries.values()] : [];
  countries.sort((a, b) => i18n.name(a).localeCompare(i18n.name(b), i18n.lang));
  // Current provinces; an edited person keeps a former one they already have.
  const provinces = (reference?.provinceList ?? []).filter((p) => p.current || p.code === v.home_province);
  const text = (name, label, props = {}) => (
    <FormField id={ids[name]} label={label} error={field(name)}>
      <input name={name} autocomplete="off" value={v[name]} onInput={set(name)} {...props} />
    </FormField>
  );
  return (
    <>
      {text('full_name', t('person.col.name'), { required: true, maxLength: 200 })}
      <FormField id={ids.date_of_birth} label={t('person.col.birth')} error={field('date_of_birth')} hint={t('person.hint.dob')}>
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
      <FormField id={ids.sex} label={t('person.col.sex')} error={fields.sex}>
        <select name="sex" value={v.sex} onChange={set('sex')}>
          {SEXES.map((s) => (
            <option value={s}>{t(`sex.${s}`)}</option>
          ))}
        </select>
      </FormField>
      <FormField id={ids.nationality} label={t('person.col.nationality')} error={fields.nationality}>
        <select name="nationality" value={v.nationality} onChange={set('nationality')}>
          <option value="">{t('new.unknown')}</option>
          {countries.map((c) => (
            <option value={c.code}>{i18n.name(c)}</option>
          ))}
        </select>
      </FormField>
      <FormField id={ids.home_province} label={t('person.col.home')} error={fields.home_province}>
        <select name="home_province" value={v.home_province} onChange={set('home_province')}>
          <option value="">{t('new.unknown')}</option>
          {provinces.map((p) => (
            <option value={p.code}>{i18n.name(p)}</option>
          ))}
        </select>
      </FormField>
      {text('citizen_id', t('person.citizen_id'), { maxLength: 12, inputMode: 'numeric', pattern: '\\d{9}|\\d{12}' })}
      {ids.passport_number && text('passport_number', t('personview.passport'), { maxLength: 20 })}
      {text('phone', t('person.phone'), { type: 'tel', maxLength: 30 })}
    </>
  );
}
