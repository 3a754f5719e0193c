// The form for a new case (POST /api/v1/cases). Required: title and
// trafficking form; the unit defaults to the user's, the province to the
// unit's, the report date to today in Vietnam. Field errors come from the
// browser's checks and, after submitting, from the server's error.fields.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link, navigate } from '../router.js';
import { TRAFFICKING_FORMS, RECRUITMENT_CHANNELS } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { useTitle } from './title.js';

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

// The request body from the form's values: empty optional fields left out.
export function caseBody(v) {
  const body = { title: v.title, trafficking_form: v.trafficking_form };
  for (const k of ['summary', 'unit_code', 'province_code', 'reported_on']) if (v[k]) body[k] = v[k];
  const route = {};
  if (v.origin_country) route.origin_country = v.origin_country;
  if (v.destination_country) route.destination_country = v.destination_country;
  if (v.border_crossing) route.border_crossing = v.border_crossing;
  if (Object.keys(route).length) body.route = route;
  const recruitment = {};
  if (v.channel) recruitment.channel = v.channel;
  if (v.platform) recruitment.platform = v.platform;
  if (v.platform_name) recruitment.platform_name = v.platform_name;
  if (Object.keys(recruitment).length) body.recruitment = recruitment;
  return body;
}

export function CaseNew({ api, me, reference }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('new.title'));
  const [v, setV] = useState({
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const fields = error?.fields ?? {};
  const set = (name) => (e) => setV({ ...v, [name]: e.currentTarget.value });

  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api.post('/api/v1/cases', caseBody(v));
      navigate(`/cases/${created.id}`, { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const units = reference ? unitsWithin(reference.units, me.unit_code) : [];
  const provinces = (reference?.provinceList ?? []).filter((p) => p.current);
  const countries = reference ? [...reference.countries.values()] : [];
  countries.sort((a, b) => i18n.name(a).localeCompare(i18n.name(b), i18n.lang));
  const countryOptions = countries.map((c) => <option value={c.code}>{i18n.name(c)}</option>);

  return (
    <section aria-labelledby="new-title">
      <p class="crumbs">
        <Link href="/cases">← {t('case.back')}</Link>
      </p>
      <h1 id="new-title">{t('new.title')}</h1>
      {error && <ErrorNotice error={error} summary={t('new.check_fields')} />}
      <form class="panel case-form" onSubmit={submit}>
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
          <FormField id="new-unit" label={t('case.field.unit')} error={fields.unit_code}>
            <select name="unit_code" value={v.unit_code} onChange={set('unit_code')}>
              {units.length === 0 && <option value={me.unit_code}>{me.unit_code}</option>}
              {units.map((u) => (
                <option value={u.code}>{i18n.name(u)}</option>
              ))}
            </select>
          </FormField>
          <FormField id="new-province" label={t('case.field.province')} error={fields.province_code} hint={t('new.hint.province')}>
            <select name="province_code" value={v.province_code} onChange={set('province_code')}>
              <option value="">{t('new.default_province')}</option>
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
            {busy ? t('new.saving') : t('new.submit')}
          </button>
          <Link href="/cases" class="btn">
            {t('new.cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}
