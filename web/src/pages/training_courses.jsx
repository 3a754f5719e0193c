// The training courses (/training; GET /api/v1/training/courses): filters
// status, province and year kept in the address; trainers and admins create
// a course here and land on its page.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link, navigate } from '../router.js';
import { COURSE_STATUSES, TRAINING_MANAGE_ROLES } from '../training_vocab.js';
import { courseFilters, courseListHref } from '../training_util.js';
import { mayDo } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { TableHead } from './table_head.jsx';
import { useTitle } from './title.js';
import { CourseForm } from './training_course_form.jsx';
import { ProvinceFilter, TrBadge, TrainingTabs, YearFilter, courseTitle, useLoad } from './training_bits.jsx';

const PAGE = 50;

function Filters({ applied, reference }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, setDraft] = useState(applied);
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setDraft((old) => ({ ...old, [name]: value }));
  };
  const thisYear = new Date().getUTCFullYear();
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  return (
    <form
      class="filters"
      aria-label={t('tr.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        navigate(courseListHref(draft));
      }}
    >
      <div class="field">
        <label for="tf-status">{t('tr.course.status')}</label>
        <select id="tf-status" value={draft.status} onChange={set('status')}>
          <option value="">{t('cases.filter.any')}</option>
          {COURSE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`tcstatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <ProvinceFilter id="tf-province" value={draft.province} onChange={set('province')} reference={reference} />
      <YearFilter id="tf-year" value={draft.year} onChange={set('year')} years={years} />
      <div class="filter-actions">
        <button type="submit" class="btn primary">
          {t('cases.filter.apply')}
        </button>
        <button type="button" class="btn" onClick={() => navigate('/training')}>
          {t('cases.filter.clear')}
        </button>
      </div>
    </form>
  );
}

export function TrainingCourses({ api, me, reference, query }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('tr.courses.title'));
  const filters = courseFilters(query);
  const key = courseListHref(filters);
  const list = useLoad(() => api.get('/api/v1/training/courses', { ...filters, limit: PAGE }), [key]);
  const [adding, setAdding] = useState(false);
  const mayManage = mayDo(me.roles, TRAINING_MANAGE_ROLES);
  const items = list.data?.items ?? [];
  const cols = ['tr.course.code', 'tr.course.title', 'tr.course.province', 'tr.course.dates', 'tr.course.participants', 'tr.course.status'];
  return (
    <section aria-labelledby="tc-title">
      <div class="page-head">
        <h1 id="tc-title">{t('tr.courses.title')}</h1>
        {mayManage && !adding && (
          <button type="button" class="btn primary" onClick={() => setAdding(true)}>
            {t('tr.course.new')}
          </button>
        )}
      </div>
      <TrainingTabs me={me} current="courses" />
      {adding && (
        <CourseForm
          api={api}
          reference={reference}
          onSaved={(c) => navigate(`/training/courses/${c.id}`)}
          onCancel={() => setAdding(false)}
        />
      )}
      <Filters key={key} applied={filters} reference={reference} />
      {list.error && <ErrorNotice error={list.error} />}
      {!list.data && !list.error && <p class="loading" role="status">{t('app.loading')}</p>}
      {list.data && items.length === 0 && <p class="empty">{t('tr.courses.none')}</p>}
      {items.length > 0 && (
        <div class="table-wrap">
          <table class="responsive" data-testid="courses">
            <TableHead labels={cols.map((c) => t(c))} />
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <td data-label={t('tr.course.code')}>
                    <Link href={`/training/courses/${c.id}`}>{c.code}</Link>
                  </td>
                  <td data-label={t('tr.course.title')}>{courseTitle(i18n, c)}</td>
                  <td data-label={t('tr.course.province')}>{i18n.name(reference?.provinces.get(c.province_code)) || c.province_code}</td>
                  <td data-label={t('tr.course.dates')}>
                    {i18n.date(c.start_date)} – {i18n.date(c.end_date)}
                  </td>
                  <td data-label={t('tr.course.participants')}>
                    {c.participants ?? c.enrolled ?? '—'} / {c.capacity}
                  </td>
                  <td data-label={t('tr.course.status')}>
                    <TrBadge prefix="tcstatus" value={c.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data?.total > items.length && <p class="muted">{t('tr.courses.more', { shown: items.length, total: list.data.total })}</p>}
    </section>
  );
}
