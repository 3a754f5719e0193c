// A person's legal status as a victim (GET /api/v1/persons/{id}/identification):
// the current status, the decisions that led to it (oldest first), and the
// form to record a new one (POST): status, date, agency (the user's unit by
// default), grounds (required to identify or not), the documents relied on,
// and the completed screening it cites.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { GROUNDS_REQUIRED, LEGAL_STATUSES } from '../victim_vocab.js';
import { todayInVietnam } from '../referral_vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { SubForm } from './sub_form.jsx';
import { useSubmit } from './use_submit.js';

function DecisionAdd({ api, me, reference, person, victimCases, screenings, onAdded }) {
  const i18n = useI18n();
  const { t } = i18n;
  const completed = (screenings ?? []).filter((s) => s.status === 'completed');
  const [v, setV] = useState({
    case_id: String(victimCases[0] ?? ''),
    status: 'identified_victim',
    decided_on: todayInVietnam(),
    agency: i18n.name(reference?.units.get(me.unit_code)) || me.unit_code,
    grounds: '',
    documents: [''],
    screening_id: completed.length ? String(completed[completed.length - 1].id) : '',
  });
  const { busy, error, submit } = useSubmit();
  const [added, setAdded] = useState(false);
  const fields = error?.fields ?? {};
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  const setDoc = (i) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, documents: old.documents.map((d, j) => (j === i ? value : d)) }));
  };
  const removeDoc = (i) => setV((old) => ({ ...old, documents: old.documents.filter((_, j) => j !== i) }));
  const addDoc = () => setV((old) => ({ ...old, documents: [...old.documents, ''] }));

  const onSubmit = submit(async () => {
    const body = { status: v.status, decided_on: v.decided_on, agency: v.agency, grounds: v.grounds };
    if (v.case_id) body.case_id = Number(v.case_id);
    const docs = v.documents.map((d) => d.trim()).filter(Boolean);
    if (docs.length) body.documents = docs;
    if (v.screening_id) body.screening_id = Number(v.screening_id);
    setAdded(false);
    await api.post(`/api/v1/persons/${person.id}/identification`, body);
    setAdded(true);
    await onAdded();
  });

  const docError = (i) => fields[`documents[${i}]`] ?? (i === 0 ? fields.documents : undefined);
  return (
    <SubForm
      id="decision-add"
      title={t('identification.add')}
      openerInParagraph
      notice={error && <ErrorNotice error={error} summary={t('identification.check_fields')} />}
      busy={busy}
      saveLabel={t('identification.save')}
      status={added && t('identification.added')}
      onSubmit={onSubmit}
    >
      <div class="form-grid">
        {victimCases.length > 1 && (
          <FormField id="decision-case" label={t('referral.case')} error={fields.case_id}>
            <select name="case_id" value={v.case_id} onChange={set('case_id')}>
              {victimCases.map((c) => (
                <option value={String(c)}>#{c}</option>
              ))}
            </select>
          </FormField>
        )}
        <FormField id="decision-status" label={t('identification.status')} error={fields.status}>
          <select name="status" required value={v.status} onChange={set('status')}>
            {LEGAL_STATUSES.map((s) => (
              <option value={s}>{t(`legalstatus.${s}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="decision-date" label={t('identification.decided_on')} error={fields.decided_on}>
          <input name="decided_on" type="date" required max={todayInVietnam()} value={v.decided_on} onInput={set('decided_on')} />
        </FormField>
        <FormField id="decision-agency" label={t('identification.agency')} error={fields.agency}>
          <input name="agency" required maxLength={200} value={v.agency} onInput={set('agency')} />
        </FormField>
        <FormField
          id="decision-screening"
          label={t('identification.screening')}
          error={fields.screening_id}
          hint={completed.length === 0 ? t('identification.no_screening') : undefined}
        >
          <select name="screening_id" value={v.screening_id} onChange={set('screening_id')}>
            <option value="">{t('identification.no_link')}</option>
            {completed.map((s) => (
              <option value={String(s.id)}>
                #{s.id} · {t(`verdict.${s.verdict}`)} · {i18n.dateTime(s.completed_at)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField
        id="decision-grounds"
        label={t('identification.grounds')}
        error={fields.grounds}
        hint={GROUNDS_REQUIRED.includes(v.status) ? t('identification.grounds_required') : undefined}
      >
        <textarea
          name="grounds"
          rows={3}
          maxLength={5000}
          required={GROUNDS_REQUIRED.includes(v.status)}
          value={v.grounds}
          onInput={set('grounds')}
        />
      </FormField>
      <fieldset>
        <legend>{t('identification.documents')}</legend>
        <ul class="plain-list">
          {v.documents.map((d, i) => (
            <li key={i} class="doc-row">
              <FormField id={`decision-doc-${i}`} label={t('identification.document_n', { n: i + 1 })} error={docError(i)}>
                <input name={`documents[${i}]`} maxLength={300} value={d} onInput={setDoc(i)} />
              </FormField>
              <button type="button" class="btn small" onClick={() => removeDoc(i)}>
                {t('identification.remove_document', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ul>
        {v.documents.length < 20 && (
          <button type="button" class="btn small" onClick={addDoc}>
            {t('identification.add_document')}
          </button>
        )}
      </fieldset>
    </SubForm>
  );
}

export function IdentificationPanel({ api, me, reference, person, victimCases, screenings, mayDecide }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [state, setState] = useState({ data: null, error: null });
  const load = () =>
    api.get(`/api/v1/persons/${person.id}/identification`).then(
      (data) => setState({ data, error: null }),
      (error) => setState({ data: null, error }),
    );
  useEffect(() => {
    load();
  }, [person.id]);
  const current = state.data?.current;
  return (
    <section class="panel" aria-labelledby="person-identification" data-testid="identification">
      <h2 id="person-identification">{t('identification.title')}</h2>
      {state.error && <ErrorNotice error={state.error} />}
      {state.data && (
        <p data-testid="legal-status">
          {t('identification.current')}{' '}
          <span class={`badge legal-${current?.status ?? 'none'}`}>
            {current ? t(`legalstatus.${current.status}`) : t('identification.none')}
          </span>
          {current && <span class="muted"> · {i18n.date(current.decided_on)}</span>}
        </p>
      )}
      {state.data?.items.length > 0 && (
        <ol class="plain-list decisions">
          {state.data.items
            .slice()
            .reverse()
            .map((d) => (
              <li key={d.id}>
                <p>
                  <strong>{t(`legalstatus.${d.status}`)}</strong> · {i18n.date(d.decided_on)} · {d.agency}
                </p>
                {d.grounds && <p class="event-text">{d.grounds}</p>}
                {d.documents.length > 0 && <p class="muted">{t('identification.documents_line', { documents: d.documents.join('; ') })}</p>}
                {d.screening_id && (
                  <p class="muted">
                    <Link href={`/screenings/${d.screening_id}`}>{t('identification.cites', { id: d.screening_id })}</Link>
                  </p>
                )}
              </li>
            ))}
        </ol>
      )}
      {mayDecide && (
        <DecisionAdd
          key={(screenings ?? []).length}
          api={api}
          me={me}
          reference={reference}
          person={person}
          victimCases={victimCases}
          screenings={screenings}
          onAdded={load}
        />
      )}
    </section>
  );
}
