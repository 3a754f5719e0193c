// A form's Save button (disabled while `busy`), a Cancel button when
// `onCancel` is given, and, when `status` is given (even empty), the polite
// status line that announces what the save did.
export function FormActions({ busy, saveLabel, cancelLabel, onCancel, status }) {
  return (
    <>
      <div class="form-actions">
        <button class="btn primary" type="submit" disabled={busy}>
          {saveLabel}
        </button>
        {onCancel && (
          <button class="btn" type="button" onClick={onCancel}>
            {cancelLabel}
          </button>
        )}
      </div>
      {status !== undefined && (
        <p class="notice" role="status" aria-live="polite">
          {status}
        </p>
      )}
    </>
  );
}
