// A course's tests (GET/POST …/courses/{id}/tests): the pre- and post-test
// with their status and window; trainers assemble one from the question bank
// of the course's modules, open and close it (PATCH /training/tests/{id}),
// and follow the link to its results page.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { TEST_KINDS, TRAINING_MANAGE_ROLES } from '../training_vocab.js';
import { utcToVietnamLocal, vietnamLocalToIso } from '../training_util.js';
import { mayDo } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormActions } from './form_actions.jsx';
import { FormField } from './form_field.jsx';
import { TableHead } from './table_head.jsx';
import { TrBadge, useLoad, viEn } from './training_bits.jsx';
import { useSubmit } from './use_submit.js';

// The module ids a course teaches, when its modules carry them.
function courseModuleIds(course) {
  return (course.modules ?? []).map((m) => (typeof m === 'object' ? m.module_id : null)).filter((x) => x != null);
}

// The question bank of the course's modules (active questions).
function useCourseQuestions(api, course) {
  const ids = courseModuleIds(course);
  return useLoad(async () => {
    if (ids.length === 0) return (await api.get('/api/v1/training/questions', { active: 'true', limit: 500 })).items;
    const lists = await Promise.all(ids.map((id) => api.get('/api/v1/training/questions', { module_id: id, active: 'true', limit: 500 })));
    return lists.flatMap((l) => l.items);
  }, [course.id]);
}

// The default deadline: 23:00 Vietnam time on the course's last day, or two
// hours from now when that has passed.
function defaultCloses(course) {
  const end = `${course.end_date}T23:00`;
  const soon = utcToVietnamLocal(new Date(Date.now() + 2 * 3600_000).toISOString());
  return vietnamLocalToIso(end) && Date.parse(vietnamLocalToIso(end)) > Date.now() + 3600_000 ? end : soon;
}

function TestForm({ api, course, kinds, onSaved, onCancel }) {
  const i18n = useI18n();
  const { t } = i18n;
  const bank = useCourseQuestions(api, course);
  const [v, setV] = useState(() => ({
    kind: kinds[0],
    title: '',
    question_ids: [],
    opens_at: utcToVietnamLocal(new Date(Date.now() - 60_000).toISOString()),
    closes_at: defaultCloses(course),
    duration_minutes: '30',
  }));
  const { busy, error, submit } = useSubmit();
  const fields = error?.fields ?? {};
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  const toggle = (id, on) =>
    setV((old) => ({ ...old, question_ids: on ? [...old.question_ids.filter((x) => x !== id), id] : old.question_ids.filter((x) => x !== id) }));
  const questions = bank.data ?? [];
  const onSubmit = submit(async () => {
    const body = {
      kind: v.kind,
      title: v.title || t(`ttkind.${v.kind}`),
      question_ids: questions.map((q) => q.id).filter((id) => v.question_ids.includes(id)),
      opens_at: vietnamLocalToIso(v.opens_at),
      closes_at: vietnamLocalToIso(v.closes_at),
      duration_minutes: Number(v.duration_minutes),
    };
    await onSaved(await api.post(`/api/v1/training/courses/${course.id}/tests`, body));
  });
  return (
    <form class="subform" onSubmit={onSubmit} aria-labelledby="test-form-title" data-testid="test-form">
      <h3 id="test-form-title">{t('tr.test.new')}</h3>
      {error && <ErrorNotice error={error} summary={t('tr.check_fields')} />}
      <div class="form-grid">
        <FormField id="test-kind" label={t('tr.test.kind')} error={fields.kind}>
          <select value={v.kind} onChange={set('kind')}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`ttkind.${k}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="test-title" label={t('tr.test.title_field')} error={fields.title}>
          <input maxLength={300} value={v.title} placeholder={t(`ttkind.${v.kind}`)} onInput={set('title')} />
        </FormField>
        <FormField id="test-opens" label={t('tr.test.opens_at')} error={fields.opens_at} hint={t('tr.vietnam_time')}>
          <input type="datetime-local" required value={v.opens_at} onInput={set('opens_at')} />
        </FormField>
        <FormField id="test-closes" label={t('tr.test.closes_at')} error={fields.closes_at} hint={t('tr.vietnam_time')}>
          <input type="datetime-local" required value={v.closes_at} onInput={set('closes_at')} />
        </FormField>
        <FormField id="test-duration" label={t('tr.test.duration')} error={fields.duration_minutes}>
          <input type="number" min={1} max={240} required value={v.duration_minutes} onInput={set('duration_minutes')} />
        </FormField>
      </div>
      <fieldset class={fields.question_ids ? 'has-error' : undefined}>
        <legend>{t('tr.test.questions_n', { n: v.question_ids.length })}</legend>
        {bank.error && <ErrorNotice error={bank.error} />}
        {!bank.data && !bank.error && <p class="loading">{t('app.loading')}</p>}
        {bank.data && questions.length === 0 && <p class="empty">{t('tr.q.none')}</p>}
        {questions.length > 0 && (
          <p>
            <button type="button" class="btn small" onClick={() => setV((old) => ({ ...old, question_ids: questions.map((q) => q.id) }))}>
              {t('tr.test.all_questions')}
            </button>
          </p>
        )}
        <ul class="plain-list">
          {questions.map((q) => (
            <li key={q.id}>
              <label class="check">
                <input type="checkbox" checked={v.question_ids.includes(q.id)} onChange={(e) => toggle(q.id, e.currentTarget.checked)} />
                <span>
                  {q.module_code ? `${q.module_code} · ` : ''}
                  {viEn(i18n, q, 'text')} <span class="muted">({t(`qkind.${q.kind}`)})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {fields.question_ids && <small class="field-error">{fields.question_ids}</small>}
      </fieldset>
      <FormActions busy={busy} saveLabel={t('tr.test.create')} cancelLabel={t('tr.cancel')} onCancel={onCancel} />
    </form>
  );
}

// Open and close buttons for a test (draft → open → closed).
export function TestStatusButtons({ api, test, onChanged }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const move = async (status) => {
    setBusy(true);
    setError(null);
    try {
      const body = { status };
      if (test.version != null) body.expected_version = test.version;
      onChanged(await api.patch(`/api/v1/training/tests/${test.id}`, body));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {test.status === 'draft' && (
        <button type="button" class="btn small primary" disabled={busy} onClick={() => move('open')}>
          {t('tr.test.open')}
        </button>
      )}
      {test.status === 'open' && (
        <button type="button" class="btn small" disabled={busy} onClick={() => move('closed')}>
          {t('tr.test.close')}
        </button>
      )}
      {error && <ErrorNotice error={error} />}
    </>
  );
}

export function CourseTests({ api, me, course }) {
  const i18n = useI18n();
  const { t } = i18n;
  const tests = useLoad(() => api.get(`/api/v1/training/courses/${course.id}/tests`), [course.id]);
  const [adding, setAdding] = useState(false);
  const items = tests.data?.items ?? [];
  const mayManage = mayDo(me.roles, TRAINING_MANAGE_ROLES);
  const free = TEST_KINDS.filter((k) => !items.some((x) => x.kind === k));
  const cols = ['tr.test.kind', 'tr.test.title_field', 'tr.test.status', 'tr.test.window', 'tr.test.duration', 'tr.test.questions'].map((k) => t(k));
  return (
    <section class="panel" aria-labelledby="tests-title" data-testid="course-tests">
      <h2 id="tests-title">{t('tr.test.section')}</h2>
      {tests.error && <ErrorNotice error={tests.error} />}
      {tests.data && items.length === 0 && <p class="empty">{t('tr.test.none')}</p>}
      {items.length > 0 && (
        <div class="table-wrap">
          <table class="responsive">
            <TableHead labels={cols} actions={mayManage ? t('tr.actions') : undefined} />
            <tbody>
              {items.map((x) => (
                <tr key={x.id} data-test={x.kind}>
                  <td data-label={cols[0]}>{t(`ttkind.${x.kind}`)}</td>
                  <td data-label={cols[1]}>
                    <Link href={`/training/tests/${x.id}`}>{x.title}</Link>
                  </td>
                  <td data-label={cols[2]}>
                    <TrBadge prefix="ttstatus" value={x.status} />
                  </td>
                  <td data-label={cols[3]}>
                    {i18n.shortDateTime(x.opens_at)} – {i18n.shortDateTime(x.closes_at)}
                  </td>
                  <td data-label={cols[4]}>{t('tr.minutes', { n: x.duration_minutes })}</td>
                  <td data-label={cols[5]}>{(x.question_ids ?? []).length || x.question_count || '—'}</td>
                  {mayManage && (
                    <td class="row-actions">
                      <TestStatusButtons api={api} test={x} onChanged={() => tests.reload()} />
                      <Link class="btn small" href={`/training/tests/${x.id}`}>
                        {t('tr.test.results')}
                      </Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayManage && free.length > 0 && !adding && (
        <p>
          <button type="button" class="btn" onClick={() => setAdding(true)}>
            {t('tr.test.new')}
          </button>
        </p>
      )}
      {adding && (
        <TestForm
          key={free.join()}
          api={api}
          course={course}
          kinds={free}
          onSaved={() => {
            setAdding(false);
            tests.reload();
          }}
          onCancel={() => setAdding(false)}
        />
      )}
    </section>
  );
}
