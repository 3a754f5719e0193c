// Completing a course (POST …/courses/{id}/complete, after a confirmation):
// every enrolled participant becomes completed or not completed with the
// reasons; the completed ones get a certificate (code, PDF, public
// verification page).
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { TRAINING_MANAGE_ROLES } from '../training_vocab.js';
import { mayDo } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { TableHead } from './table_head.jsx';
import { TrBadge } from './training_bits.jsx';
import { officerIdOf, officerOf } from './training_participants.jsx';

// A reason as words: a known code's label, else the server's text.
function reasonText(t, r) {
  const code = typeof r === 'object' ? r.code : r;
  const label = t(`tr.reason.${code}`);
  if (label !== `tr.reason.${code}`) return label;
  return typeof r === 'object' ? r.message ?? r.text ?? code : r;
}

export function Completion({ api, me, course, people, onCompleted }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [outcome, setOutcome] = useState(null);
  const mayManage = mayDo(me.roles, TRAINING_MANAGE_ROLES);
  const complete = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.post(`/api/v1/training/courses/${course.id}/complete`, {});
      setOutcome(r.items ?? r.participants ?? []);
      setConfirming(false);
      onCompleted();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const rows = outcome ?? people.filter((p) => p.status === 'completed' || p.status === 'not_completed');
  const cols = ['tr.officer.full_name', 'tr.part.status', 'tr.complete.reasons', 'tr.part.certificate'].map((k) => t(k));
  return (
    <section class="panel" aria-labelledby="complete-title" data-testid="completion">
      <h2 id="complete-title">{t('tr.complete.title')}</h2>
      <p class="muted">{t('tr.complete.rule', { pct: course.min_attendance_pct, mark: course.pass_mark })}</p>
      {error && <ErrorNotice error={error} />}
      {mayManage && course.status !== 'completed' && course.status !== 'cancelled' && !confirming && (
        <p>
          <button type="button" class="btn primary" onClick={() => setConfirming(true)}>
            {t('tr.complete.button')}
          </button>
        </p>
      )}
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="complete-confirm">
          <p id="complete-confirm">{t('tr.complete.confirm')}</p>
          <div class="form-actions">
            <button type="button" class="btn primary" disabled={busy} onClick={complete}>
              {t('tr.complete.yes')}
            </button>
            <button type="button" class="btn" onClick={() => setConfirming(false)}>
              {t('tr.cancel')}
            </button>
          </div>
        </div>
      )}
      {rows.length > 0 && (
        <div class="table-wrap">
          <table class="responsive" data-testid="outcomes">
            <TableHead labels={cols} />
            <tbody>
              {rows.map((p) => {
                const code = p.certificate_code ?? p.certificate?.code;
                return (
                  <tr key={officerIdOf(p)}>
                    <td data-label={cols[0]}>{officerOf(p).full_name}</td>
                    <td data-label={cols[1]}>
                      <TrBadge prefix="tpstatus" value={p.status} />
                    </td>
                    <td data-label={cols[2]}>{(p.reasons ?? []).map((r) => reasonText(t, r)).join('; ') || '—'}</td>
                    <td data-label={cols[3]}>
                      {code ? (
                        <span class="cert">
                          <code data-testid="certificate-code">{code}</code>{' '}
                          <a href={`/api/v1/certificates/${encodeURIComponent(code)}/pdf`} target="_blank" rel="noopener">
                            {t('tr.cert.pdf')}
                          </a>{' '}
                          · <Link href={`/verify/${encodeURIComponent(code)}`}>{t('tr.cert.verify')}</Link>
                        </span>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
