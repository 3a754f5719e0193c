// One module of the manual (/training/modules/{id}; GET
// /api/v1/training/modules/{id}): every version, newest first, with what
// changed and why, its objectives, citations and content; trainers record a
// new version (POST …/versions; the change note is required). Versions are
// never edited.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { CITATION_KINDS, TRAINING_MANAGE_ROLES } from '../training_vocab.js';
import { lines } from '../training_util.js';
import { mayDo } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormActions } from './form_actions.jsx';
import { FormField } from './form_field.jsx';
import { useTitle } from './title.js';
import { TrainingTabs, useLoad, viEn } from './training_bits.jsx';
import { useSubmit } from './use_submit.js';

export const emptyVersion = () => ({
  title_vi: '',
  title_en: '',
  content_vi: '',
  content_en: '',
  objectives: '',
  citations: '',
  effective_date: '',
  change_vi: '',
  change_en: '',
});

// Objectives typed one per line as "Vietnamese | English".
export function parseObjectives(text) {
  return lines(text).map((l) => {
    const [vi, en] = l.split('|').map((s) => s.trim());
    return { vi, en: en || vi };
  });
}

// Citations one per line as "kind | reference | title" (kind one of
// CITATION_KINDS; anything else is kept for the server to name).
export function parseCitations(text) {
  return lines(text).map((l) => {
    const [kind, ref, ...title] = l.split('|').map((s) => s.trim());
    return { kind: (kind ?? '').toLowerCase(), ref: ref ?? '', title: title.join(' | ') };
  });
}

export function versionBody(v) {
  return {
    title_vi: v.title_vi,
    title_en: v.title_en,
    content_vi: v.content_vi,
    content_en: v.content_en,
    objectives: parseObjectives(v.objectives),
    citations: parseCitations(v.citations),
    effective_date: v.effective_date,
    change_note: { vi: v.change_vi, en: v.change_en },
  };
}

export function versionDraft(ver) {
  return {
    ...emptyVersion(),
    title_vi: ver.title_vi ?? '',
    title_en: ver.title_en ?? '',
    content_vi: ver.content_vi ?? '',
    content_en: ver.content_en ?? '',
    objectives: (ver.objectives ?? []).map((o) => `${o.vi} | ${o.en}`).join('\n'),
    citations: (ver.citations ?? []).map((c) => `${c.kind} | ${c.ref} | ${c.title}`).join('\n'),
  };
}

// The fields of a version; with `changeNote` the change note is asked too.
export function VersionFields({ v, setV, fields, prefix, changeNote = false }) {
  const { t } = useI18n();
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  const f = (name) => fields[name] ?? Object.entries(fields).find(([k]) => k.startsWith(`${name}[`) || k.startsWith(`${name}.`))?.[1];
  return (
    <>
      {changeNote && (
        <div class="form-grid">
          <FormField id={`${prefix}-change-vi`} label={t('tr.module.change_vi')} error={fields['change_note.vi'] ?? fields.change_note}>
            <textarea rows={2} required maxLength={2000} value={v.change_vi} onInput={set('change_vi')} />
          </FormField>
          <FormField id={`${prefix}-change-en`} label={t('tr.module.change_en')} error={fields['change_note.en']}>
            <textarea rows={2} maxLength={2000} value={v.change_en} onInput={set('change_en')} />
          </FormField>
        </div>
      )}
      <div class="form-grid">
        <FormField id={`${prefix}-title-vi`} label={t('tr.module.title_vi')} error={fields.title_vi}>
          <input required maxLength={300} value={v.title_vi} onInput={set('title_vi')} />
        </FormField>
        <FormField id={`${prefix}-title-en`} label={t('tr.module.title_en')} error={fields.title_en}>
          <input maxLength={300} value={v.title_en} onInput={set('title_en')} />
        </FormField>
        <FormField id={`${prefix}-date`} label={t('tr.module.effective_date')} error={fields.effective_date}>
          <input type="date" required value={v.effective_date} onInput={set('effective_date')} />
        </FormField>
      </div>
      <FormField id={`${prefix}-objectives`} label={t('tr.module.objectives')} error={f('objectives')} hint={t('tr.module.objectives_hint')}>
        <textarea rows={3} value={v.objectives} onInput={set('objectives')} />
      </FormField>
      <FormField
        id={`${prefix}-citations`}
        label={t('tr.module.citations')}
        error={f('citations')}
        hint={t('tr.module.citations_hint', { kinds: CITATION_KINDS.join(', ') })}
      >
        <textarea rows={3} value={v.citations} onInput={set('citations')} />
      </FormField>
      <div class="form-grid">
        <FormField id={`${prefix}-content-vi`} label={t('tr.module.content_vi')} error={fields.content_vi}>
          <textarea rows={6} value={v.content_vi} onInput={set('content_vi')} />
        </FormField>
        <FormField id={`${prefix}-content-en`} label={t('tr.module.content_en')} error={fields.content_en}>
          <textarea rows={6} value={v.content_en} onInput={set('content_en')} />
        </FormField>
      </div>
    </>
  );
}

function NewVersion({ api, module, latest, onSaved, onCancel }) {
  const { t } = useI18n();
  const [v, setV] = useState(() => (latest ? versionDraft(latest) : emptyVersion()));
  const { busy, error, submit } = useSubmit();
  const fields = error?.fields ?? {};
  const onSubmit = submit(async () => {
    await api.post(`/api/v1/training/modules/${module.id}/versions`, versionBody(v));
    onSaved();
  });
  return (
    <form class="subform case-form" onSubmit={onSubmit} aria-labelledby="version-form-title" data-testid="version-form">
      <h2 id="version-form-title">{t('tr.module.new_version')}</h2>
      {error && <ErrorNotice error={error} summary={t('tr.check_fields')} />}
      <VersionFields v={v} setV={setV} fields={fields} prefix="version" changeNote />
      <FormActions busy={busy} saveLabel={t('tr.module.save_version')} cancelLabel={t('tr.cancel')} onCancel={onCancel} />
    </form>
  );
}

function Version({ ver, open }) {
  const i18n = useI18n();
  const { t } = i18n;
  const note = viEn(i18n, ver.change_note);
  return (
    <details class="panel version" open={open} data-version={ver.version}>
      <summary>
        <strong>{t('tr.module.version_n', { n: ver.version })}</strong> · {viEn(i18n, ver, 'title')} ·{' '}
        <span class="muted">{t('tr.module.effective_from', { date: i18n.date(ver.effective_date) })}</span>
      </summary>
      {note && (
        <p class="caution">
          <strong>{t('tr.module.change_note')}:</strong> {note}
        </p>
      )}
      {(ver.objectives ?? []).length > 0 && (
        <>
          <h3>{t('tr.module.objectives')}</h3>
          <ul>
            {ver.objectives.map((o, n) => (
              <li key={n}>{viEn(i18n, o)}</li>
            ))}
          </ul>
        </>
      )}
      {(ver.citations ?? []).length > 0 && (
        <>
          <h3>{t('tr.module.citations')}</h3>
          <ul>
            {ver.citations.map((c, n) => (
              <li key={n}>
                <span class="badge">{t(`citation.${c.kind}`)}</span> {c.ref} — {c.title}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('tr.module.content')}</h3>
      <p class="summary">{viEn(i18n, ver, 'content') || '—'}</p>
    </details>
  );
}

export function TrainingModulePage({ api, me, id }) {
  const { t } = useI18n();
  const mod = useLoad(() => api.get(`/api/v1/training/modules/${id}`), [id]);
  const [adding, setAdding] = useState(false);
  const m = mod.data;
  useTitle(m ? `${m.code} — ${t('tr.curriculum.title')}` : t('tr.curriculum.title'));
  const versions = [...(m?.versions ?? [])].sort((a, b) => b.version - a.version);
  return (
    <article aria-labelledby="module-title">
      <p class="crumbs">
        <Link href="/training/curriculum">← {t('tr.curriculum.title')}</Link>
      </p>
      {mod.error && <ErrorNotice error={mod.error} notFoundText={t('tr.module.not_found')} />}
      {!m && !mod.error && <p class="loading" role="status">{t('app.loading')}</p>}
      {m && (
        <>
          <h1 id="module-title">{t('tr.module.heading', { code: m.code })}</h1>
          <TrainingTabs me={me} current="curriculum" />
          {mayDo(me.roles, TRAINING_MANAGE_ROLES) && !adding && (
            <p>
              <button type="button" class="btn primary" onClick={() => setAdding(true)}>
                {t('tr.module.new_version')}
              </button>
            </p>
          )}
          {adding && (
            <NewVersion
              api={api}
              module={m}
              latest={versions[0]}
              onSaved={() => {
                setAdding(false);
                mod.reload();
              }}
              onCancel={() => setAdding(false)}
            />
          )}
          <h2>{t('tr.module.versions')}</h2>
          {versions.map((ver, n) => (
            <Version key={ver.id} ver={ver} open={n === 0} />
          ))}
        </>
      )}
    </article>
  );
}
