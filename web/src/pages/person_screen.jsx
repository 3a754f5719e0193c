// Screening a person at a gate (POST /api/v1/screen): a form with the
// person's name, date of birth, sex, nationality, documents and phone, and
// the ranked candidates readable at a glance — score as a bar and a
// percentage, an alert or review badge, and one chip per field saying in the
// interface language how it compared. Candidates outside the caller's units
// come as a pseudonym with the units to contact; the server decides that.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { useTitle } from './title.js';

const FIELDS = ['full_name', 'date_of_birth', 'citizen_id', 'passport_number', 'phone', 'nationality'];

// "Họ tên: khớp (Nguyễn Thị Mai ~ nguyen thi mai)" for one explanation; the
// server's detail (folded tokens, empty when masked) as the tooltip.
function Chip({ field, query, candidate }) {
  const { t } = useI18n();
  let extra = '';
  if (field.field === 'name' && !candidate.masked && candidate.display.full_name && query.names?.[0]) {
    extra = ` (${candidate.display.full_name} ~ ${query.names[0].key})`;
  }
  return (
    <li class={`chip chip-${field.outcome}`} title={field.detail || undefined}>
      {t(`screen.field.${field.field}`)}: {t(`screen.outcome.${field.field}.${field.outcome}`)}
      {extra}
    </li>
  );
}

function Candidate({ c, rank, query }) {
  const i18n = useI18n();
  const { t } = i18n;
  const name = c.masked ? c.display.pseudonym : c.display.full_name;
  const pct = Math.round(c.score * 100);
  return (
    <li class="panel screen-candidate" data-testid="screen-candidate">
      <h3>
        {rank}.{' '}
        {c.in_scope ? <Link href={c.list ? `/watchlists/${c.list.id}` : `/persons/${c.person_id}`}>{name}</Link> : name}{' '}
        {c.list && <span class="badge badge-list">{t(`wltype.${c.list.type}`)}</span>}{' '}
        {c.alert ? (
          <span class="badge badge-alert">{t('screen.alert')}</span>
        ) : c.review ? (
          <span class="badge badge-review">{t('screen.review')}</span>
        ) : null}
      </h3>
      <p>
        <meter min="0" max="1" low="0.5" high="0.7" optimum="1" value={c.score} aria-label={t('screen.score')}>
          {pct}%
        </meter>{' '}
        <strong>{pct}%</strong>{' '}
        <span class="muted">
          {[c.display.sex !== 'unknown' && t(`sex.${c.display.sex}`), c.display.birth_year, c.display.nationality]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </p>
      <ul class="chips" aria-label={t('screen.why')}>
        {c.explanation
          .filter((f) => f.outcome !== 'unknown')
          .map((f) => (
            <Chip key={f.field} field={f} query={query} candidate={c} />
          ))}
      </ul>
      {c.list && (
        <p data-testid="screen-list">
          {t('screen.on_list', { name: c.list.name })}
          {c.list.expires_on && <> · {t('screen.list_expires', { date: i18n.date(c.list.expires_on) })}</>}
        </p>
      )}
      {c.cases.length > 0 && (
        <p>
          {t('screen.cases')}:{' '}
          {c.cases.map((k, i) => (
            <span key={k.case_id}>
              {i > 0 && ', '}
              <Link href={`/cases/${k.case_id}`}>{k.case_number}</Link> ({t(`role.${k.role}`)})
            </span>
          ))}
        </p>
      )}
      {c.contact_units.length > 0 && (
        <p class="muted">{t('screen.contact', { units: c.contact_units.join(', ') })}</p>
      )}
    </li>
  );
}

export function PersonScreenPage({ api }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('screen.title'));
  const [form, setForm] = useState({ full_name: '', date_of_birth: '', sex: '', nationality: '', citizen_id: '', passport_number: '', phone: '' });
  const [result, setResult] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const set = (k) => (e) => setForm({ ...form, [k]: e.currentTarget.value });

  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body = {};
    for (const [k, v] of Object.entries(form)) if (v.trim() !== '') body[k] = v.trim();
    try {
      setResult(await api.post('/api/v1/screen', body));
    } catch (err) {
      setError(err);
      setResult(null);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (k) => error?.fields?.[k];

  return (
    <section aria-labelledby="screen-title" class="person-screen">
      <h1 id="screen-title">{t('screen.title')}</h1>
      <p class="muted">{t('screen.intro')}</p>
      <form class="panel" onSubmit={submit} data-testid="screen-form">
        {FIELDS.map((k) => (
          <FormField key={k} id={`screen-${k}`} label={t(`screen.label.${k}`)} error={fieldError(k)}
                     hint={k === 'date_of_birth' ? t('screen.hint.date_of_birth') : undefined}>
            <input type="text" value={form[k]} onInput={set(k)} maxLength={k === 'full_name' ? 200 : 30} />
          </FormField>
        ))}
        <FormField id="screen-sex" label={t('screen.label.sex')} error={fieldError('sex')}>
          <select value={form.sex} onChange={set('sex')}>
            <option value="">—</option>
            <option value="female">{t('sex.female')}</option>
            <option value="male">{t('sex.male')}</option>
          </select>
        </FormField>
        <button class="btn primary" type="submit" disabled={busy}>
          {t('screen.submit')}
        </button>
      </form>
      {error && <ErrorNotice error={error} />}
      {result && (
        <section aria-labelledby="screen-results" data-testid="screen-results">
          <h2 id="screen-results">{t('screen.results', { n: result.candidates.length })}</h2>
          {result.candidates.length === 0 ? (
            <p class="empty">{t('screen.none')}</p>
          ) : (
            <ol class="screen-list">
              {result.candidates.map((c, i) => (
                <Candidate key={`${c.source}-${c.person_id ?? c.entry_id}`} c={c} rank={i + 1} query={result.query} />
              ))}
            </ol>
          )}
        </section>
      )}
    </section>
  );
}
