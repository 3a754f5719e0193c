// The question bank (/training/questions; GET/POST /api/v1/training/questions,
// PATCH …/{id}): the questions of a module, each single or multiple choice in
// Vietnamese and English with its options and the correct ones marked;
// trainers add and edit (2–8 options; single: exactly one correct). A
// question used in a submitted attempt is deactivated, never deleted.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { QUESTION_KINDS } from '../training_vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormActions } from './form_actions.jsx';
import { FormField } from './form_field.jsx';
import { useTitle } from './title.js';
import { TrainingTabs, useLoad, viEn } from './training_bits.jsx';
import { currentVersion } from './training_course_form.jsx';
import { useSubmit } from './use_submit.js';

const KEYS = 'ABCDEFGH'.split('');
const blankOptions = () => KEYS.slice(0, 4).map((key) => ({ key, vi: '', en: '', correct: false }));

function draftOf(q) {
  if (!q) return { kind: 'single', text_vi: '', text_en: '', options: blankOptions(), explanation_vi: '', explanation_en: '', active: true };
  return {
    kind: q.kind,
    text_vi: q.text_vi,
    text_en: q.text_en ?? '',
    options: q.options.map((o) => ({ ...o, en: o.en ?? '' })),
    explanation_vi: q.explanation_vi ?? '',
    explanation_en: q.explanation_en ?? '',
    active: q.active !== false,
  };
}

function QuestionForm({ api, moduleId, question, onSaved, onCancel }) {
  const { t } = useI18n();
  const [v, setV] = useState(() => draftOf(question));
  const { busy, error, submit } = useSubmit();
  const fields = error?.fields ?? {};
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  const setOption = (n, patch) =>
    setV((old) => ({
      ...old,
      options: old.options.map((o, i) => {
        if (i === n) return { ...o, ...patch };
        // One correct answer for a single-choice question.
        if (patch.correct && old.kind === 'single') return { ...o, correct: false };
        return o;
      }),
    }));
  const addOption = () => setV((old) => ({ ...old, options: [...old.options, { key: KEYS[old.options.length], vi: '', en: '', correct: false }] }));
  const removeOption = () => setV((old) => ({ ...old, options: old.options.slice(0, -1) }));
  const onSubmit = submit(async () => {
    const body = {
      kind: v.kind,
      text_vi: v.text_vi,
      text_en: v.text_en,
      options: v.options.map((o, n) => ({ key: KEYS[n], vi: o.vi, en: o.en || o.vi, correct: !!o.correct })),
      explanation_vi: v.explanation_vi,
      explanation_en: v.explanation_en,
    };
    if (question) {
      body.active = v.active;
      if (question.version != null) body.expected_version = question.version;
      onSaved(await api.patch(`/api/v1/training/questions/${question.id}`, body));
    } else {
      onSaved(await api.post('/api/v1/training/questions', { module_id: moduleId, ...body }));
    }
  });
  const optError = (n, part) => fields[`options[${n}].${part}`] ?? (part === 'vi' ? fields[`options[${n}]`] : undefined);
  return (
    <form class="subform" onSubmit={onSubmit} aria-labelledby="q-form-title" data-testid="question-form">
      <h3 id="q-form-title">{question ? t('tr.q.edit') : t('tr.q.new')}</h3>
      {error?.status === 409 ? (
        <p class="error" role="alert">
          {t('tr.conflict')}
        </p>
      ) : (
        error && <ErrorNotice error={error} summary={t('tr.check_fields')} />
      )}
      <div class="form-grid">
        <FormField id="q-kind" label={t('tr.q.kind')} error={fields.kind}>
          <select value={v.kind} onChange={set('kind')}>
            {QUESTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`qkind.${k}`)}
              </option>
            ))}
          </select>
        </FormField>
        {question && (
          <div class="field">
            <label class="check">
              <input type="checkbox" checked={v.active} onChange={(e) => setV({ ...v, active: e.currentTarget.checked })} />
              {t('tr.q.active')}
            </label>
          </div>
        )}
      </div>
      <div class="form-grid">
        <FormField id="q-text-vi" label={t('tr.q.text_vi')} error={fields.text_vi}>
          <textarea rows={2} required maxLength={2000} value={v.text_vi} onInput={set('text_vi')} />
        </FormField>
        <FormField id="q-text-en" label={t('tr.q.text_en')} error={fields.text_en}>
          <textarea rows={2} maxLength={2000} value={v.text_en} onInput={set('text_en')} />
        </FormField>
      </div>
      <fieldset class={fields.options ? 'has-error' : undefined}>
        <legend>{t('tr.q.options')}</legend>
        {fields.options && <p class="field-error">{fields.options}</p>}
        {v.options.map((o, n) => (
          <div class="doc-row option-row" key={n} data-option={KEYS[n]}>
            <strong class="option-key">{KEYS[n]}</strong>
            <FormField id={`q-opt-${n}-vi`} label={t('tr.q.option_vi', { key: KEYS[n] })} error={optError(n, 'vi')}>
              <input required maxLength={500} value={o.vi} onInput={(e) => setOption(n, { vi: e.currentTarget.value })} />
            </FormField>
            <FormField id={`q-opt-${n}-en`} label={t('tr.q.option_en', { key: KEYS[n] })} error={optError(n, 'en')}>
              <input maxLength={500} value={o.en} onInput={(e) => setOption(n, { en: e.currentTarget.value })} />
            </FormField>
            <label class="check">
              <input type={v.kind === 'single' ? 'radio' : 'checkbox'} name="q-correct" checked={!!o.correct} onChange={(e) => setOption(n, { correct: e.currentTarget.checked })} />
              {t('tr.q.correct')}
            </label>
          </div>
        ))}
        <p class="row-actions">
          {v.options.length < 8 && (
            <button type="button" class="btn small" onClick={addOption}>
              {t('tr.q.add_option')}
            </button>
          )}
          {v.options.length > 2 && (
            <button type="button" class="btn small" onClick={removeOption}>
              {t('tr.q.remove_option')}
            </button>
          )}
        </p>
      </fieldset>
      <div class="form-grid">
        <FormField id="q-expl-vi" label={t('tr.q.explanation_vi')} error={fields.explanation_vi}>
          <textarea rows={2} maxLength={2000} value={v.explanation_vi} onInput={set('explanation_vi')} />
        </FormField>
        <FormField id="q-expl-en" label={t('tr.q.explanation_en')} error={fields.explanation_en}>
          <textarea rows={2} maxLength={2000} value={v.explanation_en} onInput={set('explanation_en')} />
        </FormField>
      </div>
      <FormActions busy={busy} saveLabel={t('tr.save')} cancelLabel={t('tr.cancel')} onCancel={onCancel} />
    </form>
  );
}

export function TrainingQuestions({ api, me, query }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('tr.q.title'));
  const modules = useLoad(() => api.get('/api/v1/training/modules'), []);
  const mods = modules.data?.items ?? [];
  const [moduleId, setModuleId] = useState(() => Number(query?.get('module')) || null);
  const current = moduleId ?? mods[0]?.id ?? null;
  const questions = useLoad(() => (current ? api.get('/api/v1/training/questions', { module_id: current, limit: 500 }) : Promise.resolve({ items: [] })), [current]);
  const [editing, setEditing] = useState(null); // 'new' | question id
  const items = questions.data?.items ?? [];
  return (
    <section aria-labelledby="q-title">
      <div class="page-head">
        <h1 id="q-title">{t('tr.q.title')}</h1>
      </div>
      <TrainingTabs me={me} current="questions" />
      {modules.error && <ErrorNotice error={modules.error} />}
      {modules.data && mods.length === 0 && <p class="empty">{t('tr.module.none')}</p>}
      {mods.length > 0 && (
        <div class="field q-module">
          <label for="q-module">{t('tr.gain.module')}</label>
          <select
            id="q-module"
            value={String(current)}
            onChange={(e) => {
              setModuleId(Number(e.currentTarget.value));
              setEditing(null);
            }}
          >
            {mods.map((m) => (
              <option key={m.id} value={String(m.id)}>
                {m.code} · {viEn(i18n, currentVersion(m), 'title')}
              </option>
            ))}
          </select>
        </div>
      )}
      {questions.error && <ErrorNotice error={questions.error} />}
      {current && editing !== 'new' && (
        <p>
          <button type="button" class="btn primary" onClick={() => setEditing('new')}>
            {t('tr.q.new')}
          </button>
        </p>
      )}
      {editing === 'new' && (
        <QuestionForm
          api={api}
          moduleId={current}
          onSaved={() => {
            setEditing(null);
            questions.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {questions.data && items.length === 0 && <p class="empty">{t('tr.q.none')}</p>}
      <ol class="question-list" data-testid="questions">
        {items.map((q) => (
          <li key={q.id} class={q.active === false ? 'inactive panel' : 'panel'}>
            {editing === q.id ? (
              <QuestionForm
                api={api}
                moduleId={current}
                question={q}
                onSaved={() => {
                  setEditing(null);
                  questions.reload();
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <p>
                  <strong>{viEn(i18n, q, 'text')}</strong> <span class="badge">{t(`qkind.${q.kind}`)}</span>
                  {q.active === false && <span class="badge"> {t('tr.q.inactive')}</span>}
                </p>
                <ul class="options">
                  {q.options.map((o) => (
                    <li key={o.key} class={o.correct ? 'correct' : undefined}>
                      {o.key}. {viEn(i18n, o)} {o.correct && <strong>✓ {t('tr.q.correct')}</strong>}
                    </li>
                  ))}
                </ul>
                <button type="button" class="btn small" onClick={() => setEditing(q.id)}>
                  {t('tr.q.edit')}
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
