// "Save as lead" for a scanned post (POST /api/v1/leads): the case to link
// it to, found by number or words among the cases the user may see
// (GET /api/v1/cases?q=), an optional address of the original post and a
// note, and whether the phones and accounts found go onto the case too.
// Once saved, links to the lead and its case. `save(body)`, when given,
// stores the lead instead (a scan alert's own route) and resolves with it;
// `body` then has no text.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { useSubmit } from './use_submit.js';

const CASES_SHOWN = 20;

export function LeadSave({ api, text, idPrefix, onSaved, save }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [cases, setCases] = useState({ items: [], error: null, searched: false });
  const [v, setV] = useState({ case_id: '', source_url: '', note: '', add_identifiers: true });
  const [saved, setSaved] = useState(null);
  const { busy, error, submit } = useSubmit();
  const set = (k) => (e) => setV({ ...v, [k]: e.currentTarget.type === 'checkbox' ? e.currentTarget.checked : e.currentTarget.value });

  const search = async (q) => {
    try {
      const page = await api.get('/api/v1/cases', { q: q.trim(), limit: CASES_SHOWN });
      setCases({ items: page.items, error: null, searched: q.trim() !== '' });
      // A search for a case's number, or one that finds a single case, chooses it.
      const exact = page.items.find((c) => c.number.toLowerCase() === q.trim().toLowerCase());
      const pick = exact ?? (page.items.length === 1 ? page.items[0] : null);
      if (q.trim() !== '' && pick) setV((old) => ({ ...old, case_id: String(pick.id) }));
    } catch (err) {
      setCases({ items: [], error: err, searched: true });
    }
  };
  useEffect(() => {
    search('');
  }, []);

  const onSubmit = submit(async () => {
    setSaved(null);
    const body = save ? {} : { text };
    if (v.case_id) {
      body.case_id = Number(v.case_id);
      body.add_identifiers = v.add_identifiers;
    }
    if (v.source_url.trim()) body.source_url = v.source_url.trim();
    if (v.note.trim()) body.note = v.note.trim();
    const lead = save ? await save(body) : await api.post('/api/v1/leads', body);
    setSaved(lead);
    onSaved?.(lead);
  });
  const chosen = cases.items.find((c) => String(c.id) === v.case_id);
  const savedCase = saved?.case_id != null ? { id: saved.case_id, number: saved.case_number ?? chosen?.number ?? `#${saved.case_id}` } : null;
  const p = idPrefix;
  return (
    <form class="subform lead-save" onSubmit={onSubmit} aria-labelledby={`${p}-lead-title`} data-testid="lead-save">
      <h3 id={`${p}-lead-title`}>{t('lead.save_title')}</h3>
      {error && <ErrorNotice error={error} summary={t('lead.check_fields')} />}
      <div class="form-grid">
        <div class="field lead-case-search">
          <label for={`${p}-case-q`}>{t('lead.case_search')}</label>
          <div class="inline-search">
            <input
              id={`${p}-case-q`}
              type="search"
              value={query}
              maxLength={100}
              onInput={(e) => setQuery(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault(); // searching, not saving
                  search(query);
                }
              }}
            />
            <button type="button" class="btn" onClick={() => search(query)}>
              {t('lead.case_search_button')}
            </button>
          </div>
          {cases.error ? (
            <ErrorNotice error={cases.error} />
          ) : (
            cases.searched && (
              <small class="muted" role="status">
                {t('lead.cases_found', { n: cases.items.length })}
              </small>
            )
          )}
        </div>
        <FormField id={`${p}-case`} label={t('lead.case')} error={error?.fields?.case_id}>
          <select value={v.case_id} onChange={set('case_id')}>
            <option value="">{t('lead.no_case')}</option>
            {cases.items.map((c) => (
              <option key={c.id} value={String(c.id)}>
                {c.number} · {c.title}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={`${p}-source`} label={t('lead.source_url')} error={error?.fields?.source_url}>
          <input type="url" maxLength={2000} value={v.source_url} onInput={set('source_url')} />
        </FormField>
        <FormField id={`${p}-note`} label={t('lead.note')} error={error?.fields?.note}>
          <textarea rows={2} maxLength={2000} value={v.note} onInput={set('note')} />
        </FormField>
        <div class="field">
          <label class="check">
            <input type="checkbox" checked={v.add_identifiers && v.case_id !== ''} disabled={!v.case_id} onChange={set('add_identifiers')} />{' '}
            {t('lead.add_identifiers')}
          </label>
        </div>
      </div>
      <div class="form-actions">
        <button class="btn primary" type="submit" disabled={busy}>
          {busy ? t('new.saving') : t('lead.save')}
        </button>
      </div>
      <p class="notice" role="status" aria-live="polite" data-testid="lead-saved">
        {saved && (
          <>
            {savedCase ? (
              <>
                {t('lead.saved_case', { id: saved.id })} <Link href={`/cases/${savedCase.id}`}>{savedCase.number}</Link>.
              </>
            ) : (
              t('lead.saved', { id: saved.id })
            )}{' '}
            <Link href={`/leads/${saved.id}`}>{t('lead.open')}</Link>
            {Array.isArray(saved.identifiers_added) && (
              <>
                {' '}
                · {t('lead.identifiers_added', { n: saved.identifiers_added.length })}
                {saved.identifiers_skipped?.length > 0 && <> {t('lead.identifiers_skipped', { n: saved.identifiers_skipped.length })}</>}
              </>
            )}
          </>
        )}
      </p>
    </form>
  );
}
