// One saved lead (/leads/{id}; GET /api/v1/leads/{id}): when it was saved
// and its risk then, its case, source and note, and its text scanned again
// (POST /api/v1/scan) so that the red flags and identifiers show as they do
// today — with the cases and watchlists known now.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { ErrorNotice } from './error_notice.jsx';
import { RiskBadge } from './risk_badge.jsx';
import { ScanResultView } from './scan_result.jsx';
import { useTitle } from './title.js';
import { FieldList } from './field_list.jsx';

export function LeadPage({ api, id }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('lead.title', { id }));
  const [state, setState] = useState({ lead: null, scan: null, error: null });
  useEffect(() => {
    (async () => {
      try {
        const lead = await api.get(`/api/v1/leads/${id}`);
        setState({ lead, scan: null, error: null });
        const r = await api.post('/api/v1/scan', { text: lead.text, lang: i18n.lang });
        setState({ lead, scan: r.results[0], error: null });
      } catch (error) {
        setState((s) => ({ ...s, error }));
      }
    })();
  }, [id, i18n.lang]);
  const { lead, scan, error } = state;
  const rows = lead
    ? [
        ['leads.col.saved', i18n.dateTime(lead.created_at)],
        ['scan.col.level', <RiskBadge result={lead} />],
        ['leads.col.case', lead.case_id != null ? <Link href={`/cases/${lead.case_id}`}>{lead.case_number ?? `#${lead.case_id}`}</Link> : '—'],
        ['leads.col.source', lead.source_url || '—'],
        ['leads.col.note', lead.note || '—'],
      ]
    : [];
  return (
    <article aria-labelledby="lead-title" class="lead-page">
      <p class="crumbs">
        <Link href="/scan#leads">← {t('lead.back')}</Link>
      </p>
      <h1 id="lead-title">{t('lead.title', { id })}</h1>
      {error && <ErrorNotice error={error} notFoundText={t('lead.not_found')} />}
      {!lead && !error && <p class="loading" role="status">{t('app.loading')}</p>}
      {lead && (
        <section class="panel">
          <FieldList rows={rows} wrap />
          <h2>{t('lead.scanned_again')}</h2>
          {scan?.ok ? (
            <ScanResultView result={scan} text={lead.text} idPrefix="lead" headingLevel={3} />
          ) : (
            <p class="scan-text">{lead.text}</p>
          )}
        </section>
      )}
    </article>
  );
}
