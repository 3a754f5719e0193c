// Public certificate verification (/verify and /verify/{code}; no sign-in):
// GET /api/v1/certificates/{code} says whether the code belongs to a valid
// certificate, whose, for which course and when; a revoked one says so; an
// unknown code is said plainly. A small form checks another code.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { navigate } from '../router.js';
import { ErrorNotice } from './error_notice.jsx';
import { FieldList } from './field_list.jsx';
import { useTitle } from './title.js';
import { courseTitle } from './training_bits.jsx';
import { tidyCode } from '../training_util.js';

export function CertificateVerify({ api, code }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('tr.verify.title'));
  const [typed, setTyped] = useState(code ?? '');
  const [state, setState] = useState({ cert: null, error: null, loading: false });
  useEffect(() => {
    setTyped(code ?? '');
    if (!code) {
      setState({ cert: null, error: null, loading: false });
      return undefined;
    }
    let live = true;
    setState({ cert: null, error: null, loading: true });
    api.get(`/api/v1/certificates/${encodeURIComponent(code)}`).then(
      (cert) => live && setState({ cert, error: null, loading: false }),
      (error) => live && setState({ cert: null, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [code]);
  const c = state.cert;
  const valid = c && c.valid && !c.revoked_at;
  return (
    <section aria-labelledby="verify-title" class="verify">
      <h1 id="verify-title">{t('tr.verify.title')}</h1>
      <p class="muted">{t('tr.verify.intro')}</p>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const next = tidyCode(typed);
          if (next) navigate(`/verify/${encodeURIComponent(next)}`);
        }}
      >
        <div class="field">
          <label for="verify-code">{t('tr.verify.code')}</label>
          <input id="verify-code" required maxLength={40} placeholder="FL-XXXX-XXXX" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
        </div>
        <button type="submit" class="btn primary">
          {t('tr.verify.check')}
        </button>
      </form>
      {state.loading && <p class="loading" role="status">{t('app.loading')}</p>}
      {state.error && state.error.status === 404 && (
        <p class="error" role="alert" data-testid="verify-unknown">
          {t('tr.verify.unknown', { code })}
        </p>
      )}
      {state.error && state.error.status !== 404 && <ErrorNotice error={state.error} />}
      {c && (
        <section class={valid ? 'panel verify-ok' : 'panel verify-bad'} aria-labelledby="verify-result" aria-live="polite" data-testid="verify-result">
          <h2 id="verify-result">
            {valid ? t('tr.verify.valid') : c.revoked_at ? t('tr.verify.revoked', { date: i18n.dateTime(c.revoked_at) }) : t('tr.verify.invalid')}
          </h2>
          <FieldList
            rows={[
              ['tr.verify.code', <code>{c.code}</code>],
              ['tr.verify.holder', c.holder],
              ['tr.officer.unit', c.unit ?? '—'],
              ['tr.course.code', c.course_code],
              ['tr.course.title', courseTitle(i18n, { title_vi: c.course_title_vi, title_en: c.course_title_en })],
              ['tr.course.dates', `${i18n.date(c.start_date)} – ${i18n.date(c.end_date)}`],
              ['tr.verify.issued', i18n.dateTime(c.issued_at)],
            ]}
          />
        </section>
      )}
    </section>
  );
}
