// Taking a test in the browser (/training/tests/{id}/take): the officer
// starts it (POST /api/v1/training/tests/{id}/start → the attempt with its
// questions and due_at), answers (a radio group for single choice, boxes for
// multiple), watches the countdown to due_at, and submits (POST
// /api/v1/training/attempts/{id}/submit). When the time is up the answers
// given are sent by themselves. The score and which answers were right
// follow; a submission after the deadline is refused by the server (422
// naming submitted_at) and the page says so plainly — nothing was saved.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { answersBody, formatCountdown, formatScore, msUntil, toggleKey } from '../training_util.js';
import { ErrorNotice } from './error_notice.jsx';
import { useTitle } from './title.js';
import { viEn } from './training_bits.jsx';

// The countdown to `dueAt`, ticking every second; calls onUp once at zero.
function Countdown({ dueAt, onUp }) {
  const { t } = useI18n();
  const [now, setNow] = useState(Date.now());
  const fired = useRef(false);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = msUntil(dueAt, now);
  useEffect(() => {
    if (left !== null && left <= 0 && !fired.current) {
      fired.current = true;
      onUp?.();
    }
  }, [left !== null && left <= 0]);
  if (left === null) return null;
  const low = left < 60_000;
  return (
    <p class={low ? 'countdown low' : 'countdown'} data-testid="countdown">
      {t('tr.take.left')}{' '}
      <strong>
        <time>{formatCountdown(left)}</time>
      </strong>
      {/* Screen readers hear the minute marks only, not every second. */}
      <span class="visually-hidden" role="status" aria-live="polite">
        {left <= 0 ? t('tr.take.time_up') : low ? t('tr.take.last_minute') : ''}
      </span>
    </p>
  );
}

function Question({ q, n, chosen, onChange, error, locked }) {
  const i18n = useI18n();
  const { t } = i18n;
  const single = q.kind === 'single';
  return (
    <fieldset class={error ? 'question has-error' : 'question'} data-question={q.id}>
      <legend>
        {t('tr.take.question_n', { n: n + 1 })}. {viEn(i18n, q, 'text')}
      </legend>
      <p class="muted small">{single ? t('tr.take.one') : t('tr.take.many')}</p>
      <div class="options">
        {q.options.map((o) => (
          <label class="check" key={o.key}>
            <input
              type={single ? 'radio' : 'checkbox'}
              name={`q-${q.id}`}
              value={o.key}
              disabled={locked}
              checked={(chosen ?? []).includes(o.key)}
              onChange={(e) => onChange(toggleKey(chosen, o.key, q.kind, e.currentTarget.checked))}
            />
            {o.key}. {viEn(i18n, o)}
          </label>
        ))}
      </div>
      {error && <small class="field-error">{error}</small>}
    </fieldset>
  );
}

// Why a submission was refused, in words.
function SubmitError({ error, dueAt }) {
  const i18n = useI18n();
  const { t } = i18n;
  const late = error.status === 422 && ('submitted_at' in (error.fields ?? {}) || /deadline|hạn/i.test(error.message));
  if (late) {
    return (
      <div class="error late" role="alert" data-testid="late-error">
        <p>
          <strong>{t('tr.take.late', { deadline: i18n.dateTime(dueAt) })}</strong>
        </p>
        <p>{error.fields?.submitted_at ?? error.message}</p>
      </div>
    );
  }
  return <ErrorNotice error={error} summary={t('tr.take.check')} />;
}

export function TestTake({ api, id }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [info, setInfo] = useState(null); // the test as /me/training lists it
  const [attempt, setAttempt] = useState(null);
  const [chosen, setChosen] = useState({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [result, setResult] = useState(null);
  const sent = useRef(false);
  useTitle(info?.title ?? t('tr.take.title'));
  useEffect(() => {
    api.get('/api/v1/me/training').then(
      (d) => {
        const e = (d.tests ?? []).find((x) => (x.test ?? x).id === id);
        if (e) setInfo({ ...(e.test ?? e), state: e.state, score: e.score });
      },
      () => {},
    );
  }, [id]);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const a = await api.post(`/api/v1/training/tests/${id}/start`, {});
      if (a.test) setInfo((old) => ({ ...(old ?? {}), ...a.test }));
      // A resumed attempt brings back the answers saved so far, if any.
      if (a.attempt?.answers) setChosen(Object.fromEntries(Object.entries(a.attempt.answers).map(([k, v]) => [Number(k), v])));
      setAttempt(a.attempt ? { ...a.attempt, due_at: a.due_at ?? a.attempt.due_at, questions: a.questions ?? a.attempt.questions } : a);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const questions = attempt?.questions ?? [];
  const submit = async () => {
    if (sent.current) return;
    sent.current = true;
    setBusy(true);
    setError(null);
    try {
      setResult(await api.post(`/api/v1/training/attempts/${attempt.id}/submit`, answersBody(questions.map((q) => q.id), chosen)));
    } catch (err) {
      sent.current = false;
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (e) => {
    e.preventDefault();
    submit();
  };
  const fieldFor = (q) => error?.fields?.[`answers.${q.id}`];
  const correctOf = (q) => {
    const r = result?.attempt?.results ?? result?.results;
    if (!r) return null;
    if (Array.isArray(r)) return r.find((x) => (x.question_id ?? x.id) === q.id)?.correct ?? null;
    return r[String(q.id)] ?? null;
  };
  const title = info?.title ?? attempt?.test_title ?? t('tr.take.title');
  return (
    <article aria-labelledby="take-title" class="test-take">
      <p class="crumbs">
        <Link href="/my-training">← {t('tr.my.title')}</Link>
      </p>
      <h1 id="take-title">{title}</h1>
      {!attempt && !result && (
        <section class="panel">
          {info && (
            <p>
              {t('tr.take.intro', { minutes: info.duration_minutes ?? '?', closes: i18n.dateTime(info.closes_at) })}
            </p>
          )}
          <p class="muted">{t('tr.take.once')}</p>
          {error && <ErrorNotice error={error} />}
          <button type="button" class="btn primary" disabled={busy} onClick={start}>
            {t('tr.take.start')}
          </button>
        </section>
      )}
      {attempt && !result && (
        <form onSubmit={onSubmit} class="take-form" aria-labelledby="take-title">
          <div class="take-bar">
            <Countdown dueAt={attempt.due_at} onUp={submit} />
            <p class="muted small">{t('tr.take.due', { time: i18n.dateTime(attempt.due_at) })}</p>
          </div>
          {error && <SubmitError error={error} dueAt={attempt.due_at} />}
          {questions.map((q, n) => (
            <Question key={q.id} q={q} n={n} chosen={chosen[q.id]} error={fieldFor(q)} onChange={(keys) => setChosen((old) => ({ ...old, [q.id]: keys }))} />
          ))}
          <div class="form-actions">
            <button type="submit" class="btn primary" disabled={busy}>
              {t('tr.take.submit')}
            </button>
          </div>
        </form>
      )}
      {result && (
        <section class="panel" aria-labelledby="take-result" data-testid="take-result">
          <h2 id="take-result">{t('tr.take.result')}</h2>
          <p class="dash-total" role="status">
            {t('tr.take.score', { score: formatScore(result.score ?? result.attempt?.score, i18n.number) })}
          </p>
          <ol class="take-review">
            {questions.map((q) => {
              const ok = correctOf(q);
              return (
                <li key={q.id} class={ok === true ? 'right' : ok === false ? 'wrong' : undefined}>
                  {viEn(i18n, q, 'text')} — <strong>{ok === true ? t('tr.take.right') : ok === false ? t('tr.take.wrong') : '—'}</strong>
                </li>
              );
            })}
          </ol>
          <p>
            <Link href="/my-training">{t('tr.take.back')}</Link>
          </p>
        </section>
      )}
    </article>
  );
}
