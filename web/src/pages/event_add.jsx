// Adds an event to a case's timeline (POST /api/v1/cases/{id}/events). The
// time is entered in Vietnam time (the field says so) and sent as UTC; empty
// means now. Status changes are not offered: transitions record them.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { EVENT_KINDS } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { useSubmit } from './use_submit.js';
import { SubForm } from './sub_form.jsx';

// "YYYY-MM-DDTHH:MM" read as Asia/Ho_Chi_Minh (UTC+7, no daylight saving)
// → ISO 8601 UTC; '' for an empty or unreadable value.
export function vietnamLocalToUtc(value) {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value ?? '')) return '';
  const d = new Date(`${value}:00+07:00`);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().replace('.000Z', 'Z');
}

// Now in Vietnam as "YYYY-MM-DDTHH:MM", the upper bound of the field.
function nowInVietnam() {
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 16);
}

const EMPTY = { kind: 'note', occurred_at: '', description: '', location: '' };

export function EventAdd({ api, caseId, onAdded }) {
  const { t } = useI18n();
  const [v, setV] = useState(EMPTY);
  const { busy, error, submit } = useSubmit();
  const [added, setAdded] = useState(false);
  const fields = error?.fields ?? {};
  // Functional updates: several inputs between two renders all count.
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };

  const onSubmit = submit(async () => {
    const body = { kind: v.kind, description: v.description };
    const at = vietnamLocalToUtc(v.occurred_at);
    if (at) body.occurred_at = at;
    if (v.location.trim()) body.location = v.location.trim();
    setAdded(false);
    await api.post(`/api/v1/cases/${caseId}/events`, body);
    setV(EMPTY);
    setAdded(true);
    await onAdded();
  });

  return (
    <SubForm
      id="event-add"
      title={t('event.add')}
      openerInParagraph
      notice={error && <ErrorNotice error={error} summary={t('event.check_fields')} />}
      busy={busy}
      saveLabel={t('event.save')}
      status={added && t('event.added')}
      onSubmit={onSubmit}
    >
      <div class="form-grid">
        <FormField id="event-kind" label={t('event.kind')} error={fields.kind}>
          <select name="kind" required value={v.kind} onChange={set('kind')}>
            {EVENT_KINDS.map((k) => (
              <option value={k}>{t(`eventkind.${k}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="event-at" label={t('event.when')} error={fields.occurred_at} hint={t('event.hint.when')}>
          <input name="occurred_at" type="datetime-local" max={nowInVietnam()} value={v.occurred_at} onInput={set('occurred_at')} />
        </FormField>
        <FormField id="event-location" label={t('event.location')} error={fields.location}>
          <input name="location" maxLength={200} value={v.location} onInput={set('location')} />
        </FormField>
      </div>
      <FormField id="event-description" label={t('event.description')} error={fields.description}>
        <textarea name="description" required rows={3} maxLength={5000} value={v.description} onInput={set('description')} />
      </FormField>
    </SubForm>
  );
}
