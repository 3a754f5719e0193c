// One test (/training/tests/{id}; GET /api/v1/training/tests/{id} and
// …/results): its window and questions, open and close, the score of every
// participant (reopen an attempt: the old one is kept as void), per question
// the item difficulty (share correct) and discrimination index, and the
// paper results uploaded as CSV — all rows or none, a refused upload listing
// each bad row and column.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { TRAINING_MANAGE_ROLES } from '../training_vocab.js';
import { csvRowErrors, formatScore, formatShare } from '../training_util.js';
import { mayDo } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FieldList } from './field_list.jsx';
import { FormField } from './form_field.jsx';
import { TableHead } from './table_head.jsx';
import { useTitle } from './title.js';
import { TrBadge, TrainingTabs, useLoad, viEn } from './training_bits.jsx';
import { officerOf } from './training_participants.jsx';
import { TestStatusButtons } from './training_tests_panel.jsx';
import { useSubmit } from './use_submit.js';
import { FormActions } from './form_actions.jsx';

// The rows of the results: one per participant, with the attempt (if any).
const resultRows = (r) => r?.participants ?? r?.items ?? [];
// The live attempt of a row: {id, state, score, source, submitted_at}; the
// state is the API's progress (in_progress, expired, submitted).
const attemptOf = (row) =>
  row.attempt ??
  (row.attempt_id != null
    ? { id: row.attempt_id, state: row.progress ?? row.state, score: row.score, source: row.source, submitted_at: row.submitted_at }
    : null);

function PaperUpload({ api, test, count, onUploaded }) {
  const { t } = useI18n();
  const [csv, setCsv] = useState('');
  const [done, setDone] = useState('');
  const { busy, error, submit } = useSubmit();
  const header = ['service_number', ...Array.from({ length: count }, (_, n) => `Q${n + 1}`)].join(',');
  const onFile = async (e) => {
    const file = e.currentTarget.files?.[0];
    if (file) setCsv(await file.text());
  };
  const onSubmit = submit(async () => {
    setDone('');
    const r = await api.postText(`/api/v1/training/tests/${test.id}/paper-results`, csv);
    const n = r?.imported ?? r?.count ?? r?.items?.length ?? 0;
    setDone(t('tr.paper.done', { n }));
    setCsv('');
    onUploaded();
  });
  const problems = error?.status === 422 || error?.status === 400 ? csvRowErrors(error.fields) : [];
  return (
    <form class="stack" onSubmit={onSubmit} aria-labelledby="paper-title" data-testid="paper-form">
      <h2 id="paper-title">{t('tr.paper.title')}</h2>
      <p class="muted">{t('tr.paper.intro')}</p>
      <p class="small">
        {t('tr.paper.header')} <code class="break">{header}</code> {t('tr.paper.or')} <code>service_number,score</code>
      </p>
      {error && (
        <div class="error" role="alert" data-testid="paper-errors">
          <p>{problems.length > 0 ? t('tr.paper.refused', { n: problems.length }) : error.status === 0 ? t('error.network') : error.message}</p>
          {problems.length > 0 && (
            <table class="responsive">
              <TableHead labels={[t('tr.paper.row'), t('tr.paper.column'), t('tr.paper.problem')]} />
              <tbody>
                {problems.map((p, n) => (
                  <tr key={n}>
                    <td data-label={t('tr.paper.row')}>{p.row ?? '—'}</td>
                    <td data-label={t('tr.paper.column')}>{p.column || '—'}</td>
                    <td data-label={t('tr.paper.problem')}>{p.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      <div class="form-grid">
        <FormField id="paper-file" label={t('tr.paper.file')}>
          <input type="file" accept=".csv,text/csv" onChange={onFile} />
        </FormField>
        <FormField id="paper-csv" label={t('tr.paper.csv')}>
          <textarea rows={6} required value={csv} onInput={(e) => setCsv(e.currentTarget.value)} />
        </FormField>
      </div>
      <FormActions busy={busy} saveLabel={t('tr.paper.submit')} status={done} />
    </form>
  );
}

function ItemAnalysis({ questions, analysed }) {
  const i18n = useI18n();
  const { t } = i18n;
  const cols = ['tr.item.question', 'tr.item.correct', 'tr.item.difficulty', 'tr.item.discrimination'].map((k) => t(k));
  return (
    <section class="panel" aria-labelledby="items-title" data-testid="item-analysis">
      <h2 id="items-title">{t('tr.item.title')}</h2>
      <p class="muted">{t('tr.item.intro')}</p>
      <div class="table-wrap">
        <table class="responsive">
          <TableHead labels={cols} />
          <tbody>
            {questions.map((q, n) => (
              <tr key={q.question_id ?? q.id ?? n}>
                <td data-label={cols[0]}>
                  {n + 1}. {viEn(i18n, q, 'text')}
                </td>
                <td data-label={cols[1]}>{q.correct != null && analysed != null ? `${q.correct}/${analysed}` : (q.answered ?? '—')}</td>
                <td data-label={cols[2]}>{formatShare(q.difficulty, i18n.number)}</td>
                <td data-label={cols[3]}>
                  {q.discrimination == null ? <span class="muted">{t('tr.item.too_few')}</span> : i18n.number(Math.round(q.discrimination * 100) / 100)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function TrainingTestPage({ api, me, id }) {
  const i18n = useI18n();
  const { t } = i18n;
  const test = useLoad(() => api.get(`/api/v1/training/tests/${id}`), [id]);
  const results = useLoad(() => api.get(`/api/v1/training/tests/${id}/results`), [id]);
  const [reopenError, setReopenError] = useState(null);
  const [reopened, setReopened] = useState('');
  const x = test.data;
  useTitle(x ? x.title : t('tr.test.section'));
  const mayManage = mayDo(me.roles, TRAINING_MANAGE_ROLES);
  const rows = resultRows(results.data);
  const questions = results.data?.questions ?? [];
  const count = (x?.question_ids ?? x?.questions ?? []).length;
  const reopen = async (row, attempt) => {
    setReopenError(null);
    setReopened('');
    try {
      await api.post(`/api/v1/training/tests/${id}/attempts/${attempt.id}/reopen`, {});
      setReopened(t('tr.results.reopened', { name: officerOf(row).full_name ?? '' }));
      results.reload();
    } catch (err) {
      setReopenError(err);
    }
  };
  const cols = ['tr.officer.full_name', 'tr.officer.service_number', 'tr.results.state', 'tr.results.source', 'tr.results.submitted', 'tr.results.score'].map((k) => t(k));
  return (
    <article aria-labelledby="test-title">
      {x && (
        <p class="crumbs">
          <Link href={`/training/courses/${x.course_id}`}>← {t('tr.test.back')}</Link>
        </p>
      )}
      {test.error && <ErrorNotice error={test.error} notFoundText={t('tr.test.not_found')} />}
      {!x && !test.error && <p class="loading" role="status">{t('app.loading')}</p>}
      {x && (
        <>
          <h1 id="test-title">{x.title}</h1>
          <TrainingTabs me={me} current="courses" />
          <section class="panel" aria-labelledby="test-facts">
            <h2 id="test-facts">{t('tr.test.facts')}</h2>
            <FieldList
              rows={[
                ['tr.test.kind', t(`ttkind.${x.kind}`)],
                ['tr.test.status', <TrBadge prefix="ttstatus" value={x.status} />],
                ['tr.test.opens_at', i18n.dateTime(x.opens_at)],
                ['tr.test.closes_at', i18n.dateTime(x.closes_at)],
                ['tr.test.duration', t('tr.minutes', { n: x.duration_minutes })],
                ['tr.test.questions', String(count)],
              ]}
            />
            {mayManage && (
              <p class="row-actions">
                <TestStatusButtons api={api} test={x} onChanged={(saved) => (saved?.id ? test.set(saved) : test.reload())} />
              </p>
            )}
          </section>
          <section class="panel" aria-labelledby="results-title" data-testid="results">
            <h2 id="results-title">{t('tr.results.title')}</h2>
            {results.error && <ErrorNotice error={results.error} />}
            {reopenError && <ErrorNotice error={reopenError} />}
            <p class="notice" role="status" aria-live="polite">
              {reopened}
            </p>
            {results.data && rows.length === 0 && <p class="empty">{t('tr.part.none')}</p>}
            {rows.length > 0 && (
              <div class="table-wrap">
                <table class="responsive">
                  <TableHead labels={cols} actions={mayManage ? t('tr.actions') : undefined} />
                  <tbody>
                    {rows.map((row, n) => {
                      const o = officerOf(row);
                      const a = attemptOf(row);
                      return (
                        <tr key={o.id ?? row.officer_id ?? n} data-officer={o.service_number}>
                          <td data-label={cols[0]}>{o.full_name}</td>
                          <td data-label={cols[1]}>{o.service_number}</td>
                          <td data-label={cols[2]}>
                            {a ? <TrBadge prefix="attempt" value={a.state} /> : <span class="muted">{t('tr.results.no_attempt')}</span>}
                          </td>
                          <td data-label={cols[3]}>{a?.source ? t(`tr.source.${a.source}`) : '—'}</td>
                          <td data-label={cols[4]}>{a?.submitted_at ? i18n.shortDateTime(a.submitted_at) : '—'}</td>
                          <td data-label={cols[5]} class="score">
                            {formatScore(a?.state === 'void' ? null : (a?.score ?? row.score), i18n.number)}
                          </td>
                          {mayManage && (
                            <td>
                              {a && a.state !== 'void' && (
                                <button type="button" class="btn small" onClick={() => reopen(row, a)}>
                                  {t('tr.results.reopen')}
                                </button>
                              )}
                            </td>
                          )}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          {questions.length > 0 && <ItemAnalysis questions={questions} analysed={results.data?.analysed} />}
          {mayManage && x.status !== 'draft' && (
            <section class="panel">
              <PaperUpload api={api} test={x} count={count} onUploaded={results.reload} />
            </section>
          )}
        </>
      )}
    </article>
  );
}
