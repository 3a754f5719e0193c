// Small parts shared by the training pages: the section's tabs, a loader
// hook, status badges, a score, a unit picker and the year/province filters.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { TRAINING_MANAGE_ROLES } from '../training_vocab.js';
import { formatScore } from '../training_util.js';
import { mayDo } from '../vocab.js';

// The training section's own navigation (courses, curriculum, question bank
// for managers, reports).
export function TrainingTabs({ me, current }) {
  const { t } = useI18n();
  const tabs = [
    ['courses', '/training'],
    ['curriculum', '/training/curriculum'],
    ...(mayDo(me.roles, TRAINING_MANAGE_ROLES) ? [['questions', '/training/questions']] : []),
    ['reports', '/training/reports'],
  ];
  return (
    <nav class="tabs training-tabs" aria-label={t('tr.tabs')}>
      {tabs.map(([name, href]) => (
        <Link key={name} href={href} class="btn small" aria-current={current === name ? 'page' : undefined}>
          {t(`tr.tab.${name}`)}
        </Link>
      ))}
    </nav>
  );
}

// Runs `load()` (a promise) when `deps` change: {data, error, reload, set}.
// `set` replaces the data (after a save answered with the new record).
export function useLoad(load, deps) {
  const [state, setState] = useState({ data: null, error: null });
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ data, error: null }),
      (error) => live && setState({ data: null, error }),
    );
    return () => {
      live = false;
    };
  }, [...deps, n]);
  return {
    ...state,
    reload: () => setN((x) => x + 1),
    set: (data) => setState({ data, error: null }),
  };
}

// A status as a coloured label; `prefix` is the i18n prefix (tcstatus, …).
export function TrBadge({ prefix, value }) {
  const { t } = useI18n();
  return <span class={`badge tr-${prefix}-${value}`}>{t(`${prefix}.${value}`)}</span>;
}

// A 0–100 score to one decimal, or a dash.
export function Score({ value }) {
  const i18n = useI18n();
  return <span class="num">{formatScore(value, i18n.number)}</span>;
}

// A unit chosen from the reference list (code), grouped under its province
// command where it has one; `kinds` limits it (e.g. border posts and gates).
export function UnitSelect({ reference, value, onChange, kinds, required, id, name }) {
  const i18n = useI18n();
  const units = [...(reference?.units.values() ?? [])].filter((u) => !kinds || kinds.includes(u.kind));
  return (
    <select id={id} name={name} value={value} required={required} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{i18n.t('tr.choose')}</option>
      {units.map((u) => (
        <option key={u.code} value={u.code}>
          {i18n.name(u)} ({u.code})
        </option>
      ))}
    </select>
  );
}

// The name of a unit given by code (or the code itself when unknown).
export function unitName(i18n, reference, code) {
  const u = code ? reference?.units.get(code) : null;
  return u ? i18n.name(u) : code || '—';
}

// A course's title in the interface language.
export function courseTitle(i18n, c) {
  if (!c) return '';
  return i18n.lang === 'en' ? c.title_en || c.title_vi : c.title_vi || c.title_en;
}

// Text in the interface language from an object with _vi/_en fields (or
// {vi, en}).
export function viEn(i18n, obj, field) {
  if (!obj) return '';
  if (!field) return i18n.lang === 'en' ? obj.en || obj.vi : obj.vi || obj.en;
  return i18n.lang === 'en' ? obj[`${field}_en`] || obj[`${field}_vi`] : obj[`${field}_vi`] || obj[`${field}_en`];
}

// The year and province filters of the course list and the reports: a
// labelled select each, "any" first; `years` newest first, provinces current.
export function YearFilter({ id, value, onChange, years }) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label for={id}>{t('tr.year')}</label>
      <select id={id} value={value} onChange={onChange}>
        <option value="">{t('cases.filter.any')}</option>
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ProvinceFilter({ id, value, onChange, reference }) {
  const i18n = useI18n();
  const provinces = (reference?.provinceList ?? []).filter((p) => p.current);
  return (
    <div class="field">
      <label for={id}>{i18n.t('tr.course.province')}</label>
      <select id={id} value={value} onChange={onChange}>
        <option value="">{i18n.t('cases.filter.any')}</option>
        {provinces.map((p) => (
          <option key={p.code} value={p.code}>
            {i18n.name(p)}
          </option>
        ))}
      </select>
    </div>
  );
}
