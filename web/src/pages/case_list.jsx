// The case list: the API's filters (status, province, trafficking form,
// reported from/to, free text) kept in the URL, so a filtered page can be
// reloaded, shared and gone back to; the server pages the results.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link, navigate } from '../router.js';
import { ErrorNotice } from './error_notice.jsx';
import { useTitle } from './title.js';
import { CASE_CREATE_ROLES, CASE_STATUSES, OPEN_STATUSES, TRAFFICKING_FORMS } from '../vocab.js';
import { StatusBadge } from './status_badge.jsx';

export const PAGE_SIZE = 20;
const FILTERS = ['status', 'province', 'trafficking_form', 'from', 'to', 'q'];

function readFilters(query) {
  const f = {};
  for (const name of FILTERS) f[name] = query.get(name) ?? '';
  const offset = Number.parseInt(query.get('offset') ?? '0', 10);
  f.offset = Number.isFinite(offset) && offset > 0 ? offset : 0;
  return f;
}

// "/cases?…" for filters and an offset, leaving out what is empty.
function listUrl(filters, offset) {
  const q = new URLSearchParams();
  for (const name of FILTERS) if (filters[name]) q.set(name, filters[name]);
  if (offset > 0) q.set('offset', String(offset));
  const s = q.toString();
  return s ? `/cases?${s}` : '/cases';
}

// The filter form. Keyed by the URL's query, so it starts again from the
// applied filters whenever the URL changes (no effect can overwrite what the
// user types right after a navigation).
function FilterForm({ applied, reference, onApply }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, setDraft] = useState(applied);
  // Functional updates: several inputs between two renders all count.
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setDraft((old) => ({ ...old, [name]: value }));
  };
  const apply = (e) => {
    e.preventDefault();
    onApply(draft);
  };
  const clear = () => navigate('/cases');
  const provinces = reference?.provinceList ?? [];
  return (
    <form class="filters" onSubmit={apply} aria-label={t('cases.filters')}>
      <div class="field">
        <label for="f-status">{t('cases.filter.status')}</label>
        <select id="f-status" name="status" value={draft.status} onChange={set('status')}>
          <option value="">{t('cases.filter.any')}</option>
          <option value={OPEN_STATUSES.join(',')}>{t('cases.filter.open')}</option>
          {CASE_STATUSES.map((s) => (
            <option value={s}>{t(`status.${s}`)}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-province">{t('cases.filter.province')}</label>
        <select id="f-province" name="province" value={draft.province} onChange={set('province')}>
          <option value="">{t('cases.filter.any')}</option>
          <optgroup label={t('cases.filter.current_provinces')}>
            {provinces
              .filter((p) => p.current)
              .map((p) => (
                <option value={p.code}>{i18n.name(p)}</option>
              ))}
          </optgroup>
          <optgroup label={t('cases.filter.former_provinces')}>
            {provinces
              .filter((p) => !p.current)
              .map((p) => (
                <option value={p.code}>{i18n.name(p)}</option>
              ))}
          </optgroup>
        </select>
      </div>
      <div class="field">
        <label for="f-form">{t('cases.filter.form')}</label>
        <select id="f-form" name="trafficking_form" value={draft.trafficking_form} onChange={set('trafficking_form')}>
          <option value="">{t('cases.filter.any')}</option>
          {TRAFFICKING_FORMS.map((f) => (
            <option value={f}>{t(`form.${f}`)}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-from">{t('cases.filter.from')}</label>
        <input id="f-from" name="from" type="date" value={draft.from} onInput={set('from')} />
      </div>
      <div class="field">
        <label for="f-to">{t('cases.filter.to')}</label>
        <input id="f-to" name="to" type="date" value={draft.to} min={draft.from || undefined} onInput={set('to')} />
      </div>
      <div class="field grow">
        <label for="f-q">{t('cases.filter.q')}</label>
        <input
          id="f-q"
          name="q"
          type="search"
          maxLength={200}
          value={draft.q}
          onInput={set('q')}
          aria-describedby="f-q-hint"
        />
        <small id="f-q-hint" class="muted">
          {t('cases.filter.q_hint')}
        </small>
      </div>
      <div class="filter-actions">
        <button class="btn primary" type="submit">
          {t('cases.filter.apply')}
        </button>
        <button class="btn" type="button" onClick={clear}>
          {t('cases.filter.clear')}
        </button>
      </div>
    </form>
  );
}

export function CaseList({ api, me, reference, query }) {
  const i18n = useI18n();
  const { t } = i18n;
  const key = query.toString();
  const applied = readFilters(query);
  const [result, setResult] = useState({ loading: true, page: null, error: null });
  useTitle(t('cases.title'));

  useEffect(() => {
    let live = true;
    setResult((r) => ({ ...r, loading: true, error: null }));
    const f = readFilters(query);
    api.get('/api/v1/cases', { ...f, limit: PAGE_SIZE }).then(
      (page) => live && setResult({ loading: false, page, error: null }),
      (error) => live && setResult({ loading: false, page: null, error }),
    );
    return () => {
      live = false;
    };
  }, [key]);

  const page = result.page;
  const total = page?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.floor(applied.offset / PAGE_SIZE) + 1;
  const provinceName = (code) => i18n.name(reference?.provinces.get(code)) || code;
  const unitName = (code) => i18n.name(reference?.units.get(code)) || code;

  // A role without access to cases (e.g. trainer) gets the reason, not a form.
  if (result.error?.status === 403) {
    return (
      <section aria-labelledby="cases-title">
        <h1 id="cases-title">{t('cases.title')}</h1>
        <ErrorNotice error={result.error} />
      </section>
    );
  }

  const mayCreate = me.roles.some((r) => CASE_CREATE_ROLES.includes(r));
  return (
    <section aria-labelledby="cases-title">
      <div class="page-head">
        <h1 id="cases-title">{t('cases.title')}</h1>
        {mayCreate && (
          <Link href="/cases/new" class="btn primary">
            {t('new.button')}
          </Link>
        )}
      </div>
      <FilterForm key={key} applied={applied} reference={reference} onApply={(draft) => navigate(listUrl(draft, 0))} />

      {result.error && <ErrorNotice error={result.error} />}
      <div aria-live="polite" aria-busy={result.loading ? 'true' : 'false'}>
        {result.loading && !page && <p class="loading">{t('app.loading')}</p>}
        {page && page.items.length === 0 && <p class="empty">{t('cases.empty')}</p>}
        {page && page.items.length > 0 && (
          <>
            <p class="count" data-testid="case-count">
              {t('cases.showing', {
                from: i18n.number(applied.offset + 1),
                to: i18n.number(applied.offset + page.items.length),
                total: i18n.number(total),
              })}
            </p>
            <div class="table-wrap">
              <table class="cases responsive">
                <thead>
                  <tr>
                    <th scope="col">{t('cases.col.number')}</th>
                    <th scope="col">{t('cases.col.title')}</th>
                    <th scope="col">{t('cases.col.status')}</th>
                    <th scope="col">{t('cases.col.form')}</th>
                    <th scope="col">{t('cases.col.province')}</th>
                    <th scope="col">{t('cases.col.reported_on')}</th>
                    <th scope="col">{t('cases.col.unit')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((c) => (
                    <tr key={c.id}>
                      <td data-label={t('cases.col.number')} class="nowrap">
                        <Link href={`/cases/${c.id}`}>{c.number}</Link>
                      </td>
                      <td data-label={t('cases.col.title')}>{c.title}</td>
                      <td data-label={t('cases.col.status')}>
                        <StatusBadge status={c.status} />
                      </td>
                      <td data-label={t('cases.col.form')}>{t(`form.${c.trafficking_form}`)}</td>
                      <td data-label={t('cases.col.province')}>{provinceName(c.province_code)}</td>
                      <td data-label={t('cases.col.reported_on')} class="nowrap">
                        {i18n.date(c.reported_on)}
                      </td>
                      <td data-label={t('cases.col.unit')}>{unitName(c.unit_code)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
      {page && total > PAGE_SIZE && (
        <nav class="pager" aria-label={t('cases.paging')}>
          <button
            type="button"
            class="btn"
            disabled={applied.offset === 0}
            onClick={() => navigate(listUrl(applied, Math.max(0, applied.offset - PAGE_SIZE)))}
          >
            {t('cases.prev')}
          </button>
          <span>{t('cases.page', { page: i18n.number(current), pages: i18n.number(pages) })}</span>
          <button
            type="button"
            class="btn"
            disabled={applied.offset + PAGE_SIZE >= total}
            onClick={() => navigate(listUrl(applied, applied.offset + PAGE_SIZE))}
          >
            {t('cases.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
