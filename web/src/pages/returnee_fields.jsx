// One returnee of a reception form: the identity fields (identity_fields.jsx)
// and the immediate needs with a note. `index` numbers the block; `fields`
// are this person's field errors with their "persons[i]." prefix removed.
import { useI18n } from '../i18n/index.js';
import { IMMEDIATE_NEEDS } from '../victim_vocab.js';
import { FormField } from './form_field.jsx';
import { IdentityFields } from './identity_fields.jsx';

export const EMPTY_RETURNEE = {
  full_name: '',
  date_of_birth: '',
  sex: 'unknown',
  nationality: 'VN',
  home_province: '',
  citizen_id: '',
  passport_number: '',
  phone: '',
  needs: [],
  needs_note: '',
};

const IDENTITY = ['full_name', 'date_of_birth', 'sex', 'nationality', 'home_province', 'citizen_id', 'passport_number', 'phone'];

export function ReturneeFields({ index, v, onChange, onRemove, fields, reference }) {
  const { t } = useI18n();
  const prefix = `rcp-p${index}`;
  const ids = Object.fromEntries(IDENTITY.map((name) => [name, `${prefix}-${name}`]));
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    onChange((old) => ({ ...old, [name]: value }));
  };
  const toggle = (need) => (e) => {
    const on = e.currentTarget.checked;
    onChange((old) => ({ ...old, needs: on ? [...old.needs, need] : old.needs.filter((n) => n !== need) }));
  };
  const n = index + 1;
  return (
    <fieldset class="returnee" data-testid={`returnee-${n}`}>
      <legend>{t('reception.person_n', { n })}</legend>
      <div class="form-grid">
        <IdentityFields ids={ids} v={v} set={set} fields={fields} reference={reference} />
      </div>
      <fieldset class="needs">
        <legend>{t('reception.needs')}</legend>
        <div class="checks">
          {IMMEDIATE_NEEDS.map((need) => (
            <label class="check" key={need}>
              <input type="checkbox" name={`needs-${n}`} value={need} checked={v.needs.includes(need)} onChange={toggle(need)} />{' '}
              {t(`need.${need}`)}
            </label>
          ))}
        </div>
        {fields.needs && <small class="field-error">{fields.needs}</small>}
      </fieldset>
      <FormField id={`${prefix}-needs_note`} label={t('reception.needs_note')} error={fields.needs_note}>
        <input name="needs_note" maxLength={2000} value={v.needs_note} onInput={set('needs_note')} />
      </FormField>
      {onRemove && (
        <p>
          <button type="button" class="btn small danger" onClick={onRemove}>
            {t('reception.remove_person', { n })}
          </button>
        </p>
      )}
    </fieldset>
  );
}

// The API's person object from a block's values (empty optional fields left out).
export function returneeBody(v) {
  const identity = { full_name: v.full_name };
  for (const k of ['date_of_birth', 'citizen_id', 'passport_number', 'phone']) if (v[k].trim()) identity[k] = v[k].trim();
  const body = { identity, sex: v.sex, needs: v.needs };
  if (v.nationality) body.nationality = v.nationality;
  if (v.home_province) body.home_province = v.home_province;
  if (v.needs_note.trim()) body.needs_note = v.needs_note.trim();
  return body;
}
