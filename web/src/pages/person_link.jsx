// Links a person already in Frontline to this case in a role
// (POST /api/v1/cases/{id}/persons {person_id, role}), e.g. a suspect who
// appears in several cases. The person's id is shown on their page.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { PERSON_ROLES } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { useSubmit } from './use_submit.js';
import { SubForm } from './sub_form.jsx';

export function PersonLink({ api, caseId, onLinked }) {
  const { t } = useI18n();
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState('suspect');
  const { busy, error, submit } = useSubmit();
  const [linked, setLinked] = useState(null);

  const onSubmit = submit(async () => {
    setLinked(null);
    await api.post(`/api/v1/cases/${caseId}/persons`, { person_id: Number(personId), role });
    setLinked({ id: personId, role });
    setPersonId('');
    await onLinked();
  });

  return (
    <SubForm
      id="person-link"
      title={t('person.link')}
      notice={error && <ErrorNotice error={error} notFoundText={t('personview.not_found')} summary={t('person.check_fields')} />}
      busy={busy}
      saveLabel={t('person.link_save')}
      status={linked && t('person.linked', { id: linked.id, role: t(`role.${linked.role}`) })}
      onSubmit={onSubmit}
    >
      <div class="form-grid">
        <FormField id="link-person-id" label={t('person.link_id')} error={error?.fields?.person_id} hint={t('person.hint.link_id')}>
          <input name="person_id" type="number" min="1" required inputMode="numeric" value={personId} onInput={(e) => setPersonId(e.currentTarget.value)} />
        </FormField>
        <FormField id="link-role" label={t('person.col.role')} error={error?.fields?.role}>
          <select name="role" value={role} onChange={(e) => setRole(e.currentTarget.value)}>
            {PERSON_ROLES.map((r) => (
              <option value={r}>{t(`role.${r}`)}</option>
            ))}
          </select>
        </FormField>
      </div>
    </SubForm>
  );
}
