// The review queue of cross-case links (/links, docs/links.md): proposed
// duplicates and persons sharing a phone or a document across cases, open
// ones first and strongest first. Each proposal shows the two persons side
// by side (names where the server shows them, else pseudonyms), how each
// field compared, and their cases; an investigator confirms or rejects it,
// merges a duplicate into either record, and can undo a merge.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { ErrorNotice } from './error_notice.jsx';
import { useTitle } from './title.js';

const STATUSES = ['open', 'confirmed', 'merged', 'rejected'];
const PAGE = 20;

function Side({ p, label }) {
  const i18n = useI18n();
  const { t } = i18n;
  const name = p.masked ? p.pseudonym : p.full_name;
  return (
    <div class="link-side">
      <h3>
        {label}: {p.in_scope ? <Link href={`/persons/${p.person_id}`}>{name}</Link> : name}
      </h3>
      <p class="muted">
        {[p.sex !== 'unknown' && t(`sex.${p.sex}`), p.date_of_birth || p.birth_year, p.nationality]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {p.cases.length > 0 && (
        <p>
          {t('screen.cases')}:{' '}
          {p.cases.map((k, i) => (
            <span key={k.case_id}>
              {i > 0 && ', '}
              <Link href={`/cases/${k.case_id}`}>{k.case_number}</Link> ({t(`role.${k.role}`)})
            </span>
          ))}
        </p>
      )}
      {p.contact_units.length > 0 && <p class="muted">{t('screen.contact', { units: p.contact_units.join(', ') })}</p>}
    </div>
  );
}

function Proposal({ api, item, onChanged }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [merge, setMerge] = useState(null);
  const act = async (fn) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const review = (decision) =>
    act(() => api.post(`/api/v1/link-proposals/${item.id}/review`, { decision, expected_version: item.version }));
  const mergeInto = (survivor) =>
    act(async () => setMerge(await api.post(`/api/v1/link-proposals/${item.id}/merge`, { survivor_id: survivor.person_id })));
  const undo = (mergeId) => act(() => api.post(`/api/v1/person-merges/${mergeId}/undo`, {}));
  const duplicate = item.kind === 'duplicate_person';
  const nameOf = (p) => (p.masked ? p.pseudonym : p.full_name);
  return (
    <li class="panel link-proposal" data-testid="link-proposal">
      <p>
        <strong>{duplicate ? t('links.kind.duplicate_person') : t('links.kind.shared_identifier', { what: t(`links.identifier.${item.identifier_kind}`) })}</strong>{' '}
        · {Math.round(item.score * 100)}% · <span class={`badge status-${item.status}`}>{t(`links.status.${item.status}`)}</span>
      </p>
      <div class="link-sides">
        <Side p={item.a} label="A" />
        <Side p={item.b} label="B" />
      </div>
      <ul class="chips" aria-label={t('screen.why')}>
        {Object.entries(item.outcomes).map(([field, outcome]) => (
          <li key={field} class={`chip chip-${outcome}`}>
            {t(`screen.field.${field}`)}: {t(`screen.outcome.${field}.${outcome}`)}
          </li>
        ))}
      </ul>
      {item.actionable && (
        <p class="actions">
          {item.status === 'open' && (
            <>
              <button type="button" class="btn" disabled={busy} onClick={() => review('confirmed')}>
                {t('links.confirm')}
              </button>{' '}
              <button type="button" class="btn" disabled={busy} onClick={() => review('rejected')}>
                {t('links.reject')}
              </button>{' '}
            </>
          )}
          {duplicate && (
            <>
              <button type="button" class="btn primary" disabled={busy} onClick={() => mergeInto(item.a)}>
                {t('links.merge_into', { side: 'A', name: nameOf(item.a) })}
              </button>{' '}
              <button type="button" class="btn primary" disabled={busy} onClick={() => mergeInto(item.b)}>
                {t('links.merge_into', { side: 'B', name: nameOf(item.b) })}
              </button>
            </>
          )}
        </p>
      )}
      {item.status === 'merged' && item.merge_id && (
        <p class="actions">
          <span role="status">{merge ? t('links.merged_now') : t('links.merged')}</span>{' '}
          <button type="button" class="btn" disabled={busy} onClick={() => undo(item.merge_id)}>
            {t('links.undo')}
          </button>
        </p>
      )}
      {error && <ErrorNotice error={error} />}
    </li>
  );
}

export function LinksPage({ api }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('links.title'));
  const [status, setStatus] = useState('open');
  const [offset, setOffset] = useState(0);
  const [state, setState] = useState({ data: null, error: null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    api.get(`/api/v1/link-proposals?status=${status}&offset=${offset}&limit=${PAGE}`).then(
      (data) => setState({ data, error: null }),
      (error) => setState({ data: null, error }),
    );
  }, [status, offset, tick]);
  const d = state.data;
  return (
    <section aria-labelledby="links-title">
      <h1 id="links-title">{t('links.title')}</h1>
      <p class="muted">{t('links.intro')}</p>
      <div class="tabs" role="group" aria-label={t('links.status_filter')}>
        {STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            class={`btn${s === status ? ' primary' : ''}`}
            aria-pressed={s === status}
            onClick={() => {
              setStatus(s);
              setOffset(0);
            }}
          >
            {t(`links.status.${s}`)}
          </button>
        ))}
      </div>
      {state.error && <ErrorNotice error={state.error} />}
      {!d && !state.error && <p class="loading" role="status">{t('app.loading')}</p>}
      {d && (
        <>
          <p data-testid="links-total">{t('links.total', { count: i18n.number(d.total) })}</p>
          {d.items.length === 0 ? (
            <p class="empty">{t('links.none')}</p>
          ) : (
            <ol class="screen-list">
              {d.items.map((item) => (
                <Proposal key={`${item.id}-${item.version}`} api={api} item={item} onChanged={() => setTick(tick + 1)} />
              ))}
            </ol>
          )}
          <p class="pager">
            <button type="button" class="btn" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              {t('links.previous')}
            </button>{' '}
            <button type="button" class="btn" disabled={offset + PAGE >= d.total} onClick={() => setOffset(offset + PAGE)}>
              {t('links.next')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
