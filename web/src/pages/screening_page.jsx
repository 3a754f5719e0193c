// A screening interview against the ILO/EC indicators, new
// (/persons/{id}/screenings/new) or resumed (/screenings/{id}). Step 0 picks
// the case and the form of exploitation (the list follows from the person's
// age; unknown age: the child list unless the officer picks the adult one);
// one step per dimension asks each indicator present / absent / unknown (and,
// for children, the act of recruitment); the last step takes notes and
// completes. The live verdict beside it follows every answer (debounced). The
// answers live in this page until saved: a failed assessment or save loses
// nothing. "Save draft" creates the screening, then changes it with its
// version; the step is remembered on the device so a draft resumes there.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link, navigate } from '../router.js';
import { ANSWERS, DIMENSIONS, EXPLOITATIONS, ageGroup, setId } from '../victim_vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { ScreeningVerdict } from './screening_verdict.jsx';
import { useTitle } from './title.js';
import { useSubmit } from './use_submit.js';

const LAST = DIMENSIONS.length + 1;
const stepKey = (id) => `frontline.screening-step.${id}`;

function rememberStep(id, step) {
  try {
    localStorage.setItem(stepKey(id), String(step));
  } catch {
    // Storage may be disabled; the first step with unknowns is used instead.
  }
}

function rememberedStep(id) {
  try {
    const n = Number(localStorage.getItem(stepKey(id)));
    return Number.isInteger(n) && n >= 1 && n <= LAST ? n : null;
  } catch {
    return null;
  }
}

// The first dimension step with an unanswered or unknown indicator (or, for
// a child, the act of recruitment still unknown), else the last step.
function firstOpenStep(set, answers, act) {
  if (set.children && act === 'unknown') return 1;
  for (const [i, dim] of DIMENSIONS.entries()) {
    if (set.indicators.some((x) => x.dimension === dim && (answers[x.id] ?? 'unknown') === 'unknown')) return i + 1;
  }
  return LAST;
}

async function loadInterview(api, personId, screeningId) {
  const catalog = await api.get('/api/v1/indicators');
  const screening = screeningId ? await api.get(`/api/v1/screenings/${screeningId}`) : null;
  const person = await api.get(`/api/v1/persons/${screening ? screening.person_id : personId}`);
  const cases = await Promise.allSettled((person.cases ?? []).map((c) => api.get(`/api/v1/cases/${c.case_id}`)));
  const caseById = new Map(cases.filter((r) => r.status === 'fulfilled').map((r) => [r.value.id, r.value]));
  return { catalog, screening, person, caseById };
}

export function ScreeningPage({ api, me, personId, screeningId }) {
  const { t } = useI18n();
  const [state, setState] = useState({ data: null, error: null });
  useEffect(() => {
    loadInterview(api, personId, screeningId).then(
      (data) => setState({ data, error: null }),
      (error) => setState({ data: null, error }),
    );
  }, [personId, screeningId]);
  useTitle(t('screening.title'));
  if (state.error) return <ErrorNotice error={state.error} notFoundText={t('screening.not_found')} />;
  if (!state.data) return <p class="loading" role="status">{t('app.loading')}</p>;
  return <Interview api={api} me={me} {...state.data} />;
}

function IndicatorQuestion({ indicator, value, onChange, disabled, text }) {
  const { t } = useI18n();
  const name = `answer-${indicator.id}`;
  return (
    <fieldset class="indicator" data-testid={`indicator-${indicator.id}`} disabled={disabled}>
      <legend>
        <span class={`badge strength-${indicator.strength}`}>{t(`strength.${indicator.strength}`)}</span> {text}
      </legend>
      <div class="answers">
        {ANSWERS.map((a) => (
          <label class="check" key={a}>
            <input type="radio" name={name} value={a} checked={value === a} onChange={() => onChange(indicator.id, a)} />{' '}
            {t(`answer.${a}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Interview({ api, catalog, screening, person, caseById }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const personCases = (person.cases ?? []).slice().sort((a, b) => (a.role === 'victim' ? 0 : 1) - (b.role === 'victim' ? 0 : 1));
  const group = ageGroup(person.birth_year);
  const formOf = (caseId) => (caseById.get(Number(caseId))?.trafficking_form === 'sexual_exploitation' ? 'sexual' : 'labour');
  const firstCase = screening?.case_id ?? personCases[0]?.case_id ?? '';

  const [id, setId_] = useState(screening?.id ?? null);
  const [version, setVersion] = useState(screening?.version ?? null);
  const [status, setStatus] = useState(screening?.status ?? 'draft');
  const [caseId, setCaseId] = useState(String(firstCase));
  const [exploitation, setExploitation] = useState(
    screening ? catalog.sets.find((s) => s.id === screening.set_id)?.exploitation ?? 'labour' : formOf(firstCase),
  );
  // Unknown age or turning 18 this year: the child list unless the officer picks the adult one.
  const [adult, setAdult] = useState(screening ? !screening.set_id.startsWith('child') : group === 'adult');
  const [answers, setAnswers] = useState(screening?.answers ?? {});
  const [act, setAct] = useState(screening?.act_of_recruitment ?? 'unknown');
  const [notes, setNotes] = useState(screening?.notes ?? '');
  const currentSetId = screening?.set_id ?? setId(!adult, exploitation);
  const set = catalog.sets.find((s) => s.id === currentSetId);
  const [step, setStep] = useState(() =>
    screening ? rememberedStep(screening.id) ?? firstOpenStep(set, screening.answers, screening.act_of_recruitment) : 0,
  );
  const [live, setLive] = useState({ assessment: screening?.assessment ?? null, error: null, pending: false });
  const [saved, setSaved] = useState('');
  const [confirming, setConfirming] = useState(false);
  const { busy, error, submit } = useSubmit();
  const fields = error?.fields ?? {};
  const completed = status === 'completed';
  const headingRef = useRef(null);
  const ask = useRef(0);

  // Only the answers to this list's indicators are sent: a new screening's
  // list can still change on step 0 after some answers were given.
  const ownAnswers = () => Object.fromEntries(set.indicators.filter((x) => x.id in answers).map((x) => [x.id, answers[x.id]]));

  // The live verdict: 300 ms after the last change; a late answer to an
  // older question is dropped; a failure keeps the answers and says so.
  useEffect(() => {
    const n = ++ask.current;
    setLive((old) => ({ ...old, pending: true }));
    const timer = setTimeout(() => {
      const body = { set_id: set.id, answers: ownAnswers() };
      if (set.children) body.act_of_recruitment = act;
      api.post('/api/v1/indicators/assess', body).then(
        (assessment) => n === ask.current && setLive({ assessment, error: null, pending: false }),
        (err) => n === ask.current && setLive((old) => ({ ...old, error: err, pending: false })),
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [set.id, answers, act]);

  const answer = (indicatorId, value) => {
    setSaved('');
    setAnswers((old) => ({ ...old, [indicatorId]: value }));
  };
  const go = (next) => {
    setStep(next);
    setSaved('');
    setConfirming(false);
    if (id) rememberStep(id, next);
    // The new step's heading takes the focus, so a screen reader says where we are.
    setTimeout(() => headingRef.current?.focus(), 0);
  };

  // Creates the screening (first save) or changes it with its version.
  const save = async (nextStatus) => {
    const body = { answers: ownAnswers(), notes, status: nextStatus };
    if (set.children) body.act_of_recruitment = act;
    let s;
    if (id) {
      s = await api.patch(`/api/v1/screenings/${id}`, { ...body, version });
    } else {
      s = await api.post(`/api/v1/persons/${person.id}/screenings`, {
        ...body,
        set_id: set.id,
        case_id: caseId ? Number(caseId) : undefined,
      });
      // The address becomes the screening's, without leaving the page: a
      // reload resumes it.
      history.replaceState(null, '', `/screenings/${s.id}`);
      setId_(s.id);
    }
    rememberStep(s.id, step);
    setVersion(s.version);
    setStatus(s.status);
    setLive({ assessment: s.assessment, error: null, pending: false });
    return s;
  };
  const onSaveDraft = submit(async () => {
    setSaved('');
    await save('draft');
    setSaved(t('screening.saved_draft'));
  });
  const onComplete = submit(async () => {
    await save('completed');
    navigate(`/persons/${person.id}`);
  });

  const text = (x) => (lang === 'en' ? x.text_en : x.text_vi);
  const name = person.masked ? person.pseudonym : person.identity?.full_name || `#${person.id}`;
  const caseLabel = (cid) => {
    const k = caseById.get(Number(cid));
    return k ? `${k.number} · ${k.title}` : `#${cid}`;
  };
  const stepTitle =
    step === 0 ? t('screening.step_setup') : step === LAST ? t('screening.step_finish') : t(`dimension.${DIMENSIONS[step - 1]}`);
  const verified = set.verification_status === 'publication';

  return (
    <section aria-labelledby="screening-title">
      <p class="crumbs">
        <Link href={`/persons/${person.id}`}>← {name}</Link>
      </p>
      <h1 id="screening-title">
        {t('screening.title')}
        {id && <span class="muted"> #{id}</span>}
      </h1>
      <p class="muted">
        {lang === 'en' ? set.title_en : set.title_vi}
        {' · '}
        {completed ? t('screeningstatus.completed') : t('screeningstatus.draft')}
      </p>
      {!verified && (
        <div class="caution" data-testid="set-verification">
          <p>
            <strong>{t('screening.verification')}</strong> {t(`verification.${set.verification_status}`)}
          </p>
          <details>
            <summary>{t('screening.verification_details')}</summary>
            <p lang="en">{set.verification}</p>
          </details>
        </div>
      )}
      {error?.status === 409 ? (
        <div class="error" role="alert">
          <p>{t('screening.conflict')}</p>
        </div>
      ) : (
        error && <ErrorNotice error={error} summary={t('screening.check_fields')} />
      )}
      <div class="screening-layout">
        <form class="panel screening-form" onSubmit={(e) => e.preventDefault()}>
          <p class="step-count">{t('screening.step_of', { step: step + 1, steps: LAST + 1 })}</p>
          <h2 tabIndex={-1} ref={headingRef} data-testid="step-title">
            {stepTitle}
          </h2>
          {step === 0 && (
            <>
              {personCases.length > 1 && !id ? (
                <FormField id="screening-case" label={t('screening.case')} error={fields.case_id}>
                  <select name="case_id" value={caseId} onChange={(e) => {
                    setCaseId(e.currentTarget.value);
                    setExploitation(formOf(e.currentTarget.value));
                  }}>
                    {personCases.map((c) => (
                      <option value={String(c.case_id)}>{caseLabel(c.case_id)}</option>
                    ))}
                  </select>
                </FormField>
              ) : (
                <p>
                  {t('screening.case')}: {caseId ? <Link href={`/cases/${caseId}`}>{caseLabel(caseId)}</Link> : '—'}
                </p>
              )}
              <fieldset disabled={Boolean(id)}>
                <legend>{t('screening.exploitation')}</legend>
                <div class="answers">
                  {EXPLOITATIONS.map((x) => (
                    <label class="check" key={x}>
                      <input type="radio" name="exploitation" value={x} checked={exploitation === x} onChange={() => setExploitation(x)} />{' '}
                      {t(`exploitation.${x}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
              <p data-testid="age-note">
                {group === 'unknown'
                  ? t('screening.age_unknown')
                  : group === 'either'
                    ? t('screening.age_either', { year: person.birth_year })
                    : t(group === 'adult' ? 'screening.age_adult' : 'screening.age_child', { year: person.birth_year })}
              </p>
              {(group === 'unknown' || group === 'either') && (
                <div class="field">
                  <label class="check">
                    <input type="checkbox" name="adult" disabled={Boolean(id)} checked={adult} onChange={(e) => setAdult(e.currentTarget.checked)} />{' '}
                    {t('screening.use_adult')}
                  </label>
                </div>
              )}
              {fields.set_id && <p class="field-error">{fields.set_id}</p>}
              <p class="muted">{t('screening.set_chosen', { set: lang === 'en' ? set.title_en : set.title_vi })}</p>
            </>
          )}
          {step >= 1 && step < LAST && (
            <>
              {step === 1 && set.children && (
                <fieldset class="indicator act" data-testid="indicator-act" disabled={completed}>
                  <legend>{t('screening.act')}</legend>
                  <p class="muted">{t('screening.act_hint')}</p>
                  <div class="answers">
                    {ANSWERS.map((a) => (
                      <label class="check" key={a}>
                        <input type="radio" name="act" value={a} checked={act === a} onChange={() => {
                          setSaved('');
                          setAct(a);
                        }} />{' '}
                        {t(`answer.${a}`)}
                      </label>
                    ))}
                  </div>
                </fieldset>
              )}
              {set.indicators
                .filter((x) => x.dimension === DIMENSIONS[step - 1])
                .map((x) => (
                  <IndicatorQuestion
                    key={x.id}
                    indicator={x}
                    text={text(x)}
                    value={answers[x.id] ?? 'unknown'}
                    onChange={answer}
                    disabled={completed}
                  />
                ))}
              {Object.keys(fields).some((f) => f.startsWith('answers')) && (
                <p class="field-error">{Object.entries(fields).filter(([f]) => f.startsWith('answers')).map(([f, r]) => `${f}: ${r}`).join('; ')}</p>
              )}
            </>
          )}
          {step === LAST && (
            <>
              <FormField id="screening-notes" label={t('screening.notes')} error={fields.notes}>
                <textarea name="notes" rows={4} maxLength={5000} disabled={completed} value={notes} onInput={(e) => {
                  setSaved('');
                  setNotes(e.currentTarget.value);
                }} />
              </FormField>
              {!completed && <p class="muted">{t('screening.complete_hint')}</p>}
            </>
          )}
          <div class="step-bar">
            <div class="form-actions">
              {step > 0 && (
                <button type="button" class="btn" onClick={() => go(step - 1)}>
                  ← {t('screening.back')}
                </button>
              )}
              {step < LAST && (
                <button type="button" class="btn primary" onClick={() => go(step + 1)}>
                  {t('screening.next')} →
                </button>
              )}
              {!completed && (
                <button type="button" class="btn" disabled={busy} onClick={onSaveDraft}>
                  {busy ? t('new.saving') : t('screening.save_draft')}
                </button>
              )}
              {!completed && step === LAST && !confirming && (
                <button type="button" class="btn primary" disabled={busy} onClick={() => setConfirming(true)}>
                  {t('screening.complete')}
                </button>
              )}
            </div>
            {confirming && (
              <div class="confirm" role="group" aria-labelledby="confirm-text">
                <p id="confirm-text">{t('screening.confirm_text')}</p>
                <div class="form-actions">
                  <button type="button" class="btn primary" disabled={busy} onClick={onComplete}>
                    {t('screening.confirm_complete')}
                  </button>
                  <button type="button" class="btn" onClick={() => setConfirming(false)}>
                    {t('new.cancel')}
                  </button>
                </div>
              </div>
            )}
            <p class="notice" role="status" aria-live="polite">
              {saved}
            </p>
          </div>
        </form>
        <ScreeningVerdict set={set} assessment={live.assessment} error={live.error} pending={live.pending} />
      </div>
    </section>
  );
}
