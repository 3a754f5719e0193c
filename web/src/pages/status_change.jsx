// Status change for one case: one button per state in the case's
// `allowed_transitions` (what the workflow lets the caller's roles do next),
// an optional note, and for "merged" the id of the case it merges into.
// POST /api/v1/cases/{id}/transitions; on success or conflict the case reloads.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { ErrorNotice } from './error_notice.jsx';

export function StatusChange({ api, kase, onChanged }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [mergeInto, setMergeInto] = useState('');
  const [busy, setBusy] = useState(false);
  // {key, to}: translated when shown, so a language switch changes it too.
  const [message, setMessage] = useState(null);
  const [error, setError] = useState(null);
  const allowed = kase.allowed_transitions ?? [];

  const move = async (to) => {
    setMessage(null);
    setError(null);
    const body = { to };
    if (note.trim()) body.note = note.trim();
    if (to === 'merged') {
      const target = Number.parseInt(mergeInto, 10);
      if (!(target > 0)) {
        setMessage({ key: 'case.merge_target_needed' });
        return;
      }
      body.merged_into = target;
    }
    setBusy(true);
    try {
      await api.post(`/api/v1/cases/${kase.id}/transitions`, body);
      setNote('');
      setMergeInto('');
      await onChanged();
      setMessage({ key: 'case.moved', to });
    } catch (err) {
      if (err.status === 409) {
        await onChanged();
        setMessage({ key: 'case.conflict' });
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="status-change-title">
      <h2 id="status-change-title">{t('case.status_change')}</h2>
      {allowed.length === 0 ? (
        <p class="muted">{t('case.no_transitions')}</p>
      ) : (
        <form class="status-change" onSubmit={(e) => e.preventDefault()}>
          <div class="field">
            <label for="transition-note">{t('case.status_note')}</label>
            <textarea id="transition-note" rows={3} maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          {allowed.includes('merged') && (
            <div class="field">
              <label for="transition-merge">{t('case.merge_target')}</label>
              <input
                id="transition-merge"
                type="number"
                min="1"
                inputMode="numeric"
                value={mergeInto}
                onInput={(e) => setMergeInto(e.currentTarget.value)}
              />
            </div>
          )}
          <div class="buttons" role="group" aria-label={t('case.status_change')}>
            {allowed.map((to) => (
              <button type="button" class={`btn transition to-${to}`} disabled={busy} onClick={() => move(to)}>
                {t('case.move_to', { status: t(`status.${to}`) })}
              </button>
            ))}
          </div>
        </form>
      )}
      <p class="notice" role="status" aria-live="polite" data-testid="transition-message">
        {busy ? t('case.moving') : message && t(message.key, message.to && { status: t(`status.${message.to}`) })}
      </p>
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
