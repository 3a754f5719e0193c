// End-of-training assessments of a course (GET/POST …/courses/{id}/assessments):
// the questionnaire answered by a participant or by a group — per section
// (trends, modus operandi, challenges in investigation and in victim
// protection, recommendations) the themes named and free text — and the list
// of answers recorded.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { ASSESSMENT_SECTIONS, TRAINING_MANAGE_ROLES, sectionThemes } from '../training_vocab.js';
import { mayDo } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { useLoad } from './training_bits.jsx';
import { officerIdOf, officerOf } from './training_participants.jsx';
import { useSubmit } from './use_submit.js';
import { FormActions } from './form_actions.jsx';

const emptySections = () => Object.fromEntries(ASSESSMENT_SECTIONS.map((s) => [s, { themes: [], text: '' }]));

// The sections of an answer (under `sections` or at the top level).
export const sectionsOf = (a) => a.sections ?? Object.fromEntries(ASSESSMENT_SECTIONS.filter((s) => a[s]).map((s) => [s, a[s]]));

function AssessmentForm({ api, course, people, onSaved }) {
  const { t } = useI18n();
  const [by, setBy] = useState('officer');
  const [officerId, setOfficerId] = useState('');
  const [group, setGroup] = useState({ name: '', size: '5' });
  const [sections, setSections] = useState(emptySections);
  const [done, setDone] = useState('');
  const { busy, error, submit } = useSubmit();
  const fields = error?.fields ?? {};
  const toggle = (section, theme, on) =>
    setSections((old) => {
      const themes = old[section].themes.filter((x) => x !== theme);
      return { ...old, [section]: { ...old[section], themes: on ? [...themes, theme] : themes } };
    });
  const setText = (section, text) => setSections((old) => ({ ...old, [section]: { ...old[section], text } }));
  const onSubmit = submit(async () => {
    setDone('');
    const body = by === 'officer' ? { officer_id: Number(officerId) } : { group_name: group.name, group_size: Number(group.size) };
    // Sections sit at the top level of the body; unanswered ones are left out.
    for (const sec of ASSESSMENT_SECTIONS) {
      const a = sections[sec];
      if (a.themes.length > 0 || a.text.trim() !== '') body[sec] = { themes: a.themes, text: a.text };
    }
    await api.post(`/api/v1/training/courses/${course.id}/assessments`, body);
    setSections(emptySections());
    setOfficerId('');
    setDone(t('tr.assess.saved'));
    onSaved();
  });
  const active = people.filter((p) => p.status !== 'withdrawn');
  return (
    <form class="subform" onSubmit={onSubmit} aria-labelledby="assess-form-title" data-testid="assessment-form">
      <h3 id="assess-form-title">{t('tr.assess.new')}</h3>
      {error && <ErrorNotice error={error} summary={t('tr.check_fields')} />}
      <fieldset>
        <legend>{t('tr.assess.by')}</legend>
        <div class="answers">
          {['officer', 'group'].map((x) => (
            <label class="check" key={x}>
              <input type="radio" name="assess-by" checked={by === x} onChange={() => setBy(x)} />
              {t(`tr.assess.by_${x}`)}
            </label>
          ))}
        </div>
        {by === 'officer' ? (
          <FormField id="assess-officer" label={t('tr.assess.participant')} error={fields.officer_id}>
            <select required value={officerId} onChange={(e) => setOfficerId(e.currentTarget.value)}>
              <option value="">{t('tr.choose')}</option>
              {active.map((p) => (
                <option key={officerIdOf(p)} value={String(officerIdOf(p))}>
                  {officerOf(p).full_name}
                </option>
              ))}
            </select>
          </FormField>
        ) : (
          <div class="form-grid">
            <FormField id="assess-group" label={t('tr.assess.group_name')} error={fields.group_name}>
              <input required maxLength={200} value={group.name} onInput={(e) => setGroup({ ...group, name: e.currentTarget.value })} />
            </FormField>
            <FormField id="assess-size" label={t('tr.assess.group_size')} error={fields.group_size}>
              <input type="number" min={2} max={500} required value={group.size} onInput={(e) => setGroup({ ...group, size: e.currentTarget.value })} />
            </FormField>
          </div>
        )}
      </fieldset>
      {ASSESSMENT_SECTIONS.map((s) => (
        <fieldset key={s} data-section={s}>
          <legend>{t(`asection.${s}`)}</legend>
          <div class="checks">
            {sectionThemes(s).map((theme) => (
              <label class="check" key={theme}>
                <input type="checkbox" checked={sections[s].themes.includes(theme)} onChange={(e) => toggle(s, theme, e.currentTarget.checked)} />
                {t(`theme.${theme}`)}
              </label>
            ))}
          </div>
          <FormField
            id={`assess-${s}-text`}
            label={t('tr.assess.text')}
            error={fields[`${s}.text`] ?? fields[`${s}.themes`] ?? Object.entries(fields).find(([k]) => k.startsWith(`${s}.themes[`))?.[1]}
          >
            <textarea rows={2} maxLength={4000} value={sections[s].text} onInput={(e) => setText(s, e.currentTarget.value)} />
          </FormField>
        </fieldset>
      ))}
      <FormActions busy={busy} saveLabel={t('tr.assess.save')} status={done} />
    </form>
  );
}

export function Assessments({ api, me, course, people }) {
  const i18n = useI18n();
  const { t } = i18n;
  const list = useLoad(() => api.get(`/api/v1/training/courses/${course.id}/assessments`), [course.id]);
  const [adding, setAdding] = useState(false);
  const items = list.data?.items ?? [];
  const names = new Map(people.map((p) => [officerIdOf(p), officerOf(p).full_name]));
  const who = (a) =>
    a.officer_id != null
      ? (a.officer_name ?? a.officer?.full_name ?? names.get(a.officer_id) ?? `#${a.officer_id}`)
      : t('tr.assess.group_of', { name: a.group_name, n: a.group_size });
  return (
    <section class="panel" aria-labelledby="assess-title" data-testid="assessments">
      <h2 id="assess-title">{t('tr.assess.title')}</h2>
      {list.error && <ErrorNotice error={list.error} />}
      {list.data && items.length === 0 && <p class="empty">{t('tr.assess.none')}</p>}
      {items.length > 0 && (
        <ul class="plain-list assessments">
          {items.map((a) => {
            const secs = sectionsOf(a);
            return (
              <li key={a.id}>
                <details>
                  <summary>
                    <strong>{who(a)}</strong>
                    {a.created_at && <span class="muted"> · {i18n.dateTime(a.created_at)}</span>}
                  </summary>
                  <dl class="fields">
                    {ASSESSMENT_SECTIONS.filter((s) => secs[s]).map((s) => (
                      <div class="field-row" key={s}>
                        <dt>{t(`asection.${s}`)}</dt>
                        <dd>
                          {(secs[s].themes ?? []).map((x) => t(`theme.${x}`)).join(', ') || '—'}
                          {secs[s].text && <p class="summary">{secs[s].text}</p>}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </details>
              </li>
            );
          })}
        </ul>
      )}
      {mayDo(me.roles, TRAINING_MANAGE_ROLES) && !adding && (
        <p>
          <button type="button" class="btn" onClick={() => setAdding(true)}>
            {t('tr.assess.new')}
          </button>
        </p>
      )}
      {adding && <AssessmentForm api={api} course={course} people={people} onSaved={list.reload} />}
    </section>
  );
}
