// Adds a new person to a case in a role (POST /api/v1/cases/{id}/persons):
// name required; date of birth may be partial (YYYY, YYYY-MM, YYYY-MM-DD).
// The identity is sealed by the server; errors come back per field.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { PERSON_ROLES } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { IdentityFields } from './identity_fields.jsx';
import { useSubmit } from './use_submit.js';
import { SubForm } from './sub_form.jsx';

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
  const { t } = useI18n();
  const [v, setV] = useState(EMPTY);
  const { busy, error, submit } = useSubmit();
  const [added, setAdded] = useState(null);
  // Functional updates: several inputs between two renders all count.
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  const fields = error?.fields ?? {};

  const onSubmit = submit(async () => {
    await api.post(`/api/v1/cases/${caseId}/persons`, personBody(v));
    setAdded(v.role);
    setV({ ...EMPTY, role: v.role });
    await onAdded();
  });

  return (
    <SubForm
      id="person-add"
      title={t('person.add')}
      notice={error && <ErrorNotice error={error} summary={t('person.check_fields')} />}
      busy={busy}
      saveLabel={t('person.save')}
      status={added && t('person.added', { role: t(`role.${added}`) })}
      onSubmit={onSubmit}
    >
      <div class="form-grid">
        <FormField id="person-role" label={t('person.col.role')} error={fields.role}>
          <select name="role" required value={v.role} onChange={set('role')}>
            {PERSON_ROLES.map((r) => (
              <option value={r}>{t(`role.${r}`)}</option>
            ))}
          </select>
        </FormField>
        <IdentityFields
          ids={{
            full_name: 'person-name',
            date_of_birth: 'person-dob',
            sex: 'person-sex',
            nationality: 'person-nationality',
            home_province: 'person-home',
            citizen_id: 'person-citizen-id',
            phone: 'person-phone',
          }}
          v={v}
          set={set}
          fields={fields}
          reference={reference}
        />
      </div>
    </SubForm>
  );
}
