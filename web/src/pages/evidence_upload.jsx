// Uploads an evidence file to a case (multipart POST /api/v1/cases/{id}/evidence,
// with the session's X-CSRF-Token). The server seals the file and limits its
// size (413); errors come back per field.
import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { EVIDENCE_KINDS } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { todayInVietnam } from './case_form.jsx';
import { useSubmit } from './use_submit.js';
import { SubForm } from './sub_form.jsx';

export function EvidenceUpload({ api, caseId, onAdded }) {
  const { t } = useI18n();
  const { busy, error, submit } = useSubmit();
  const [added, setAdded] = useState('');
  const formRef = useRef(null);
  const fields = error?.fields ?? {};

  const onSubmit = submit(async () => {
    const form = new FormData(formRef.current);
    for (const [k, val] of [...form.entries()]) if (val === '') form.delete(k);
    const item = await api.postForm(`/api/v1/cases/${caseId}/evidence`, form);
    formRef.current.reset();
    setAdded(item.file_name);
    await onAdded();
  });

  return (
    <SubForm
      id="evidence-add"
      title={t('evidence.add')}
      openerInParagraph
      notice={
        error && (
          <ErrorNotice error={error.status === 413 ? { ...error, message: t('evidence.too_large') } : error} summary={t('evidence.check_fields')} />
        )
      }
      busy={busy}
      saveLabel={t('evidence.upload')}
      busyLabel={t('evidence.uploading')}
      status={added && t('evidence.added', { file: added })}
      onSubmit={onSubmit}
      formRef={formRef}
    >
      <div class="form-grid">
        <FormField id="evidence-file" label={t('evidence.file')} error={fields.file}>
          <input name="file" type="file" required />
        </FormField>
        <FormField id="evidence-title" label={t('evidence.col.title')} error={fields.title}>
          <input name="title" maxLength={200} />
        </FormField>
        <FormField id="evidence-kind" label={t('evidence.col.kind')} error={fields.kind}>
          <select name="kind">
            {EVIDENCE_KINDS.map((k) => (
              <option value={k}>{t(`evidencekind.${k}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="evidence-collected" label={t('evidence.col.collected')} error={fields.collected_on}>
          <input name="collected_on" type="date" min="1990-01-01" max={todayInVietnam()} />
        </FormField>
        <FormField id="evidence-description" label={t('evidence.description')} error={fields.description}>
          <textarea name="description" rows={2} maxLength={2000} />
        </FormField>
      </div>
    </SubForm>
  );
}
