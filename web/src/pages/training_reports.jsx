// Training reports (/training/reports; GET /api/v1/training/reports and
// /api/v1/training/assessments/summary, filtered by year and province in the
// address): officers trained by province, sex, rank and unit as bar charts,
// the border posts without a trained officer, the knowledge gain per course
// and module, the questions most often failed, the assessments summarized by
// province and theme, and the Excel export of the same.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link, navigate } from '../router.js';
import { dropCommonWords, formatScore, formatShare } from '../training_util.js';
import { BarChart } from './bar_chart.jsx';
import { ErrorNotice } from './error_notice.jsx';
import { TableHead } from './table_head.jsx';
import { useTitle } from './title.js';
import { ProvinceFilter, TrainingTabs, YearFilter, courseTitle, unitName, useLoad, viEn } from './training_bits.jsx';
import { AssessmentSummary, pairs } from './training_report_summary.jsx';

function readFilters(query) {
  const year = query?.get('year') ?? '';
  return { year: /^\d{4}$/.test(year) ? year : '', province: query?.get('province') ?? '' };
}

function qs(f) {
  const p = new URLSearchParams();
  if (f.year) p.set('year', f.year);
  if (f.province) p.set('province', f.province);
  const s = p.toString();
  return s ? `?${s}` : '';
}

function Filters({ applied, reference }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [d, setD] = useState(applied);
  const thisYear = new Date().getUTCFullYear();
  return (
    <form
      class="filters"
      aria-label={t('tr.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        navigate(`/training/reports${qs(d)}`);
      }}
    >
      <YearFilter
        id="rf-year"
        value={d.year}
        onChange={(e) => setD({ ...d, year: e.currentTarget.value })}
        years={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2]}
      />
      <ProvinceFilter
        id="rf-province"
        value={d.province}
        onChange={(e) => setD({ ...d, province: e.currentTarget.value })}
        reference={reference}
      />
      <div class="filter-actions">
        <button type="submit" class="btn primary">
          {t('cases.filter.apply')}
        </button>
      </div>
    </form>
  );
}

export function TrainingReports({ api, me, reference, query }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('tr.rep.title'));
  const filters = readFilters(query);
  const rep = useLoad(() => api.get('/api/v1/training/reports', filters), [filters.year, filters.province]);
  const r = rep.data;
  const count = (v) => i18n.number(v);
  const provinceLabel = (k, rec) => i18n.name(reference?.provinces.get(k)) || (rec?.label_vi ? viEn(i18n, rec, 'label') : k);
  // Most trained first; keys nobody was trained under are left out.
  const chart = (name, label, limit = 20) => {
    const rows = pairs(r?.[`trained_by_${name}`])
      .filter((x) => x.value > 0)
      .sort((a, b) => b.value - a.value)
      .slice(0, limit);
    const labels = dropCommonWords(rows.map((x) => label(x.key, x.record)));
    return rows.map((x, n) => ({ label: labels[n], value: x.value }));
  };
  // Rows may carry the course and its gain figures nested or flat.
  const courses = (r?.courses ?? []).map((row) => ({ ...(row.course ?? {}), ...row, ...(row.gain ?? {}) }));
  const modules = (r?.modules ?? []).map((row) => ({ ...row, ...(row.gain ?? {}) }));
  const failed = r?.most_failed ?? [];
  const cov = r?.coverage;
  const courseCols = ['tr.course.code', 'tr.course.title', 'tr.course.participants', 'tr.rep.completed', 'tr.gain.mean_pre', 'tr.gain.mean_post', 'tr.gain.mean_gain', 'tr.gain.normalized'].map((k) => t(k));
  const modCols = ['tr.gain.module', 'tr.gain.mean_pre', 'tr.gain.mean_post', 'tr.gain.normalized'].map((k) => t(k));
  const failCols = ['tr.item.question', 'tr.gain.module', 'tr.item.answered', 'tr.rep.correct_share'].map((k) => t(k));
  return (
    <section aria-labelledby="rep-title" class="training-reports">
      <div class="page-head">
        <h1 id="rep-title">{t('tr.rep.title')}</h1>
        <a class="btn primary" href={`/api/v1/training/reports.xlsx${qs(filters)}`} download data-testid="xlsx">
          {t('tr.rep.xlsx')}
        </a>
      </div>
      <TrainingTabs me={me} current="reports" />
      <Filters key={qs(filters)} applied={filters} reference={reference} />
      {rep.error && <ErrorNotice error={rep.error} />}
      {!r && !rep.error && <p class="loading" role="status">{t('app.loading')}</p>}
      {r && (
        <>
          <section class="panel" aria-labelledby="rep-trained" data-testid="report-trained">
            <h2 id="rep-trained">{t('tr.rep.trained')}</h2>
            <div class="dash-grid">
              <BarChart id="rep-province" testId="chart-province" title={t('tr.rep.by_province')} items={chart('province', provinceLabel)} format={count} emptyText={t('tr.rep.none')} />
              <BarChart id="rep-sex" testId="chart-sex" title={t('tr.rep.by_sex')} items={chart('sex', (k) => t(`osex.${k}`))} format={count} emptyText={t('tr.rep.none')} />
              <BarChart id="rep-rank" testId="chart-rank" title={t('tr.rep.by_rank')} items={chart('rank', (k) => t(`rank.${k}`))} format={count} emptyText={t('tr.rep.none')} />
              <BarChart
                id="rep-unit"
                testId="chart-unit"
                title={t('tr.rep.by_unit')}
                items={chart('unit', (k, rec) => (rec?.name ? i18n.name(rec) : unitName(i18n, reference, k)), 15)}
                format={count}
                emptyText={t('tr.rep.none')}
              />
            </div>
          </section>
          {cov && (
            <section class="panel" aria-labelledby="rep-coverage" data-testid="report-coverage">
              <h2 id="rep-coverage">{t('tr.rep.coverage')}</h2>
              <p>
                <meter min="0" max={Math.max(1, cov.posts_total)} value={cov.posts_covered} aria-hidden="true" />{' '}
                {t('tr.rep.covered', { covered: cov.posts_covered, total: cov.posts_total })}
              </p>
              {(cov.posts_without_trained ?? []).length > 0 && (
                <details>
                  <summary>{t('tr.rep.without', { n: cov.posts_without_trained.length })}</summary>
                  <ul class="columns">
                    {cov.posts_without_trained.map((u) => {
                      const code = typeof u === 'string' ? u : (u.code ?? u.unit_code);
                      return <li key={code}>{typeof u === 'object' && u.name ? i18n.name(u) : unitName(i18n, reference, code)}</li>;
                    })}
                  </ul>
                </details>
              )}
            </section>
          )}
          <section class="panel" aria-labelledby="rep-gain" data-testid="report-gain">
            <h2 id="rep-gain">{t('tr.rep.gain')}</h2>
            <BarChart
              id="rep-gain-chart"
              testId="chart-gain"
              title={t('tr.rep.gain_chart')}
              items={courses.filter((c) => c.normalized_gain != null).map((c) => ({ label: c.code, value: Math.round(c.normalized_gain * 1000) / 10 }))}
              format={(v) => `${i18n.number(v)}%`}
              emptyText={t('tr.rep.none')}
            />
            {courses.length > 0 && (
              <div class="table-wrap">
                <table class="responsive" data-testid="report-courses">
                  <TableHead labels={courseCols} />
                  <tbody>
                    {courses.map((c) => {
                      return (
                      <tr key={c.code} data-course={c.code}>
                        <td data-label={courseCols[0]}>
                          {(c.course_id ?? c.id) ? <Link href={`/training/courses/${c.course_id ?? c.id}`}>{c.code}</Link> : c.code}
                        </td>
                        <td data-label={courseCols[1]}>{typeof c.title === 'object' && c.title ? viEn(i18n, c.title) : (c.title ?? courseTitle(i18n, c))}</td>
                        <td data-label={courseCols[2]}>{c.participants}</td>
                        <td data-label={courseCols[3]}>{c.completed}</td>
                        <td data-label={courseCols[4]}>{formatScore(c.mean_pre, i18n.number)}</td>
                        <td data-label={courseCols[5]}>{formatScore(c.mean_post, i18n.number)}</td>
                        <td data-label={courseCols[6]}>{formatScore(c.mean_gain, i18n.number)}</td>
                        <td data-label={courseCols[7]}>{formatShare(c.normalized_gain, i18n.number)}</td>
                      </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            {modules.length > 0 && (
              <div class="table-wrap">
                <table class="responsive" data-testid="report-modules">
                  <caption>{t('tr.gain.by_module')}</caption>
                  <TableHead labels={modCols} />
                  <tbody>
                    {modules.map((m, n) => {
                      const mod =
                        typeof m.module === 'object' && m.module
                          ? m.module
                          : { code: m.module ?? m.module_code ?? m.code, title_vi: m.title?.vi ?? m.title_vi, title_en: m.title?.en ?? m.title_en };
                      return (
                        <tr key={mod.code ?? n}>
                          <td data-label={modCols[0]}>
                            {mod.code} {viEn(i18n, mod, 'title')}
                          </td>
                          <td data-label={modCols[1]}>{formatScore(m.mean_pre, i18n.number)}</td>
                          <td data-label={modCols[2]}>{formatScore(m.mean_post, i18n.number)}</td>
                          <td data-label={modCols[3]}>{formatShare(m.normalized_gain, i18n.number)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section class="panel" aria-labelledby="rep-failed" data-testid="report-failed">
            <h2 id="rep-failed">{t('tr.rep.most_failed')}</h2>
            {failed.length === 0 && <p class="empty">{t('tr.rep.none')}</p>}
            {failed.length > 0 && (
              <div class="table-wrap">
                <table class="responsive">
                  <TableHead labels={failCols} />
                  <tbody>
                    {failed.map((row) => ({ ...(row.question ?? {}), ...row })).map((q) => (
                      <tr key={q.question_id}>
                        <td data-label={failCols[0]}>{viEn(i18n, q, 'text')}</td>
                        <td data-label={failCols[1]}>{typeof q.module === 'object' && q.module ? q.module.code : (q.module ?? q.module_code)}</td>
                        <td data-label={failCols[2]}>{q.answered}</td>
                        <td data-label={failCols[3]}>{formatShare(q.correct_share, i18n.number)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
      <AssessmentSummary api={api} filters={filters} reference={reference} />
    </section>
  );
}
