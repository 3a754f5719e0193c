// One scanned post in full (POST /api/v1/scan, docs/scan.md): the risk and
// the explanation, the text with the red flags marked, the flags with their
// reasons, the amounts (converted to dong a month when they are pay) and the
// identifiers found, each with the earlier cases and watchlist entries that
// hold it. Cases outside the caller's units come as their unit's code only
// (the server decides, as in the link graph).
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { SCAN_ID_KINDS } from '../scan_vocab.js';
import { RiskBadge } from './risk_badge.jsx';
import { ScanHighlight, categoryLabel } from './scan_highlight.jsx';
import { TableHead } from './table_head.jsx';

function Flags({ flags, idPrefix }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (flags.length === 0) return <p class="empty">{t('scan.no_flags')}</p>;
  return (
    <ol class="scan-flags">
      {flags.map((f, i) => (
        <li key={f.id} id={`${idPrefix}-flag-${i}`} data-flag={f.id}>
          <span class={`flag-tag flag-${f.category}`}>{categoryLabel(t, f.category)}</span>{' '}
          <span class="muted">{t('scan.weight', { weight: i18n.number(f.weight) })}</span>
          <br />
          {f.rationale}
          {f.spans?.length > 0 && (
            <small class="muted scan-found">
              {t('scan.found_as', { texts: [...new Set(f.spans.map((s) => `“${s.text}”`))].join(', ') })}
            </small>
          )}
        </li>
      ))}
    </ol>
  );
}

function Amounts({ amounts }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (amounts.length === 0) return <p class="empty">{t('scan.no_amounts')}</p>;
  const labels = ['scan.col.as_written', 'scan.col.value', 'scan.col.period', 'scan.col.use', 'scan.col.monthly_vnd'].map(t);
  return (
    <div class="table-wrap">
      <table class="responsive scan-amounts">
        <TableHead labels={labels} />
        <tbody>
          {amounts.map((a) => (
            <tr key={`${a.start}-${a.end}`}>
              <td data-label={labels[0]}>{a.text}</td>
              <td data-label={labels[1]} class="nowrap">
                {i18n.number(a.value)} {a.currency}
              </td>
              <td data-label={labels[2]}>{a.period ? t(`scan.period.${a.period}`) : '—'}</td>
              <td data-label={labels[3]}>{t(`scan.use.${a.use}`)}</td>
              <td data-label={labels[4]} class="nowrap">
                {a.monthly_vnd != null ? `${i18n.number(Math.round(a.monthly_vnd))} ₫` : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Earlier cases (links when in the caller's units) and watchlist entries.
function Known({ known }) {
  const { t } = useI18n();
  const cases = known?.cases ?? [];
  const lists = known?.watchlist ?? [];
  if (cases.length === 0 && lists.length === 0) return <span class="muted">{t('scan.not_known')}</span>;
  return (
    <ul class="plain scan-known">
      {cases.length > 0 && (
        <li>
          {t('scan.known_cases')}:{' '}
          {cases.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ', '}
              {c.in_scope !== false && c.case_id != null ? (
                <Link href={`/cases/${c.case_id}`}>{c.number ?? `#${c.case_id}`}</Link>
              ) : (
                <span class="muted">{t('scan.other_unit_case', { unit: c.unit_code })}</span>
              )}
            </span>
          ))}
        </li>
      )}
      {lists.length > 0 && (
        <li>
          {t('scan.known_lists')}:{' '}
          {lists.map((w, i) => (
            <span key={w.entry_id}>
              {i > 0 && ', '}
              <Link href={`/watchlists/${w.list.id}`}>{w.list.name}</Link> ({t(`wltype.${w.list.type}`)})
            </span>
          ))}
        </li>
      )}
    </ul>
  );
}

function Identifiers({ identifiers }) {
  const { t } = useI18n();
  if (identifiers.length === 0) return <p class="empty">{t('scan.no_identifiers')}</p>;
  const labels = ['scan.col.kind', 'scan.col.as_written', 'scan.col.key', 'scan.col.known'].map(t);
  return (
    <div class="table-wrap">
      <table class="responsive scan-identifiers">
        <TableHead labels={labels} />
        <tbody>
          {identifiers.map((d) => (
            <tr key={`${d.kind}-${d.key}`} data-key={d.key}>
              <td data-label={labels[0]}>
                {t(`scan.idkind.${d.kind}`)}
                {d.channel && <> ({t('scan.via', { channel: SCAN_ID_KINDS.includes(d.channel) ? t(`scan.idkind.${d.channel}`) : d.channel })})</>}
                {d.qualifier && <> ({t('scan.bank', { bank: d.qualifier })})</>}
              </td>
              <td data-label={labels[1]} class="break">
                {d.value}
              </td>
              <td data-label={labels[2]} class="break">
                <code>{d.key}</code>
              </td>
              <td data-label={labels[3]}>
                <Known known={d.known} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// `result`: a good item of the scan response; `text`: the text scanned;
// `idPrefix`: unique on the page (ids of the flag entries the marks cite).
export function ScanResultView({ result, text, idPrefix, headingLevel = 3 }) {
  const i18n = useI18n();
  const { t } = i18n;
  const H = `h${headingLevel}`;
  const flags = result.flags ?? [];
  const amounts = result.amounts ?? [];
  const identifiers = result.identifiers ?? [];
  const pct = (x) => Math.round((x ?? 0) * 100);
  return (
    <div class="scan-result" data-testid="scan-result" data-level={result.level}>
      <p class="scan-risk">
        <RiskBadge result={result} />{' '}
        <meter min="0" max="1" low="0.4" high="0.7" optimum="0" value={result.risk} aria-label={t('scan.risk')}>
          {pct(result.risk)}%
        </meter>
      </p>
      <p class="scan-explanation" data-testid="scan-explanation">
        {result.explanation}
      </p>
      <p class="muted small">
        {t('scan.scores', {
          lexicon: pct(result.lexicon_score),
          model: result.model_score != null ? `${pct(result.model_score)}%` : t('scan.no_model'),
        })}
      </p>
      <H>{t('scan.highlighted')}</H>
      <ScanHighlight text={text} flags={flags} idPrefix={idPrefix} />
      <H>{t('scan.flags', { n: flags.length })}</H>
      <Flags flags={flags} idPrefix={idPrefix} />
      <H>{t('scan.amounts', { n: amounts.length })}</H>
      <Amounts amounts={amounts} />
      <H>{t('scan.identifiers', { n: identifiers.length })}</H>
      <Identifiers identifiers={identifiers} />
    </div>
  );
}
