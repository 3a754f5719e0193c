// A form's Save and Cancel buttons (Save disabled while `busy`).
export function FormActions({ busy, saveLabel, cancelLabel, onCancel }) {
  return (
    <div class="form-actions">
      <button class="btn primary" type="submit" disabled={busy}>
        {saveLabel}
      </button>
      <button class="btn" type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
