// Enrolling a participant on a course (POST …/courses/{id}/participants): a
// registered officer found by name or service number, a user account with
// rank and sex, or a new officer. A full course is a 409 naming capacity,
// said in words with the capacity.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { OFFICER_SEXES, RANKS } from '../training_vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { UnitSelect } from './training_bits.jsx';
import { useSubmit } from './use_submit.js';
import { FormActions } from './form_actions.jsx';

const officerOf = (p) => p.officer ?? p;

// Refusals of an enrolment in words: over capacity (409 naming capacity),
// already enrolled (409), else the server's message with its fields.
export function EnrolError({ error, capacity }) {
  const { t } = useI18n();
  if (error.status === 409) {
    const full = 'capacity' in (error.fields ?? {}) || /capacity|sức chứa/i.test(error.message);
    return (
      <div class="error" role="alert" data-testid="enrol-error">
        <p>{full ? t('tr.enrol.full', { capacity }) : t('tr.enrol.twice')}</p>
        <p class="small">{error.message}</p>
      </div>
    );
  }
  return <ErrorNotice error={error} summary={t('tr.check_fields')} />;
}

function OfficerSearch({ api, enrol, busy }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [found, setFound] = useState(null);
  const [error, setError] = useState(null);
  const search = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      setFound((await api.get('/api/v1/training/officers', { q, limit: 20 })).items);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div class="stack">
      <div class="field">
        <label for="enrol-q">{t('tr.enrol.search')}</label>
        <div class="inline-search">
          <input id="enrol-q" type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && search(e)} />
          <button type="button" class="btn" onClick={search}>
            {t('tr.enrol.find')}
          </button>
        </div>
      </div>
      {error && <ErrorNotice error={error} />}
      {found && found.length === 0 && <p class="empty">{t('tr.enrol.none_found')}</p>}
      {found && found.length > 0 && (
        <ul class="plain-list" data-testid="officer-results">
          {found.map((o) => (
            <li key={o.id} class="screening-row">
              <span>
                <strong>{o.full_name}</strong> · {o.service_number} · {t(`rank.${o.rank}`)}
              </span>
              <button type="button" class="btn small" disabled={busy} onClick={() => enrol({ officer_id: o.id })}>
                {t('tr.enrol.this', { name: o.full_name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const NEW_OFFICER = { full_name: '', service_number: '', unit: '', rank: 'trung_uy', sex: 'male', position: '' };

export function EnrolForm({ api, reference, course, onEnrolled }) {
  const { t } = useI18n();
  const [mode, setMode] = useState('search');
  const [user, setUser] = useState({ user_id: '', rank: 'trung_uy', sex: 'male' });
  const [o, setO] = useState(NEW_OFFICER);
  const [done, setDone] = useState('');
  const { busy, error, submit } = useSubmit();
  const fields = error?.fields ?? {};
  const enrol = async (body) => {
    setDone('');
    const r = await api.post(`/api/v1/training/courses/${course.id}/participants`, body);
    setDone(t('tr.enrol.done', { name: officerOf(r).full_name ?? '' }));
    onEnrolled();
  };
  const run = (body) => submit(() => enrol(body))();
  const onSubmit = submit(async () => {
    if (mode === 'user') await enrol({ user_id: Number(user.user_id), rank: user.rank, sex: user.sex });
    else if (mode === 'new') {
      // The API takes the unit's id; the reference data gives it by code.
      const unitId = reference?.units.get(o.unit)?.id;
      const officer = { full_name: o.full_name, service_number: o.service_number.trim().toUpperCase(), unit_id: unitId ?? null, rank: o.rank, sex: o.sex };
      if (o.position) officer.position = o.position;
      await enrol({ officer });
      setO(NEW_OFFICER);
    }
  });
  const setOf = (setter, name) => (e) => {
    const value = e.currentTarget.value;
    setter((old) => ({ ...old, [name]: value }));
  };
  const f = (name) => fields[name] ?? fields[`officer.${name}`];
  return (
    <form class="subform" onSubmit={onSubmit} aria-labelledby="enrol-title" data-testid="enrol-form">
      <h3 id="enrol-title">{t('tr.enrol.title')}</h3>
      <div class="tabs" role="group" aria-label={t('tr.enrol.how')}>
        {['search', 'user', 'new'].map((m) => (
          <button key={m} type="button" class="btn small" aria-pressed={mode === m ? 'true' : 'false'} onClick={() => setMode(m)}>
            {t(`tr.enrol.mode.${m}`)}
          </button>
        ))}
      </div>
      {error && <EnrolError error={error} capacity={course.capacity} />}
      {mode === 'search' && <OfficerSearch api={api} enrol={run} busy={busy} />}
      {mode === 'user' && (
        <div class="form-grid">
          <FormField id="enrol-user" label={t('tr.enrol.user_id')} error={fields.user_id} hint={t('tr.enrol.user_hint')}>
            <input type="number" min={1} required value={user.user_id} onInput={setOf(setUser, 'user_id')} />
          </FormField>
          <RankSex v={user} set={(n) => setOf(setUser, n)} fields={fields} prefix="enrol-user" />
        </div>
      )}
      {mode === 'new' && (
        <div class="form-grid">
          <FormField id="enrol-name" label={t('tr.officer.full_name')} error={f('full_name')}>
            <input required maxLength={200} value={o.full_name} onInput={setOf(setO, 'full_name')} />
          </FormField>
          <FormField id="enrol-sn" label={t('tr.officer.service_number')} error={f('service_number')} hint={t('tr.officer.service_number_hint')}>
            <input required maxLength={40} pattern="[A-Za-z0-9\-]+" value={o.service_number} onInput={setOf(setO, 'service_number')} />
          </FormField>
          <FormField id="enrol-unit" label={t('tr.officer.unit')} error={f('unit_code') ?? f('unit_id')}>
            <UnitSelect reference={reference} value={o.unit} required onChange={(u) => setO((old) => ({ ...old, unit: u }))} />
          </FormField>
          <RankSex v={o} set={(n) => setOf(setO, n)} fields={{ rank: f('rank'), sex: f('sex') }} prefix="enrol-new" />
          <FormField id="enrol-position" label={t('tr.officer.position')} error={f('position')}>
            <input maxLength={200} value={o.position} onInput={setOf(setO, 'position')} />
          </FormField>
        </div>
      )}
      {mode !== 'search' && (
        <FormActions busy={busy} saveLabel={t('tr.enrol.submit')} />
      )}
      <p class="notice" role="status" aria-live="polite">
        {done}
      </p>
    </form>
  );
}

function RankSex({ v, set, fields, prefix }) {
  const { t } = useI18n();
  return (
    <>
      <FormField id={`${prefix}-rank`} label={t('tr.officer.rank')} error={fields.rank}>
        <select value={v.rank} onChange={set('rank')}>
          {RANKS.map((r) => (
            <option key={r} value={r}>
              {t(`rank.${r}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={`${prefix}-sex`} label={t('tr.officer.sex')} error={fields.sex}>
        <select value={v.sex} onChange={set('sex')}>
          {OFFICER_SEXES.map((s) => (
            <option key={s} value={s}>
              {t(`osex.${s}`)}
            </option>
          ))}
        </select>
      </FormField>
    </>
  );
}

