// A victim's referrals (GET /api/v1/persons/{id}/referrals): each with its
// organization, service, case, consent, due date and status; the status
// buttons offer only the moves the server allows now (allowed_moves), and the
// consent can be recorded as withdrawn. The "refer" form chooses an active
// organization offering the service in the victim's province, with consent.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { mayDo } from '../vocab.js';
import {
  CONSENT_STATUSES,
  REFERRAL_PROPOSE_ROLES,
  REFERRAL_WRITE_ROLES,
  SUPPORT_SERVICES,
  todayInVietnam,
} from '../referral_vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { SubForm } from './sub_form.jsx';
import { useSubmit } from './use_submit.js';

// The current province a (possibly former) province code became part of.
function currentProvince(reference, code) {
  if (!code) return '';
  return reference?.provinces.get(code)?.successor_code || code;
}

function ReferAdd({ api, reference, person, victimCases, onAdded }) {
  const { t } = useI18n();
  const today = todayInVietnam();
  const province = currentProvince(reference, person.home_province);
  const [v, setV] = useState({
    case_id: String(victimCases[0]),
    service: 'essential_needs',
    organization_id: '',
    consent: 'given',
    consent_date: today,
    due_date: '',
    notes: '',
    everywhere: !province,
  });
  const [orgs, setOrgs] = useState([]);
  const { busy, error, submit } = useSubmit();
  const [added, setAdded] = useState(false);
  const fields = error?.fields ?? {};
  const set = (name) => (e) => {
    const value = e.currentTarget.type === 'checkbox' ? e.currentTarget.checked : e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  useEffect(() => {
    const query = { service: v.service, active: 'true' };
    if (!v.everywhere && province) query.province = province;
    api.get('/api/v1/support-organizations', query).then(
      (page) => {
        setOrgs(page.items);
        setV((old) =>
          page.items.some((o) => String(o.id) === old.organization_id)
            ? old
            : { ...old, organization_id: page.items[0] ? String(page.items[0].id) : '' },
        );
      },
      () => setOrgs([]),
    );
  }, [v.service, v.everywhere, province]);

  const onSubmit = submit(async () => {
    const body = {
      case_id: Number(v.case_id),
      organization_id: Number(v.organization_id) || 0,
      service: v.service,
      consent: { status: v.consent, date: v.consent_date || undefined },
    };
    if (v.due_date) body.due_date = v.due_date;
    if (v.notes.trim()) body.notes = v.notes.trim();
    setAdded(false);
    await api.post(`/api/v1/persons/${person.id}/referrals`, body);
    setAdded(true);
    await onAdded();
  });

  return (
    <SubForm
      id="referral-add"
      title={t('referral.add')}
      openerInParagraph
      notice={error && <ErrorNotice error={error} summary={t('referral.check_fields')} />}
      busy={busy}
      saveLabel={t('referral.save')}
      status={added && t('referral.added')}
      onSubmit={onSubmit}
    >
      <div class="form-grid">
        {victimCases.length > 1 && (
          <FormField id="referral-case" label={t('referral.case')} error={fields.case_id}>
            <select name="case_id" value={v.case_id} onChange={set('case_id')}>
              {victimCases.map((c) => (
                <option value={String(c)}>#{c}</option>
              ))}
            </select>
          </FormField>
        )}
        <FormField id="referral-service" label={t('referral.service')} error={fields.service}>
          <select name="service" required value={v.service} onChange={set('service')}>
            {SUPPORT_SERVICES.map((s) => (
              <option value={s}>{t(`service.${s}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField
          id="referral-org"
          label={t('referral.organization')}
          error={fields.organization_id}
          hint={orgs.length === 0 ? t('referral.no_orgs') : undefined}
        >
          <select name="organization_id" required value={v.organization_id} onChange={set('organization_id')}>
            {orgs.map((o) => (
              <option value={String(o.id)}>{o.name}</option>
            ))}
          </select>
        </FormField>
        {province && (
          <div class="field">
            <label class="check">
              <input type="checkbox" name="everywhere" checked={v.everywhere} onChange={set('everywhere')} />{' '}
              {t('referral.all_provinces')}
            </label>
          </div>
        )}
        <FormField id="referral-consent" label={t('referral.consent')} error={fields['consent.status']}>
          <select name="consent" required value={v.consent} onChange={set('consent')}>
            {CONSENT_STATUSES.map((s) => (
              <option value={s}>{t(`consent.${s}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="referral-consent-date" label={t('referral.consent_date')} error={fields['consent.date']}>
          <input name="consent_date" type="date" max={today} value={v.consent_date} onInput={set('consent_date')} />
        </FormField>
        <FormField id="referral-due" label={t('referral.due_date')} error={fields.due_date}>
          <input name="due_date" type="date" value={v.due_date} onInput={set('due_date')} />
        </FormField>
      </div>
      <FormField id="referral-notes" label={t('referral.notes')} error={fields.notes}>
        <textarea name="notes" rows={2} maxLength={5000} value={v.notes} onInput={set('notes')} />
      </FormField>
    </SubForm>
  );
}

function ReferralRow({ api, me, referral: r, onChanged }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [outcome, setOutcome] = useState(r.outcome);
  const { busy, error, submit } = useSubmit();
  const mayWrite = mayDo(me.roles, REFERRAL_WRITE_ROLES);
  const change = (body) =>
    submit(async () => {
      await api.patch(`/api/v1/referrals/${r.id}`, { ...body, version: r.version });
      await onChanged();
    });
  const final = r.status === 'completed' || r.status === 'declined';
  return (
    <li class="referral" data-testid={`referral-${r.id}`}>
      <p>
        <strong>{r.organization_name}</strong> · {t(`service.${r.service}`)} ·{' '}
        <span class={`badge referral-${r.status}`} data-testid="referral-status">
          {t(`referralstatus.${r.status}`)}
        </span>
      </p>
      <p class="muted">
        {t('referral.via_case', { number: r.case_number })} ·{' '}
        {t('referral.consent_line', { status: t(`consent.${r.consent.status}`), date: i18n.date(r.consent.date) })}
        {r.due_date && <> · {t('referral.due', { date: i18n.date(r.due_date) })}</>}
      </p>
      {r.notes && <p class="event-text">{r.notes}</p>}
      {r.outcome && !mayWrite && <p>{t('referral.outcome_line', { outcome: r.outcome })}</p>}
      {error && <ErrorNotice error={error} />}
      {mayWrite && (
        <div class="row-actions" role="group" aria-label={t('referral.moves')}>
          {r.allowed_moves.map((s) => (
            <button type="button" class="btn small" disabled={busy} onClick={change({ status: s })}>
              {t(`referralmove.${s}`)}
            </button>
          ))}
          {!final && r.consent.status === 'given' && (
            <button type="button" class="btn small danger" disabled={busy} onClick={change({ consent: { status: 'withdrawn' } })}>
              {t('referral.withdraw_consent')}
            </button>
          )}
        </div>
      )}
      {mayWrite && (
        <form class="inline-form" onSubmit={change({ outcome })}>
          <FormField id={`referral-outcome-${r.id}`} label={t('referral.outcome')} error={error?.fields?.outcome}>
            <input name="outcome" maxLength={5000} value={outcome} onInput={(e) => setOutcome(e.currentTarget.value)} />
          </FormField>
          <button type="submit" class="btn small" disabled={busy}>
            {t('referral.save_outcome')}
          </button>
        </form>
      )}
    </li>
  );
}

export function ReferralsPanel({ api, me, reference, person, victimCases }) {
  const { t } = useI18n();
  const [state, setState] = useState({ items: null, error: null });
  const load = () =>
    api.get(`/api/v1/persons/${person.id}/referrals`).then(
      (page) => setState({ items: page.items, error: null }),
      (error) => setState({ items: null, error }),
    );
  useEffect(() => {
    load();
  }, [person.id]);
  return (
    <section class="panel" aria-labelledby="person-referrals" data-testid="referrals">
      <h2 id="person-referrals">{t('referral.title')}</h2>
      {state.error && <ErrorNotice error={state.error} />}
      {state.items && state.items.length === 0 && <p class="empty">{t('referral.none')}</p>}
      {state.items && state.items.length > 0 && (
        <ul class="plain-list">
          {state.items.map((r) => (
            <ReferralRow key={`${r.id}-${r.version}`} api={api} me={me} referral={r} onChanged={load} />
          ))}
        </ul>
      )}
      {mayDo(me.roles, REFERRAL_PROPOSE_ROLES) && (
        <ReferAdd api={api} reference={reference} person={person} victimCases={victimCases} onAdded={load} />
      )}
    </section>
  );
}
