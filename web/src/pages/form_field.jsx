// A labelled form field with its error: the browser's own checks (required,
// maxLength, min/max) run first; the server's field errors (the API's
// error.fields, keyed by the field's API name such as "route.border_crossing")
// are shown under the field they name and mark it aria-invalid.
import { cloneElement } from 'preact';

export function FormField({ id, label, error, hint, children }) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const control = cloneElement(children, {
    id,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': describedBy,
  });
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {control}
      {hint && (
        <small id={`${id}-hint`} class="muted">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} class="field-error">
          {error}
        </small>
      )}
    </div>
  );
}
