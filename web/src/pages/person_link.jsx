// Links a person already in Frontline to this case in a role
// (POST /api/v1/cases/{id}/persons {person_id, role}), e.g. a suspect who
// appears in several cases. The person's id is shown on their page.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { PERSON_ROLES } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { useSubmit } from './use_submit.js';

export function PersonLink({ api, caseId, onLinked }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
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

  if (!open) {
    return (
      <button type="button" class="btn" onClick={() => setOpen(true)}>
        {t('person.link')}
      </button>
    );
  }
  return (
    <form class="subform" onSubmit={onSubmit} aria-labelledby="person-link-title">
      <h3 id="person-link-title">{t('person.link')}</h3>
      {error && <ErrorNotice error={error} notFoundText={t('personview.not_found')} summary={t('person.check_fields')} />}
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
      <div class="form-actions">
        <button class="btn primary" type="submit" disabled={busy}>
          {busy ? t('new.saving') : t('person.link_save')}
        </button>
        <button class="btn" type="button" onClick={() => setOpen(false)}>
          {t('person.close')}
        </button>
      </div>
      <p class="notice" role="status" aria-live="polite">
        {linked && t('person.linked', { id: linked.id, role: t(`role.${linked.role}`) })}
      </p>
    </form>
  );
}
