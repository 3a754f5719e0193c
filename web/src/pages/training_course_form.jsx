// The course form (create: POST /api/v1/training/courses; edit: PATCH
// /api/v1/training/courses/{id} with expected_version — a 409 says someone
// else saved first). Trainers are typed one per line ("Name" or
// "Name | user id"); the modules taught are chosen with the version taught.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { COURSE_STATUSES } from '../training_vocab.js';
import { parseTrainers, trainersText } from '../training_util.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormActions } from './form_actions.jsx';
import { FormField } from './form_field.jsx';
import { useLoad, viEn } from './training_bits.jsx';
import { useSubmit } from './use_submit.js';

// The version record a module lists as its current one.
export function currentVersion(m) {
  return m?.current_version ?? m?.current ?? m?.latest_version ?? (Array.isArray(m?.versions) ? m.versions[0] : null);
}

function initial(course) {
  if (!course) {
    return {
      code: '',
      title_vi: '',
      title_en: '',
      province_code: '',
      venue: '',
      start_date: '',
      end_date: '',
      capacity: '30',
      min_attendance_pct: '80',
      pass_mark: '50',
      trainers: '',
      modules: [],
      status: 'planned',
    };
  }
  return {
    code: course.code,
    title_vi: course.title_vi,
    title_en: course.title_en ?? '',
    province_code: course.province_code ?? '',
    venue: course.venue ?? '',
    start_date: course.start_date,
    end_date: course.end_date,
    capacity: String(course.capacity),
    min_attendance_pct: String(course.min_attendance_pct ?? 80),
    pass_mark: String(course.pass_mark ?? 50),
    trainers: trainersText(course.trainers),
    modules: (course.modules ?? []).map((m) => (typeof m === 'object' ? (m.module_version_id ?? m.id) : m)),
    status: course.status,
  };
}

export function CourseForm({ api, reference, course, onSaved, onCancel }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [v, setV] = useState(() => initial(course));
  const { busy, error, submit } = useSubmit();
  const [conflict, setConflict] = useState(false);
  const modules = useLoad(() => api.get('/api/v1/training/modules'), []);
  const fields = error?.fields ?? {};
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  const toggleModule = (id, on) =>
    setV((old) => ({ ...old, modules: on ? [...old.modules.filter((x) => x !== id), id] : old.modules.filter((x) => x !== id) }));

  const onSubmit = submit(async () => {
    setConflict(false);
    const body = {
      code: v.code.trim(),
      title_vi: v.title_vi,
      title_en: v.title_en,
      province_code: v.province_code,
      venue: v.venue,
      start_date: v.start_date,
      end_date: v.end_date,
      capacity: Number(v.capacity),
      min_attendance_pct: Number(v.min_attendance_pct),
      pass_mark: Number(v.pass_mark),
      trainers: parseTrainers(v.trainers),
      modules: v.modules,
    };
    try {
      if (course) {
        if (v.status !== course.status) body.status = v.status;
        body.expected_version = course.version;
        await onSaved(await api.patch(`/api/v1/training/courses/${course.id}`, body));
      } else {
        await onSaved(await api.post('/api/v1/training/courses', body));
      }
    } catch (err) {
      if (err.status === 409 && course) setConflict(true);
      throw err;
    }
  });

  const provinces = (reference?.provinceList ?? []).filter((p) => p.current);
  const items = modules.data?.items ?? [];
  const fieldError = (name) => fields[name];
  return (
    <form class="case-form subform" onSubmit={onSubmit} aria-labelledby="course-form-title" data-testid="course-form">
      <h2 id="course-form-title">{course ? t('tr.course.edit') : t('tr.course.new')}</h2>
      {conflict && (
        <p class="error" role="alert">
          {t('tr.conflict')}
        </p>
      )}
      {error && !conflict && <ErrorNotice error={error} summary={t('tr.check_fields')} />}
      <div class="form-grid">
        <FormField id="course-code" label={t('tr.course.code')} error={fieldError('code')} hint={t('tr.course.code_hint')}>
          <input name="code" required maxLength={40} value={v.code} onInput={set('code')} />
        </FormField>
        <FormField id="course-title-vi" label={t('tr.course.title_vi')} error={fieldError('title_vi')}>
          <input name="title_vi" required maxLength={300} value={v.title_vi} onInput={set('title_vi')} />
        </FormField>
        <FormField id="course-title-en" label={t('tr.course.title_en')} error={fieldError('title_en')}>
          <input name="title_en" maxLength={300} value={v.title_en} onInput={set('title_en')} />
        </FormField>
        <FormField id="course-province" label={t('tr.course.province')} error={fieldError('province_code')}>
          <select name="province_code" required value={v.province_code} onChange={set('province_code')}>
            <option value="">{t('tr.choose')}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {i18n.name(p)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="course-venue" label={t('tr.course.venue')} error={fieldError('venue')}>
          <input name="venue" maxLength={300} value={v.venue} onInput={set('venue')} />
        </FormField>
        <FormField id="course-start" label={t('tr.course.start_date')} error={fieldError('start_date')}>
          <input name="start_date" type="date" required value={v.start_date} onInput={set('start_date')} />
        </FormField>
        <FormField id="course-end" label={t('tr.course.end_date')} error={fieldError('end_date')}>
          <input name="end_date" type="date" required min={v.start_date || undefined} value={v.end_date} onInput={set('end_date')} />
        </FormField>
        <FormField id="course-capacity" label={t('tr.course.capacity')} error={fieldError('capacity')}>
          <input name="capacity" type="number" required min={1} max={500} value={v.capacity} onInput={set('capacity')} />
        </FormField>
        <FormField id="course-min-att" label={t('tr.course.min_attendance')} error={fieldError('min_attendance_pct')}>
          <input name="min_attendance_pct" type="number" min={0} max={100} value={v.min_attendance_pct} onInput={set('min_attendance_pct')} />
        </FormField>
        <FormField id="course-pass" label={t('tr.course.pass_mark')} error={fieldError('pass_mark')}>
          <input name="pass_mark" type="number" min={0} max={100} value={v.pass_mark} onInput={set('pass_mark')} />
        </FormField>
        {course && (
          <FormField id="course-status" label={t('tr.course.status')} error={fieldError('status')}>
            <select name="status" value={v.status} onChange={set('status')}>
              {COURSE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`tcstatus.${s}`)}
                </option>
              ))}
            </select>
          </FormField>
        )}
      </div>
      <FormField id="course-trainers" label={t('tr.course.trainers')} error={fieldError('trainers')} hint={t('tr.course.trainers_hint')}>
        <textarea name="trainers" rows={3} required value={v.trainers} onInput={set('trainers')} />
      </FormField>
      <fieldset class={fieldError('modules') ? 'has-error' : undefined}>
        <legend>{t('tr.course.modules')}</legend>
        {modules.error && <ErrorNotice error={modules.error} />}
        {!modules.data && !modules.error && <p class="loading">{t('app.loading')}</p>}
        {modules.data && items.length === 0 && <p class="empty">{t('tr.module.none')}</p>}
        <div class="checks">
          {items.map((m) => {
            const cur = currentVersion(m);
            if (!cur) return null;
            return (
              <label class="check" key={m.id}>
                <input type="checkbox" checked={v.modules.includes(cur.id)} onChange={(e) => toggleModule(cur.id, e.currentTarget.checked)} />
                {m.code} · {viEn(i18n, cur, 'title')} ({t('tr.module.version_n', { n: cur.version })})
              </label>
            );
          })}
          {/* Versions taught that are no longer current stay chosen. */}
          {v.modules
            .filter((id) => !items.some((m) => currentVersion(m)?.id === id))
            .map((id) => (
              <label class="check" key={`old-${id}`}>
                <input type="checkbox" checked onChange={(e) => toggleModule(id, e.currentTarget.checked)} />
                {moduleLabel(i18n, course, id)}
              </label>
            ))}
        </div>
        {fieldError('modules') && <small class="field-error">{fieldError('modules')}</small>}
      </fieldset>
      <FormActions busy={busy} saveLabel={course ? t('tr.save') : t('tr.course.create')} cancelLabel={t('tr.cancel')} onCancel={onCancel} />
    </form>
  );
}

function moduleLabel(i18n, course, id) {
  const m = (course?.modules ?? []).find((x) => typeof x === 'object' && (x.module_version_id ?? x.id) === id);
  if (!m) return `#${id}`;
  return `${m.module_code ?? m.code ?? ''} · ${viEn(i18n, m, 'title')} (${i18n.t('tr.module.version_n', { n: m.version })})`;
}
