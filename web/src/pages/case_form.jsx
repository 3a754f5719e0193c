// The case form, for a new case (POST /api/v1/cases) and for editing one
// (PATCH /api/v1/cases/{id} with the version it was loaded at). Required:
// title and trafficking form; a new case's unit defaults to the user's, the
// province to the unit's, the report date to today in Vietnam. Field errors
// come from the browser's checks and, after submitting, from the server's
// error.fields. An edit that lost a race (409) offers to reload.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link, navigate } from '../router.js';
import { TRAFFICKING_FORMS, RECRUITMENT_CHANNELS } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { useTitle } from './title.js';
import { useSubmit } from './use_submit.js';

// Today's date in Asia/Ho_Chi_Minh as YYYY-MM-DD (the API's default too).
export function todayInVietnam(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

// The units a user may put a case in: their own and every unit below it.
export function unitsWithin(units, code) {
  const out = [];
  const byParent = new Map();
  for (const u of units.values()) {
    const siblings = byParent.get(u.parent_code ?? '') ?? [];
    siblings.push(u);
    byParent.set(u.parent_code ?? '', siblings);
  }
  const walk = (u) => {
    out.push(u);
    for (const child of byParent.get(u.code) ?? []) walk(child);
  };
  const root = units.get(code);
  if (root) walk(root);
  return out;
}

// The request body from the form's values. A new case leaves empty optional
// fields out; an edit sends them all (route and recruitment are replaced
// whole, so transit countries, not editable here yet, are carried over) with
// the version for optimistic concurrency.
export function caseBody(v, { edit = false } = {}) {
  const body = { title: v.title, trafficking_form: v.trafficking_form };
  const keys = edit ? ['summary', 'province_code', 'reported_on'] : ['summary', 'unit_code', 'province_code', 'reported_on'];
  for (const k of keys) if (v[k] || (edit && k === 'summary')) body[k] = v[k];
  const route = {};
  if (v.origin_country) route.origin_country = v.origin_country;
  if (v.transit_countries?.length) route.transit_countries = v.transit_countries;
  if (v.destination_country) route.destination_country = v.destination_country;
  if (v.border_crossing) route.border_crossing = v.border_crossing;
  if (edit || Object.keys(route).length) body.route = route;
  const recruitment = {};
  if (v.channel) recruitment.channel = v.channel;
  if (v.platform) recruitment.platform = v.platform;
  if (v.platform_name) recruitment.platform_name = v.platform_name;
  if (edit || Object.keys(recruitment).length) body.recruitment = recruitment;
  if (edit) body.version = v.version;
  return body;
}

// Form values from a case as the API gives it.
function valuesOf(c) {
  return {
    title: c.title,
    summary: c.summary ?? '',
    trafficking_form: c.trafficking_form,
    unit_code: c.unit_code,
    province_code: c.province_code ?? '',
    reported_on: c.reported_on ?? '',
    origin_country: c.route?.origin_country ?? '',
    transit_countries: c.route?.transit_countries ?? [],
    destination_country: c.route?.destination_country ?? '',
    border_crossing: c.route?.border_crossing ?? '',
    channel: c.recruitment?.channel ?? '',
    platform: c.recruitment?.platform ?? '',
    platform_name: c.recruitment?.platform_name ?? '',
    version: c.version,
  };
}

// Editing case `id`: loads it, then the same form as a new case without the
// unit (a case's unit is not changed here).
export function CaseEdit({ api, me, reference, id }) {
  const { t } = useI18n();
  const [loaded, setLoaded] = useState({ values: null, error: null });
  const load = () =>
    api.get(`/api/v1/cases/${id}`).then(
      (c) => setLoaded({ values: valuesOf(c), error: null }),
      (error) => setLoaded({ values: null, error }),
    );
  useEffect(() => {
    load();
  }, [id]);
  useTitle(t('edit.title'));
  if (loaded.error) return <ErrorNotice error={loaded.error} notFoundText={t('case.not_found')} />;
  if (!loaded.values) return <p class="loading" role="status">{t('app.loading')}</p>;
  return (
    <CaseForm
      key={loaded.values.version}
      api={api}
      me={me}
      reference={reference}
      initial={loaded.values}
      caseId={id}
      onReload={load}
    />
  );
}

export function CaseNew({ api, me, reference }) {
  const { t } = useI18n();
  useTitle(t('new.title'));
  return <CaseForm api={api} me={me} reference={reference} initial={null} caseId={null} />;
}

// With `initial` and `caseId`: edits that case; without: creates one.
function CaseForm({ api, me, reference, initial, caseId, onReload }) {
  const i18n = useI18n();
  const { t } = i18n;
  const edit = caseId !== null;
  const [v, setV] = useState(initial ?? {
    title: '',
    summary: '',
    trafficking_form: '',
    unit_code: me.unit_code,
    province_code: '',
    reported_on: todayInVietnam(),
    origin_country: 'VN',
    destination_country: '',
    border_crossing: '',
    channel: '',
    platform: '',
    platform_name: '',
  });
  // Busy until the saved case's page replaces the form.
  const { busy, error, submit } = useSubmit({ holdBusy: true });
  const fields = error?.fields ?? {};
  // Functional updates: several inputs between two renders all count.
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };

  const onSubmit = submit(async () => {
    if (edit) {
      await api.patch(`/api/v1/cases/${caseId}`, caseBody(v, { edit: true }));
      navigate(`/cases/${caseId}`, { replace: true });
    } else {
      const created = await api.post('/api/v1/cases', caseBody(v));
      navigate(`/cases/${created.id}`, { replace: true });
    }
  });

  const units = reference ? unitsWithin(reference.units, me.unit_code) : [];
  // Current provinces; an edited case keeps a former one it already has.
  const provinces = (reference?.provinceList ?? []).filter((p) => p.current || p.code === v.province_code);
  const countries = reference ? [...reference.countries.values()] : [];
  countries.sort((a, b) => i18n.name(a).localeCompare(i18n.name(b), i18n.lang));
  const countryOptions = countries.map((c) => <option value={c.code}>{i18n.name(c)}</option>);

  return (
    <section aria-labelledby="new-title">
      <p class="crumbs">
        {edit ? <Link href={`/cases/${caseId}`}>← {t('edit.back')}</Link> : <Link href="/cases">← {t('case.back')}</Link>}
      </p>
      <h1 id="new-title">{edit ? t('edit.title') : t('new.title')}</h1>
      {error?.status === 409 ? (
        <div class="error" role="alert">
          <p>{t('edit.conflict')}</p>
          <button type="button" class="btn" onClick={onReload}>
            {t('edit.reload')}
          </button>
        </div>
      ) : (
        error && <ErrorNotice error={error} summary={edit ? t('edit.check_fields') : t('new.check_fields')} />
      )}
      <form class="panel case-form" onSubmit={onSubmit}>
        <FormField id="new-title-input" label={t('new.field.title')} error={fields.title}>
          <input name="title" required minLength={3} maxLength={200} value={v.title} onInput={set('title')} />
        </FormField>
        <FormField id="new-form" label={t('case.field.form')} error={fields.trafficking_form}>
          <select name="trafficking_form" required value={v.trafficking_form} onChange={set('trafficking_form')}>
            <option value="">{t('new.choose')}</option>
            {TRAFFICKING_FORMS.map((f) => (
              <option value={f}>{t(`form.${f}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="new-summary" label={t('case.summary')} error={fields.summary}>
          <textarea name="summary" rows={5} maxLength={10000} value={v.summary} onInput={set('summary')} />
        </FormField>
        <div class="form-grid">
          {!edit && (
            <FormField id="new-unit" label={t('case.field.unit')} error={fields.unit_code}>
              <select name="unit_code" value={v.unit_code} onChange={set('unit_code')}>
                {units.length === 0 && <option value={me.unit_code}>{me.unit_code}</option>}
                {units.map((u) => (
                  <option value={u.code}>{i18n.name(u)}</option>
                ))}
              </select>
            </FormField>
          )}
          <FormField
            id="new-province"
            label={t('case.field.province')}
            error={fields.province_code}
            hint={edit ? undefined : t('new.hint.province')}
          >
            <select name="province_code" value={v.province_code} onChange={set('province_code')}>
              {!edit && <option value="">{t('new.default_province')}</option>}
              {provinces.map((p) => (
                <option value={p.code}>{i18n.name(p)}</option>
              ))}
            </select>
          </FormField>
          <FormField id="new-reported" label={t('case.field.reported_on')} error={fields.reported_on}>
            <input name="reported_on" type="date" min="1990-01-01" max={todayInVietnam()} value={v.reported_on} onInput={set('reported_on')} />
          </FormField>
        </div>
        <fieldset>
          <legend>{t('case.field.route')}</legend>
          <div class="form-grid">
            <FormField id="new-origin" label={t('new.field.origin')} error={fields['route.origin_country']}>
              <select name="origin_country" value={v.origin_country} onChange={set('origin_country')}>
                <option value="">{t('new.unknown')}</option>
                {countryOptions}
              </select>
            </FormField>
            <FormField id="new-destination" label={t('new.field.destination')} error={fields['route.destination_country']}>
              <select name="destination_country" value={v.destination_country} onChange={set('destination_country')}>
                <option value="">{t('new.unknown')}</option>
                {countryOptions}
              </select>
            </FormField>
            <FormField id="new-crossing" label={t('case.field.border_crossing')} error={fields['route.border_crossing']}>
              <input name="border_crossing" maxLength={200} value={v.border_crossing} onInput={set('border_crossing')} />
            </FormField>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('case.field.recruitment')}</legend>
          <div class="form-grid">
            <FormField id="new-channel" label={t('new.field.channel')} error={fields['recruitment.channel']}>
              <select name="channel" value={v.channel} onChange={set('channel')}>
                <option value="">{t('new.choose')}</option>
                {RECRUITMENT_CHANNELS.map((c) => (
                  <option value={c}>{t(`channel.${c}`)}</option>
                ))}
              </select>
            </FormField>
            <FormField id="new-platform" label={t('new.field.platform')} error={fields['recruitment.platform']} hint={t('new.hint.platform')}>
              <input name="platform" maxLength={60} value={v.platform} onInput={set('platform')} />
            </FormField>
            <FormField id="new-platform-name" label={t('new.field.platform_name')} error={fields['recruitment.platform_name']}>
              <input name="platform_name" maxLength={200} value={v.platform_name} onInput={set('platform_name')} />
            </FormField>
          </div>
        </fieldset>
        <div class="form-actions">
          <button class="btn primary" type="submit" disabled={busy}>
            {busy ? t('new.saving') : edit ? t('edit.submit') : t('new.submit')}
          </button>
          <Link href={edit ? `/cases/${caseId}` : '/cases'} class="btn">
            {t('new.cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}
