// Victim statistics (GET /api/v1/statistics/victims): the "Victims" section
// of the overview and the /statistics page with its period and province
// filters and every breakdown, beside the historic CTDC records on request.
// Counts of 1 to 4 withheld by the server (commanders, analysts) show as
// "<5"; the note under the total says so. Bars are <meter> elements in
// tables, as on the overview (no inline styles: CSP).
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link, navigate } from '../router.js';
import { STATISTICS_EXPORT_ROLES, STATISTICS_READ_ROLES, mayDo } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { useTitle } from './title.js';
import { CountsHead } from './counts_table.jsx';

const API = '/api/v1/statistics/victims';
// The overview shows these; the page shows every breakdown the server sends.
const OVERVIEW = ['sex', 'age_group', 'exploitation_form', 'destination_country', 'identification_status', 'referral_status'];
const ORDER = [...OVERVIEW, 'citizenship', 'province', 'period'];
const FILTERS = ['from', 'to', 'province', 'include_historic'];

// The text of a cell key in breakdown `name`.
function useKeyLabel(reference) {
  const i18n = useI18n();
  const { t } = i18n;
  const monthFmt = new Intl.DateTimeFormat(i18n.lang === 'vi' ? 'vi-VN' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (name, key) => {
    if (key === 'unknown') return t('stats.unknown');
    switch (name) {
      case 'sex':
        return key === 'transgender_nonconforming' ? t('stats.transgender') : t(`sex.${key}`);
      case 'exploitation_form':
        return key.startsWith('is') ? key : t(`form.${key}`);
      case 'destination_country':
      case 'citizenship':
        if (key === 'none') return t('stats.no_destination');
        return i18n.name(reference?.countries.get(key)) || key;
      case 'identification_status':
        return t(`stats.ident.${key}`);
      case 'referral_status':
        return key === 'none' ? t('stats.ref.none') : t(`referralstatus.${key}`);
      case 'province':
        return i18n.name(reference?.provinces.get(key)) || key;
      case 'period': {
        const m = /^(\d{4})-(\d{2})$/.exec(key);
        return m ? monthFmt.format(new Date(Date.UTC(+m[1], +m[2] - 1, 1))) : key;
      }
      default:
        return key;
    }
  };
}

// A count, or "<5" for a withheld cell.
function CountText({ cell }) {
  const i18n = useI18n();
  if (cell.suppressed) {
    return <abbr title={i18n.t('stats.small_title')}>{i18n.t('stats.small')}</abbr>;
  }
  return i18n.number(cell.count ?? 0);
}

function StatTable({ id, name, cells, keyLabel, level = 'h3' }) {
  const { t } = useI18n();
  const Heading = level;
  const max = Math.max(1, ...cells.map((c) => c.count ?? 0));
  return (
    <section class="panel" aria-labelledby={id} data-testid={`stats-${name}`}>
      <Heading id={id}>{t(`stats.by.${name}`)}</Heading>
      {cells.length === 0 ? (
        <p class="empty">{t('dash.none')}</p>
      ) : (
        <table class="counts">
          <CountsHead countLabel={t('stats.col.victims')} />
          <tbody>
            {cells.map((c) => (
              <tr key={c.key}>
                <th scope="row">{keyLabel(name, c.key)}</th>
                <td class="num">
                  <CountText cell={c} />
                </td>
                <td class="bar">{!c.suppressed && <meter min="0" max={max} value={c.count} aria-hidden="true" />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

// The total, the "<5" note when it applies, and a table per breakdown.
function Breakdowns({ idPrefix, data, names, reference, level }) {
  const i18n = useI18n();
  const { t } = i18n;
  const keyLabel = useKeyLabel(reference);
  return (
    <>
      <p class="dash-total" data-testid={`${idPrefix}-total`}>
        {t('stats.total')}: <CountText cell={{ count: data.total, suppressed: data.total_suppressed }} />
      </p>
      {data.small_cells_suppressed && <p class="muted">{t('stats.small_note')}</p>}
      <div class="dash-grid">
        {names
          .filter((n) => data.breakdowns[n])
          .map((n) => (
            <StatTable
              key={n}
              id={`${idPrefix}-${n}`}
              name={n}
              cells={data.breakdowns[n]}
              keyLabel={keyLabel}
              level={level}
            />
          ))}
      </div>
    </>
  );
}

function useStats(api, query) {
  const [state, setState] = useState({ data: null, error: null });
  useEffect(() => {
    let live = true;
    setState({ data: null, error: null });
    api.get(`${API}?${query}`).then(
      (data) => live && setState({ data, error: null }),
      (error) => live && setState({ data: null, error }),
    );
    return () => {
      live = false;
    };
  }, [query]);
  return state;
}

// The overview's "Victims" section, for roles that may read statistics.
export function VictimStatsPanel({ api, me, reference }) {
  if (!mayDo(me.roles, STATISTICS_READ_ROLES)) return null;
  return <OverviewVictims api={api} reference={reference} />;
}

function OverviewVictims({ api, reference }) {
  const { t } = useI18n();
  const { data, error } = useStats(api, `group_by=${OVERVIEW.join(',')}`);
  return (
    <section class="victim-stats" aria-labelledby="dash-victims" data-testid="victim-stats">
      <div class="page-head">
        <h2 id="dash-victims">{t('stats.victims')}</h2>
        <Link href="/statistics" class="btn">
          {t('stats.all')}
        </Link>
      </div>
      {error && <ErrorNotice error={error} />}
      {data && <Breakdowns idPrefix="dash-v" data={data} names={OVERVIEW} reference={reference} level="h3" />}
    </section>
  );
}

function FilterForm({ applied, reference }) {
  const { t } = useI18n();
  const i18n = useI18n();
  const [draft, setDraft] = useState(applied);
  const set = (name) => (e) => {
    const el = e.currentTarget;
    const value = el.type === 'checkbox' ? (el.checked ? 'true' : '') : el.value;
    setDraft((old) => ({ ...old, [name]: value }));
  };
  const apply = (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const name of FILTERS) if (draft[name]) q.set(name, draft[name]);
    const s = q.toString();
    navigate(s ? `/statistics?${s}` : '/statistics');
  };
  const provinces = (reference?.provinceList ?? []).filter((p) => p.current);
  return (
    <form class="filters" onSubmit={apply} aria-label={t('stats.filters')}>
      <div class="field">
        <label for="s-from">{t('cases.filter.from')}</label>
        <input id="s-from" type="date" name="from" value={draft.from} onInput={set('from')} />
      </div>
      <div class="field">
        <label for="s-to">{t('cases.filter.to')}</label>
        <input id="s-to" type="date" name="to" value={draft.to} onInput={set('to')} />
      </div>
      <div class="field">
        <label for="s-province">{t('cases.filter.province')}</label>
        <select id="s-province" name="province" value={draft.province} onChange={set('province')}>
          <option value="">{t('cases.filter.any')}</option>
          {provinces.map((p) => (
            <option value={p.code}>{i18n.name(p)}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label class="check">
          <input
            type="checkbox"
            name="include_historic"
            checked={draft.include_historic === 'true'}
            onChange={set('include_historic')}
          />{' '}
          {t('stats.include_historic')}
        </label>
      </div>
      <div class="filter-actions">
        <button class="btn primary" type="submit">
          {t('cases.filter.apply')}
        </button>
        <button class="btn" type="button" onClick={() => navigate('/statistics')}>
          {t('cases.filter.clear')}
        </button>
      </div>
    </form>
  );
}

// The /statistics page.
export function StatisticsPage({ api, me, reference, query }) {
  const { t } = useI18n();
  useTitle(t('stats.title'));
  const applied = {};
  for (const name of FILTERS) applied[name] = query.get(name) ?? '';
  const q = new URLSearchParams();
  for (const name of FILTERS) if (applied[name]) q.set(name, applied[name]);
  const key = q.toString();
  const { data, error } = useStats(api, key);
  return (
    <section aria-labelledby="stats-title">
      <div class="page-head">
        <h1 id="stats-title">{t('stats.title')}</h1>
        {mayDo(me.roles, STATISTICS_EXPORT_ROLES) && (
          <a class="btn" href="/api/v1/exports/ctdc?format=csv" download="ctdc-export.csv" data-testid="ctdc-export">
            {t('stats.ctdc_export')}
          </a>
        )}
      </div>
      <p class="muted">{t('stats.intro')}</p>
      <FilterForm key={key} applied={applied} reference={reference} />
      {error && <ErrorNotice error={error} />}
      {!data && !error && <p class="loading" role="status">{t('app.loading')}</p>}
      {data && (
        <>
          <h2>{t('stats.case_management')}</h2>
          <Breakdowns idPrefix="st" data={data} names={ORDER} reference={reference} level="h3" />
          {data.historic && (
            <section aria-labelledby="st-historic" data-testid="stats-historic">
              <h2 id="st-historic">{t('stats.historic')}</h2>
              <Breakdowns
                idPrefix="sh"
                data={{ ...data.historic, small_cells_suppressed: false }}
                names={ORDER}
                reference={reference}
                level="h3"
              />
            </section>
          )}
        </>
      )}
    </section>
  );
}
