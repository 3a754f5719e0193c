// One course (/training/courses/{id}; GET /api/v1/training/courses/{id}):
// its facts (edited by trainers with the version read: 409 said in words),
// then the participants, the attendance grid, the tests, the knowledge gain,
// completion with the certificates, and the end-of-training assessments.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { TRAINING_MANAGE_ROLES } from '../training_vocab.js';
import { courseDays } from '../training_util.js';
import { mayDo } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FieldList } from './field_list.jsx';
import { useTitle } from './title.js';
import { TrBadge, TrainingTabs, courseTitle, useLoad, viEn } from './training_bits.jsx';
import { CourseForm } from './training_course_form.jsx';
import { Participants } from './training_participants.jsx';
import { Attendance } from './training_attendance.jsx';
import { CourseTests } from './training_tests_panel.jsx';
import { GainPanel } from './training_gain.jsx';
import { Completion } from './training_completion.jsx';
import { Assessments } from './training_assessments.jsx';

function ModulesTaught({ course }) {
  const i18n = useI18n();
  const mods = course.modules ?? [];
  if (mods.length === 0) return '—';
  return (
    <ul class="plain">
      {mods.map((m) =>
        typeof m === 'object' ? (
          <li key={m.module_version_id ?? m.id}>
            {m.module_code ?? m.code} · {viEn(i18n, m, 'title')} ({i18n.t('tr.module.version_n', { n: m.version })})
          </li>
        ) : (
          <li key={m}>#{m}</li>
        ),
      )}
    </ul>
  );
}

// "Start the course" for a planned course (PATCH status in_progress with the
// version read; a 409 is said in words and the course read again).
function StartCourse({ api, course, onSaved, onConflict }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.patch(`/api/v1/training/courses/${course.id}`, { status: 'in_progress', expected_version: course.version }));
    } catch (err) {
      if (err.status === 409) onConflict();
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class="btn primary" disabled={busy} onClick={start}>
        {t('tr.course.start')}
      </button>
      {error && (error.status === 409 ? <p class="error" role="alert">{t('tr.conflict')}</p> : <ErrorNotice error={error} />)}
    </>
  );
}

export function TrainingCoursePage({ api, me, reference, id }) {
  const i18n = useI18n();
  const { t } = i18n;
  const course = useLoad(() => api.get(`/api/v1/training/courses/${id}`), [id]);
  const participants = useLoad(() => api.get(`/api/v1/training/courses/${id}/participants`), [id]);
  const [editing, setEditing] = useState(false);
  const [gainKey, setGainKey] = useState(0);
  const c = course.data;
  useTitle(c ? `${c.code} — ${t('tr.courses.title')}` : t('tr.courses.title'));
  const mayManage = mayDo(me.roles, TRAINING_MANAGE_ROLES);
  const days = c ? courseDays(c.start_date, c.end_date) : [];
  const people = participants.data?.items ?? [];
  const refreshPeople = () => {
    participants.reload();
    setGainKey((n) => n + 1);
  };

  const rows = c
    ? [
        ['tr.course.code', c.code],
        ['tr.course.status', <TrBadge prefix="tcstatus" value={c.status} />],
        ['tr.course.title_vi', c.title_vi],
        ['tr.course.title_en', c.title_en || '—'],
        ['tr.course.province', i18n.name(reference?.provinces.get(c.province_code)) || c.province_code],
        ['tr.course.venue', c.venue || '—'],
        ['tr.course.dates', `${i18n.date(c.start_date)} – ${i18n.date(c.end_date)} (${t('tr.course.days_n', { n: days.length })})`],
        ['tr.course.capacity', String(c.capacity)],
        ['tr.course.min_attendance', `${c.min_attendance_pct}%`],
        ['tr.course.pass_mark', String(c.pass_mark)],
        ['tr.course.trainers', (c.trainers ?? []).map((x) => x.name).join(', ') || '—'],
        ['tr.course.modules', <ModulesTaught course={c} />],
      ]
    : [];
  return (
    <article aria-labelledby="course-title" class="training-course">
      <p class="crumbs">
        <Link href="/training">← {t('tr.courses.title')}</Link>
      </p>
      {course.error && <ErrorNotice error={course.error} notFoundText={t('tr.course.not_found')} />}
      {!c && !course.error && <p class="loading" role="status">{t('app.loading')}</p>}
      {c && (
        <>
          <div class="case-head">
            <p class="case-number">{c.code}</p>
            <h1 id="course-title">{courseTitle(i18n, c)}</h1>
          </div>
          <TrainingTabs me={me} current="courses" />
          <section class="panel" aria-labelledby="course-facts">
            <h2 id="course-facts">{t('tr.course.facts')}</h2>
            {!editing && <FieldList rows={rows} />}
            {mayManage && !editing && (
              <p class="actions row-actions">
                {c.status === 'planned' && <StartCourse api={api} course={c} onSaved={course.set} onConflict={course.reload} />}
                <button type="button" class="btn" onClick={() => setEditing(true)}>
                  {t('tr.course.edit')}
                </button>
              </p>
            )}
            {editing && (
              <CourseForm
                api={api}
                reference={reference}
                course={c}
                onSaved={(saved) => {
                  course.set(saved);
                  setEditing(false);
                }}
                onCancel={() => setEditing(false)}
              />
            )}
          </section>
          <Participants api={api} me={me} reference={reference} course={c} state={participants} onChanged={refreshPeople} />
          {days.length > 0 && people.length > 0 && (
            <Attendance api={api} me={me} course={c} days={days} people={people} onSaved={participants.reload} />
          )}
          <CourseTests api={api} me={me} course={c} />
          <GainPanel key={gainKey} api={api} course={c} />
          <Completion
            api={api}
            me={me}
            course={c}
            people={people}
            onCompleted={() => {
              course.reload();
              refreshPeople();
            }}
          />
          <Assessments api={api} me={me} course={c} people={people} />
        </>
      )}
    </article>
  );
}
