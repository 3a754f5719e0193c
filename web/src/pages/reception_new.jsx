// Recording the reception of returned victims (POST /api/v1/receptions): who
// handed them over (country — by default the one the chosen gate faces —,
// agency, when, in Vietnam time), the receiving border gate or post (in the
// user's units), the receiving officer (the user),
// a new case or an open one (by number or id), and one block per returnee
// with their immediate needs. All or nothing; on success, the case page.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link, navigate } from '../router.js';
import { TRAFFICKING_FORMS } from '../vocab.js';
import { RECEIVING_UNIT_KINDS } from '../victim_vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { unitsWithin } from './case_form.jsx';
import { vietnamLocalToUtc } from './event_add.jsx';
import { EMPTY_RETURNEE, ReturneeFields, returneeBody } from './returnee_fields.jsx';
import { useTitle } from './title.js';
import { useSubmit } from './use_submit.js';

// Now in Vietnam as "YYYY-MM-DDTHH:MM" (the field's default and upper bound).
function nowInVietnam() {
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 16);
}

// The field errors of person `i`, without their "persons[i]." prefix.
function personFields(fields, i) {
  const prefix = `persons[${i}].`;
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, v]) => [k.slice(prefix.length), v]),
  );
}

// An open case's id from what the officer typed: an id, or a case number
// looked up in the cases the user may see.
async function findCase(api, text) {
  const q = text.trim();
  if (/^\d+$/.test(q)) return Number(q);
  const page = await api.get('/api/v1/cases', { q, limit: 20 });
  const hit = page.items.find((c) => c.number.toLowerCase() === q.toLowerCase());
  return hit ? hit.id : null;
}

export function ReceptionNew({ api, me, reference }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('reception.new_title'));
  const gates = reference
    ? unitsWithin(reference.units, me.unit_code).filter((u) => RECEIVING_UNIT_KINDS.includes(u.kind))
    : [];
  const [v, setV] = useState({
    unit_code: '',
    handover_country: null, // null: the country the gate faces
    handover_agency: '',
    handed_over_at: nowInVietnam(),
    case_mode: 'new',
    case_ref: '',
    title: '',
    trafficking_form: '',
    summary: '',
    notes: '',
  });
  const [persons, setPersons] = useState([{ ...EMPTY_RETURNEE, key: 1 }]);
  const [nextKey, setNextKey] = useState(2);
  const [caseRefError, setCaseRefError] = useState('');
  const { busy, error, submit } = useSubmit({ holdBusy: true });
  const fields = error?.fields ?? {};
  const unitCode = v.unit_code || gates[0]?.code || '';
  const facing = reference?.units.get(unitCode)?.facing_country;
  const country = v.handover_country ?? (facing && facing !== 'VN' ? facing : '');
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  const changePerson = (i) => (update) => setPersons((old) => old.map((p, j) => (j === i ? update(p) : p)));
  const removePerson = (i) => () => setPersons((old) => old.filter((_, j) => j !== i));
  const addPerson = () => {
    setPersons((old) => [...old, { ...EMPTY_RETURNEE, key: nextKey }]);
    setNextKey((k) => k + 1);
  };

  const onSubmit = submit(async () => {
    setCaseRefError('');
    const body = {
      unit_code: unitCode,
      handover_country: country,
      handover_agency: v.handover_agency,
      persons: persons.map(returneeBody),
    };
    const when = vietnamLocalToUtc(v.handed_over_at);
    if (when) body.handed_over_at = when;
    if (v.notes.trim()) body.notes = v.notes.trim();
    if (v.case_mode === 'new') {
      body.case = { title: v.title, trafficking_form: v.trafficking_form };
      if (v.summary.trim()) body.case.summary = v.summary.trim();
    } else {
      const id = await findCase(api, v.case_ref);
      if (!id) {
        setCaseRefError(t('reception.case_not_found'));
        throw Object.assign(new Error(t('reception.case_not_found')), { status: 400, fields: {} });
      }
      body.case_id = id;
    }
    const r = await api.post('/api/v1/receptions', body);
    navigate(`/cases/${r.case_id}`);
  });

  const countries = reference ? [...reference.countries.values()].filter((c) => c.code !== 'VN') : [];
  countries.sort((a, b) => i18n.name(a).localeCompare(i18n.name(b), i18n.lang));

  return (
    <section aria-labelledby="reception-title">
      <p class="crumbs">
        <Link href="/receptions">← {t('reception.back')}</Link>
      </p>
      <h1 id="reception-title">{t('reception.new_title')}</h1>
      {error && <ErrorNotice error={error} summary={t('reception.check_fields')} />}
      <form class="panel case-form" onSubmit={onSubmit}>
        <fieldset class="stack">
          <legend>{t('reception.handover')}</legend>
          <div class="form-grid">
            <FormField id="rcp-unit" label={t('reception.unit')} error={fields.unit_code}>
              <select name="unit_code" required value={unitCode} onChange={set('unit_code')}>
                {gates.length === 0 && <option value="">{t('reception.no_gates')}</option>}
                {gates.map((u) => (
                  <option value={u.code}>{i18n.name(u)}</option>
                ))}
              </select>
            </FormField>
            <FormField id="rcp-country" label={t('reception.country')} error={fields.handover_country}>
              <select name="handover_country" required value={country} onChange={set('handover_country')}>
                <option value="">{t('new.choose')}</option>
                {countries.map((c) => (
                  <option value={c.code}>{i18n.name(c)}</option>
                ))}
              </select>
            </FormField>
            <FormField id="rcp-agency" label={t('reception.agency')} error={fields.handover_agency} hint={t('reception.agency_hint')}>
              <input name="handover_agency" required maxLength={200} value={v.handover_agency} onInput={set('handover_agency')} />
            </FormField>
            <FormField id="rcp-when" label={t('reception.when')} error={fields.handed_over_at}>
              <input name="handed_over_at" type="datetime-local" max={nowInVietnam()} value={v.handed_over_at} onInput={set('handed_over_at')} />
            </FormField>
          </div>
          <p class="muted" data-testid="receiving-officer">
            {t('reception.officer', { name: me.display_name || me.username })}
          </p>
        </fieldset>
        <fieldset class="stack">
          <legend>{t('reception.case')}</legend>
          <div class="answers">
            {['new', 'existing'].map((mode) => (
              <label class="check" key={mode}>
                <input type="radio" name="case_mode" value={mode} checked={v.case_mode === mode} onChange={set('case_mode')} />{' '}
                {t(`reception.case_${mode}`)}
              </label>
            ))}
          </div>
          {fields.case && <p class="field-error">{fields.case}</p>}
          {v.case_mode === 'new' ? (
            <div class="form-grid">
              <FormField id="rcp-case-title" label={t('new.field.title')} error={fields['case.title']}>
                <input name="title" required minLength={3} maxLength={200} value={v.title} onInput={set('title')} />
              </FormField>
              <FormField id="rcp-case-form" label={t('case.field.form')} error={fields['case.trafficking_form']}>
                <select name="trafficking_form" required value={v.trafficking_form} onChange={set('trafficking_form')}>
                  <option value="">{t('new.choose')}</option>
                  {TRAFFICKING_FORMS.map((f) => (
                    <option value={f}>{t(`form.${f}`)}</option>
                  ))}
                </select>
              </FormField>
            </div>
          ) : (
            <FormField id="rcp-case-ref" label={t('reception.case_ref')} error={caseRefError || fields.case_id} hint={t('reception.case_ref_hint')}>
              <input name="case_ref" required maxLength={40} value={v.case_ref} onInput={set('case_ref')} />
            </FormField>
          )}
          {v.case_mode === 'new' && (
            <FormField id="rcp-case-summary" label={t('case.summary')} error={fields['case.summary']}>
              <textarea name="summary" rows={3} maxLength={10000} value={v.summary} onInput={set('summary')} />
            </FormField>
          )}
        </fieldset>
        {fields.persons && <p class="field-error">{fields.persons}</p>}
        {persons.map((p, i) => (
          <ReturneeFields
            key={p.key}
            index={i}
            v={p}
            onChange={changePerson(i)}
            onRemove={persons.length > 1 ? removePerson(i) : null}
            fields={personFields(fields, i)}
            reference={reference}
          />
        ))}
        <p>
          <button type="button" class="btn" onClick={addPerson} disabled={persons.length >= 50}>
            {t('reception.add_person')}
          </button>
        </p>
        <FormField id="rcp-notes" label={t('reception.notes')} error={fields.notes}>
          <textarea name="notes" rows={3} maxLength={5000} value={v.notes} onInput={set('notes')} />
        </FormField>
        <div class="form-actions">
          <button class="btn primary" type="submit" disabled={busy}>
            {busy ? t('new.saving') : t('reception.submit')}
          </button>
          <Link href="/receptions" class="btn">
            {t('new.cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}
