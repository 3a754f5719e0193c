// CSV import into a watchlist (POST /api/v1/watchlists/{id}/import): paste
// or choose a file; the report lists each bad row with its line and the
// reason per column, and each duplicate.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { importColumns } from '../watchlist_vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { useSubmit } from './use_submit.js';

export function WatchlistImport({ api, list, onImported }) {
  const { t } = useI18n();
  const [csv, setCsv] = useState('');
  const [strict, setStrict] = useState(false);
  const [report, setReport] = useState(null);
  const { busy, error, submit } = useSubmit();
  const onFile = async (e) => {
    const file = e.currentTarget.files?.[0];
    if (file) setCsv(await file.text());
  };
  const onSubmit = submit(async () => {
    setReport(null);
    const r = await api.post(`/api/v1/watchlists/${list.id}/import`, { csv, strict });
    setReport(r);
    await onImported();
  });
  return (
    <form class="subform" onSubmit={onSubmit} aria-labelledby="wli-title">
      <h2 id="wli-title">{t('wlimport.title')}</h2>
      <p class="muted">{t('wlimport.columns', { columns: importColumns(list.type).join(', ') })}</p>
      {error && <ErrorNotice error={error} summary={t('watchlists.check_fields')} />}
      <div class="form-grid">
        <FormField id="wli-file" label={t('wlimport.file')}>
          <input type="file" accept=".csv,text/csv" onChange={onFile} />
        </FormField>
        <FormField id="wli-csv" label={t('wlimport.csv')} error={error?.fields?.csv}>
          <textarea rows={6} required value={csv} onInput={(e) => setCsv(e.currentTarget.value)} />
        </FormField>
        <div class="field">
          <label class="check">
            <input type="checkbox" checked={strict} onChange={(e) => setStrict(e.currentTarget.checked)} />
            {t('wlimport.strict')}
          </label>
        </div>
      </div>
      <div class="form-actions">
        <button class="btn primary" type="submit" disabled={busy}>
          {t('wlimport.submit')}
        </button>
      </div>
      {report && (
        <div data-testid="import-report" role="status">
          <p>{t('wlimport.summary', { rows: report.rows, imported: report.imported, bad: report.errors.length, duplicates: report.duplicates.length })}</p>
          {(report.errors.length > 0 || report.duplicates.length > 0) && (
            <div class="table-wrap">
              <table class="responsive">
                <caption>{t('wlimport.problems')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('wlimport.line')}</th>
                    <th scope="col">{t('wlimport.column')}</th>
                    <th scope="col">{t('wlimport.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.errors.flatMap((e) =>
                    Object.entries(e.fields).map(([col, reason]) => (
                      <tr key={`${e.line}-${col}`}>
                        <td data-label={t('wlimport.line')}>{e.line}</td>
                        <td data-label={t('wlimport.column')}>{col}</td>
                        <td data-label={t('wlimport.problem')}>{reason}</td>
                      </tr>
                    )),
                  )}
                  {report.duplicates.map((d) => (
                    <tr key={`d-${d.line}`}>
                      <td data-label={t('wlimport.line')}>{d.line}</td>
                      <td data-label={t('wlimport.column')}>{d.key}</td>
                      <td data-label={t('wlimport.problem')}>
                        {d.existing_entry_id
                          ? t('wlimport.duplicate_entry', { id: d.existing_entry_id })
                          : t('wlimport.duplicate_line', { line: d.first_line })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </form>
  );
}
