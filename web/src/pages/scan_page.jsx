// The scan page (/scan, docs/scan.md): an officer or analyst pastes a post,
// or uploads a file of posts, and sees for each its risk, why, the text with
// the red flags marked, the amounts and the identifiers found with the
// earlier cases that hold them; a post can be saved as a lead on a case
// (lead_write roles), and the leads saved in the user's units are listed
// below, a page at a time.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { LEAD_WRITE_ROLES } from '../scan_vocab.js';
import { mayDo } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { LeadSave } from './lead_save.jsx';
import { LeadsList } from './leads_list.jsx';
import { ScanBatch } from './scan_batch.jsx';
import { ScanResultView } from './scan_result.jsx';
import { useSubmit } from './use_submit.js';
import { useTitle } from './title.js';

// The server's error of one item as the ApiError shape ErrorNotice reads.
function itemError(error) {
  const fields = Object.fromEntries((error?.fields ?? []).map((f) => [f.field, f.reason]));
  return { status: 400, code: error?.code, message: error?.message ?? '', fields };
}

export function ScanPage({ api, me }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('scan.title'));
  const canSaveLead = mayDo(me.roles, LEAD_WRITE_ROLES);
  const [text, setText] = useState('');
  // The text scanned and its result (the text may be edited afterwards).
  const [scanned, setScanned] = useState(null);
  const [leadsVersion, setLeadsVersion] = useState(0);
  const { busy, error, submit } = useSubmit();

  const onSubmit = submit(async () => {
    setScanned(null);
    const r = await api.post('/api/v1/scan', { text, lang: i18n.lang });
    const item = r.results[0];
    setScanned({ text, item, n: (scanned?.n ?? 0) + 1 });
  });
  const onLeadSaved = () => setLeadsVersion((v) => v + 1);
  const item = scanned?.item;

  return (
    <section aria-labelledby="scan-title" class="scan-page">
      <h1 id="scan-title">{t('scan.title')}</h1>
      <p class="muted">{t('scan.intro')}</p>
      <section class="panel" aria-labelledby="scan-paste-title">
        <h2 id="scan-paste-title">{t('scan.paste_title')}</h2>
        <form onSubmit={onSubmit} data-testid="scan-form">
          <FormField id="scan-text" label={t('scan.text')} hint={t('scan.text_hint')} error={error?.fields?.text}>
            <textarea rows={7} required value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </FormField>
          <div class="form-actions">
            <button class="btn primary" type="submit" disabled={busy}>
              {busy ? t('scan.scanning') : t('scan.submit')}
            </button>
          </div>
        </form>
        {error && <ErrorNotice error={error} />}
        {item && !item.ok && <ErrorNotice error={itemError(item.error)} summary={t('scan.failed')} />}
        {item?.ok && (
          <section aria-labelledby="scan-result-title" class="scan-detail">
            <h2 id="scan-result-title">{t('scan.result_title')}</h2>
            <ScanResultView key={scanned.n} result={item} text={scanned.text} idPrefix="paste" />
            {canSaveLead && <LeadSave key={`lead-${scanned.n}`} api={api} text={scanned.text} idPrefix="paste" onSaved={onLeadSaved} />}
          </section>
        )}
      </section>
      <ScanBatch api={api} canSaveLead={canSaveLead} onLeadSaved={onLeadSaved} />
      <section class="panel" aria-labelledby="leads-title" id="leads">
        <h2 id="leads-title">{t('leads.title')}</h2>
        <LeadsList api={api} version={leadsVersion} />
      </section>
    </section>
  );
}
