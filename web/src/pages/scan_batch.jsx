// Scanning a file of posts: the file is read in the browser (post_files.js:
// a .txt file is one post, .csv and .jsonl one post a row or line, the
// column or field chosen by name), the posts go to POST /api/v1/scan in
// batches (at most 1000 texts each), and the results come back as a table,
// highest risk first, with the lines that could not be read or scanned
// listed apart. A bad line, or a whole batch the server refused, never stops
// the others. A row's details open below the table, with "save as lead".
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { fileFormat, postsFromCsv, postsFromJsonl, postsFromText } from '../post_files.js';
import { scanBatches, sortByRisk } from '../scan_vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { LeadSave } from './lead_save.jsx';
import { excerpt } from './leads_list.jsx';
import { RiskBadge } from './risk_badge.jsx';
import { categoryLabel } from './scan_highlight.jsx';
import { ScanResultView } from './scan_result.jsx';
import { TableHead } from './table_head.jsx';

const FORMATS = ['txt', 'csv', 'jsonl'];

// A reading error {code, ...params} in words.
function fileErrorText(t, error) {
  return t(`scan.fileerr.${error.code}`, error);
}

// The server's error of one item ({code, message, fields: [{field, reason}]}).
function itemErrorText(error) {
  const reasons = (error.fields ?? []).map((f) => `${f.field}: ${f.reason}`);
  return [error.message, ...reasons].filter(Boolean).join(' — ');
}

// An ApiError of a whole batch in words.
function requestErrorText(t, err) {
  if (err.status === 0) return t('error.network');
  const fields = Object.entries(err.fields ?? {}).map(([k, v]) => `${k}: ${v}`);
  return [err.message, ...fields].filter(Boolean).join(' — ');
}

// Scans `posts` ({line, text}) batch by batch; resolves with one entry per
// post: {line, text, result} or {line, text, problem}.
async function scanAll(api, posts, { lang, t, onProgress }) {
  const out = new Array(posts.length);
  let done = 0;
  for (const batch of scanBatches(posts.map((p) => p.text))) {
    try {
      const r = await api.post('/api/v1/scan', { texts: batch.map((i) => posts[i].text), lang });
      batch.forEach((i, k) => {
        const item = r.results.find((x) => x.index === k) ?? r.results[k];
        out[i] = item?.ok ? { ...posts[i], result: item } : { ...posts[i], problem: item ? itemErrorText(item.error ?? {}) : '?' };
      });
    } catch (err) {
      if (err.status === 401) throw err;
      const problem = requestErrorText(t, err);
      batch.forEach((i) => {
        out[i] = { ...posts[i], problem };
      });
    }
    done += batch.length;
    onProgress(done);
  }
  return out;
}

export function ScanBatch({ api, canSaveLead, onLeadSaved }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [file, setFile] = useState(null);
  const [format, setFormat] = useState('txt');
  const [name, setName] = useState('text');
  const [state, setState] = useState({ busy: false, progress: null, error: null, report: null });
  const [open, setOpen] = useState(null); // the line whose details are shown
  const detailRef = useRef(null);
  // Opened details take the focus (and scroll into view) below a long table.
  useEffect(() => {
    if (open != null) detailRef.current?.focus();
  }, [open]);

  const onFile = (e) => {
    const f = e.currentTarget.files?.[0] ?? null;
    setFile(f);
    if (f) setFormat(fileFormat(f.name));
  };

  const onSubmit = async (e) => {
    e.preventDefault();
    setOpen(null);
    if (!file) {
      setState({ busy: false, progress: null, error: t('scan.file_none'), report: null });
      return;
    }
    setState({ busy: true, progress: null, error: null, report: null });
    const text = await file.text();
    const read = format === 'csv' ? postsFromCsv(text, name) : format === 'jsonl' ? postsFromJsonl(text, name) : postsFromText(text);
    if (read.error) {
      setState({ busy: false, progress: null, error: fileErrorText(t, read.error), report: null });
      return;
    }
    const posts = read.items.filter((it) => it.text !== undefined);
    const unread = read.items.filter((it) => it.error).map((it) => ({ line: it.line, problem: fileErrorText(t, it.error) }));
    const progress = (done) => setState((s) => ({ ...s, progress: { done, total: posts.length } }));
    try {
      const scanned = await scanAll(api, posts, { lang: i18n.lang, t, onProgress: progress });
      const good = scanned.filter((s) => s.result).map((s) => ({ ...s, risk: s.result.risk, level: s.result.level, index: s.line }));
      const bad = [...unread, ...scanned.filter((s) => s.problem)].sort((a, b) => a.line - b.line);
      setState({ busy: false, progress: null, error: null, report: { file: file.name, good: sortByRisk(good), bad } });
    } catch (err) {
      setState({ busy: false, progress: null, error: null, report: null, requestError: err });
    }
  };

  const r = state.report;
  const openItem = r?.good.find((g) => g.line === open);
  const labels = ['scan.col.line', 'scan.col.level', 'scan.col.flags', 'scan.col.identifiers', 'scan.col.excerpt'].map(t);
  return (
    <section class="panel" aria-labelledby="scan-file-title">
      <h2 id="scan-file-title">{t('scan.file_title')}</h2>
      <form onSubmit={onSubmit} data-testid="scan-file-form">
        <div class="form-grid">
          <FormField id="scan-file" label={t('scan.file')} hint={t('scan.file_hint')}>
            <input type="file" accept=".txt,.csv,.jsonl,.ndjson,text/plain,text/csv" onChange={onFile} />
          </FormField>
          <FormField id="scan-format" label={t('scan.format')}>
            <select value={format} onChange={(e) => setFormat(e.currentTarget.value)}>
              {FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`scan.format.${f}`)}
                </option>
              ))}
            </select>
          </FormField>
          {format !== 'txt' && (
            <FormField id="scan-name" label={format === 'csv' ? t('scan.column') : t('scan.field')}>
              <input type="text" required maxLength={100} value={name} onInput={(e) => setName(e.currentTarget.value)} />
            </FormField>
          )}
        </div>
        <div class="form-actions">
          <button class="btn primary" type="submit" disabled={state.busy}>
            {state.busy ? t('scan.scanning') : t('scan.file_submit')}
          </button>
        </div>
        <p class="notice" role="status" aria-live="polite">
          {state.progress && t('scan.progress', { done: i18n.number(state.progress.done), total: i18n.number(state.progress.total) })}
        </p>
      </form>
      {state.error && (
        <p class="error" role="alert">
          {state.error}
        </p>
      )}
      {state.requestError && <ErrorNotice error={state.requestError} />}
      {r && (
        <div data-testid="scan-batch-report">
          <p role="status">{t('scan.batch_summary', { file: r.file, ok: i18n.number(r.good.length), bad: i18n.number(r.bad.length) })}</p>
          {r.good.length > 0 && (
            <div class="table-wrap">
              <h3 id="scan-batch-results">{t('scan.batch_results')}</h3>
              <table class="responsive scan-batch" aria-labelledby="scan-batch-results">
                <TableHead labels={labels} actions={t('scan.details')} />
                <tbody>
                  {r.good.map((g) => {
                    const known = g.result.identifiers?.filter((d) => (d.known?.cases?.length ?? 0) + (d.known?.watchlist?.length ?? 0) > 0).length ?? 0;
                    const cats = [...new Set((g.result.flags ?? []).map((f) => categoryLabel(t, f.category)))];
                    return (
                      <tr key={g.line} data-line={g.line} data-level={g.level}>
                        <td data-label={labels[0]}>{g.line}</td>
                        <td data-label={labels[1]}>
                          <RiskBadge result={g.result} />
                        </td>
                        <td data-label={labels[2]}>{cats.length ? cats.join(', ') : '—'}</td>
                        <td data-label={labels[3]}>
                          <span>
                            {i18n.number(g.result.identifiers?.length ?? 0)}
                            {known > 0 && <strong> ({t('scan.known_count', { n: known })})</strong>}
                          </span>
                        </td>
                        <td data-label={labels[4]} class="break">
                          {excerpt(g.text)}
                        </td>
                        <td>
                          <button
                            type="button"
                            class="btn small"
                            aria-expanded={open === g.line}
                            aria-controls="scan-batch-detail"
                            onClick={() => setOpen(open === g.line ? null : g.line)}
                          >
                            {open === g.line ? t('scan.details_hide') : t('scan.details_of', { line: g.line })}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {r.bad.length > 0 && (
            <div class="table-wrap">
              <h3 id="scan-batch-errors">{t('scan.batch_errors')}</h3>
              <table class="responsive scan-batch-errors" aria-labelledby="scan-batch-errors" data-testid="scan-batch-errors">
                <TableHead labels={[t('scan.col.line'), t('scan.col.problem')]} />
                <tbody>
                  {r.bad.map((b) => (
                    <tr key={b.line} data-line={b.line}>
                      <td data-label={t('scan.col.line')}>{b.line}</td>
                      <td data-label={t('scan.col.problem')}>{b.problem}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div id="scan-batch-detail">
            {openItem && (
              <section class="scan-detail" aria-labelledby="scan-batch-detail-title">
                <h3 id="scan-batch-detail-title" tabIndex={-1} ref={detailRef}>{t('scan.details_of', { line: openItem.line })}</h3>
                <ScanResultView key={openItem.line} result={openItem.result} text={openItem.text} idPrefix={`batch-${openItem.line}`} headingLevel={4} />
                {canSaveLead && <LeadSave key={`lead-${openItem.line}`} api={api} text={openItem.text} idPrefix={`batch-${openItem.line}`} onSaved={onLeadSaved} />}
              </section>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
