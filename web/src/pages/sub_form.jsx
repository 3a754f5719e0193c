// The shell of a form that opens beneath a section of the case page: a button
// until opened; then the heading, the page's error notice and fields
// (children), Save and Close, and a polite status line saying what was saved.
// The page keeps its own state, so closing and reopening keeps what was typed.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';

export function SubForm({
  id,
  title,
  openerInParagraph = false,
  notice,
  busy,
  saveLabel,
  busyLabel,
  status,
  onSubmit,
  formRef,
  children,
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!open) {
    const opener = (
      <button type="button" class="btn" onClick={() => setOpen(true)}>
        {title}
      </button>
    );
    return openerInParagraph ? <p>{opener}</p> : opener;
  }
  return (
    <form class="subform" ref={formRef} onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {notice}
      {children}
      <div class="form-actions">
        <button class="btn primary" type="submit" disabled={busy}>
          {busy ? (busyLabel ?? t('new.saving')) : saveLabel}
        </button>
        <button class="btn" type="button" onClick={() => setOpen(false)}>
          {t('person.close')}
        </button>
      </div>
      <p class="notice" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
