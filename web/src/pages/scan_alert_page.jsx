// One recruitment post alert (/scan-alerts/{id}; GET /api/v1/scan-alerts/{id}):
// why it was raised, where the post came from, its status, and the post
// scanned now for the caller (flags marked in the text, amounts, identifiers
// with the cases and watchlists that know them today), shown with the scan
// page's own view. Roles that write leads may dismiss an open alert
// (POST …/dismiss with the version read: a 409 says someone else changed it
// first, and the alert is read again) or save its post as a lead
// (POST …/lead, the scan page's form); the page then shows the new status and
// the lead and its case.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { LEAD_WRITE_ROLES } from '../scan_vocab.js';
import { mayDo } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { LeadSave } from './lead_save.jsx';
import { RiskBadge } from './risk_badge.jsx';
import { AlertReasons, AlertSourceText, AlertStatus } from './scan_alert_bits.jsx';
import { ScanResultView } from './scan_result.jsx';
import { useTitle } from './title.js';
import { FieldList } from './field_list.jsx';

export function ScanAlertPage({ api, me, id }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('salert.title', { id }));
  const [state, setState] = useState({ alert: null, error: null });
  const [reload, setReload] = useState(0);
  const [lead, setLead] = useState(null); // the lead saved from this page
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState(null);
  const [conflict, setConflict] = useState(false);
  useEffect(() => {
    let live = true;
    api.get(`/api/v1/scan-alerts/${id}`, { lang: i18n.lang }).then(
      (alert) => live && setState({ alert, error: null }),
      (error) => live && setState({ alert: null, error }),
    );
    return () => {
      live = false;
    };
  }, [id, i18n.lang, reload]);
  const a = state.alert;
  // The list fields of an answer replace those read; the text and scan stay.
  const update = (changed) => setState((s) => ({ ...s, alert: { ...s.alert, ...changed } }));
  const failed = (err) => {
    if (err.status === 409) {
      setConflict(true);
      setReload((n) => n + 1);
    } else {
      setActionError(err);
    }
  };

  const dismiss = async () => {
    setBusy(true);
    setActionError(null);
    setConflict(false);
    try {
      update(await api.post(`/api/v1/scan-alerts/${id}/dismiss`, { expected_version: a.version }));
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };
  const saveLead = async (body) => {
    setActionError(null);
    setConflict(false);
    try {
      const r = await api.post(`/api/v1/scan-alerts/${id}/lead`, body);
      setLead(r.lead);
      update(r.alert);
      return r.lead;
    } catch (err) {
      if (err.status === 409) failed(err);
      throw err;
    }
  };

  const mayWrite = mayDo(me.roles, LEAD_WRITE_ROLES);
  const rows = a
    ? [
        ['salert.col.status', <AlertStatus status={a.status} />],
        ['scan.col.level', <RiskBadge result={a} />],
        ['salert.col.reasons', <AlertReasons alert={a} />],
        ['salert.col.source', <AlertSourceText alert={a} />],
        ['salert.col.raised', <time dateTime={a.raised_at}>{i18n.dateTime(a.raised_at)}</time>],
        ...(a.reviewed_at ? [['salert.col.reviewed', <time dateTime={a.reviewed_at}>{i18n.dateTime(a.reviewed_at)}</time>]] : []),
      ]
    : [];
  const caseOfLead = lead?.case_id != null ? { id: lead.case_id, number: lead.case_number ?? `#${lead.case_id}` } : null;
  return (
    <article aria-labelledby="salert-title" class="scan-alert-page">
      <p class="crumbs">
        <Link href="/scan-alerts">← {t('salert.back')}</Link>
      </p>
      <h1 id="salert-title">{t('salert.title', { id })}</h1>
      {state.error && <ErrorNotice error={state.error} notFoundText={t('salert.not_found')} />}
      {!a && !state.error && <p class="loading" role="status">{t('app.loading')}</p>}
      {a && (
        <>
          <section class="panel" aria-labelledby="salert-about">
            <h2 id="salert-about">{t('salert.about')}</h2>
            <FieldList rows={rows} wrap />
            <div role="status" aria-live="polite" data-testid="salert-outcome" class="salert-outcome">
              {conflict && <p class="error">{t('salert.conflict')}</p>}
              {a.status === 'dismissed' && !conflict && <p class="notice">{t('salert.dismissed_note')}</p>}
              {a.status === 'saved' && (
                <p class="notice">
                  {t('salert.saved_note')}{' '}
                  {a.lead_id != null && <Link href={`/leads/${a.lead_id}`}>{t('salert.open_lead', { id: a.lead_id })}</Link>}
                  {caseOfLead && (
                    <>
                      {' · '}
                      {t('salert.on_case')} <Link href={`/cases/${caseOfLead.id}`}>{caseOfLead.number}</Link>
                    </>
                  )}
                </p>
              )}
            </div>
            {actionError && <ErrorNotice error={actionError} />}
            {mayWrite && a.status === 'open' && (
              <p class="actions">
                <button type="button" class="btn" disabled={busy} onClick={dismiss}>
                  {t('salert.dismiss')}
                </button>
              </p>
            )}
          </section>
          {mayWrite && a.status === 'open' && <LeadSave api={api} idPrefix="salert" save={saveLead} />}
          <section class="panel" aria-labelledby="salert-post">
            <h2 id="salert-post">{t('salert.post')}</h2>
            {a.scan?.ok ? (
              <ScanResultView result={a.scan} text={a.text} idPrefix="salert" headingLevel={3} />
            ) : (
              <p class="scan-text break">{a.text}</p>
            )}
          </section>
        </>
      )}
    </article>
  );
}
