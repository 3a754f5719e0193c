// One edition of the manual (/training/editions/{id}; GET
// /api/v1/training/editions/{id}): what changed per module against the
// previous edition (added, revised with the change notes, unchanged,
// removed), the units that received it, and the form to record a receipt
// (POST …/receipts; 409 when that unit already recorded it).
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { MEDIA, TRAINING_MANAGE_ROLES } from '../training_vocab.js';
import { mayDo } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FieldList } from './field_list.jsx';
import { FormField } from './form_field.jsx';
import { TableHead } from './table_head.jsx';
import { useTitle } from './title.js';
import { TrBadge, TrainingTabs, UnitSelect, unitName, useLoad, viEn } from './training_bits.jsx';
import { useSubmit } from './use_submit.js';
import { FormActions } from './form_actions.jsx';

const POST_KINDS = ['border_post', 'border_gate'];

// "1 → 2" for a revision, the one version otherwise.
function versionChange(c) {
  const from = c.from_version ?? c.previous_version ?? null;
  const to = c.to_version ?? c.version ?? null;
  if (from != null && to != null && from !== to) return `${from} → ${to}`;
  return to ?? from ?? '—';
}

function ReceiptForm({ api, reference, edition, onSaved }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [v, setV] = useState({ unit: '', received_on: new Date().toISOString().slice(0, 10), copies: '1', medium: 'print', note: '' });
  const [done, setDone] = useState('');
  const { busy, error, submit } = useSubmit();
  const fields = error?.fields ?? {};
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  const onSubmit = submit(async () => {
    setDone('');
    const body = { unit_id: reference?.units.get(v.unit)?.id ?? null, received_on: v.received_on, copies: Number(v.copies), medium: v.medium };
    if (v.note) body.note = v.note;
    await api.post(`/api/v1/training/editions/${edition.id}/receipts`, body);
    setDone(t('tr.receipt.saved', { unit: unitName(i18n, reference, v.unit) }));
    onSaved();
  });
  return (
    <form class="subform" onSubmit={onSubmit} aria-labelledby="receipt-form-title" data-testid="receipt-form">
      <h3 id="receipt-form-title">{t('tr.receipt.new')}</h3>
      {error?.status === 409 ? (
        <p class="error" role="alert">
          {t('tr.receipt.twice')}
        </p>
      ) : (
        error && <ErrorNotice error={error} summary={t('tr.check_fields')} />
      )}
      <div class="form-grid">
        <FormField id="receipt-unit" label={t('tr.officer.unit')} error={fields.unit_code ?? fields.unit_id}>
          <UnitSelect reference={reference} kinds={POST_KINDS} required value={v.unit} onChange={(u) => setV((old) => ({ ...old, unit: u }))} />
        </FormField>
        <FormField id="receipt-date" label={t('tr.receipt.received_on')} error={fields.received_on}>
          <input type="date" required value={v.received_on} onInput={set('received_on')} />
        </FormField>
        <FormField id="receipt-copies" label={t('tr.receipt.copies')} error={fields.copies}>
          <input type="number" min={0} value={v.copies} onInput={set('copies')} />
        </FormField>
        <FormField id="receipt-medium" label={t('tr.receipt.medium')} error={fields.medium}>
          <select value={v.medium} onChange={set('medium')}>
            {MEDIA.map((m) => (
              <option key={m} value={m}>
                {t(`medium.${m}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="receipt-note" label={t('tr.edition.note')} error={fields.note}>
          <input maxLength={2000} value={v.note} onInput={set('note')} />
        </FormField>
      </div>
      <FormActions busy={busy} saveLabel={t('tr.receipt.save')} status={done} />
    </form>
  );
}

export function TrainingEditionPage({ api, me, reference, id }) {
  const i18n = useI18n();
  const { t } = i18n;
  const ed = useLoad(() => api.get(`/api/v1/training/editions/${id}`), [id]);
  const e = ed.data;
  useTitle(e ? `${e.code} — ${t('tr.curriculum.title')}` : t('tr.curriculum.title'));
  const changes = e?.changes ?? [];
  const receipts = e?.receipts ?? [];
  const chCols = ['tr.gain.module', 'tr.edition.change', 'tr.module.version', 'tr.module.change_note'].map((k) => t(k));
  const rcCols = ['tr.officer.unit', 'tr.receipt.received_on', 'tr.receipt.copies', 'tr.receipt.medium'].map((k) => t(k));
  return (
    <article aria-labelledby="edition-title">
      <p class="crumbs">
        <Link href="/training/curriculum">← {t('tr.curriculum.title')}</Link>
      </p>
      {ed.error && <ErrorNotice error={ed.error} notFoundText={t('tr.edition.not_found')} />}
      {!e && !ed.error && <p class="loading" role="status">{t('app.loading')}</p>}
      {e && (
        <>
          <h1 id="edition-title">{t('tr.edition.heading', { code: e.code, title: e.title })}</h1>
          <TrainingTabs me={me} current="curriculum" />
          <section class="panel">
            <FieldList
              rows={[
                ['tr.edition.code', e.code],
                ['tr.module.effective_date', i18n.date(e.effective_date)],
                ['tr.edition.note', e.note || '—'],
                ['tr.edition.modules', String((e.module_version_ids ?? []).length || changes.filter((c) => c.change !== 'removed').length)],
              ]}
            />
          </section>
          <section class="panel" aria-labelledby="changes-title" data-testid="edition-changes">
            <h2 id="changes-title">{t('tr.edition.changes')}</h2>
            {changes.length === 0 && <p class="empty">{t('tr.edition.no_changes')}</p>}
            {changes.length > 0 && (
              <table class="responsive">
                <TableHead labels={chCols} />
                <tbody>
                  {changes.map((c, n) => {
                    const kind = c.change ?? c.kind ?? c.status;
                    const notes = c.change_notes ?? (c.change_note ? [c.change_note] : []);
                    return (
                      <tr key={c.module_id ?? n}>
                        <td data-label={chCols[0]}>{c.module_code ?? c.module?.code}</td>
                        <td data-label={chCols[1]}>
                          <TrBadge prefix="change" value={kind} />
                        </td>
                        <td data-label={chCols[2]}>
                          {versionChange(c)}
                        </td>
                        <td data-label={chCols[3]}>{notes.map((x) => viEn(i18n, x)).filter(Boolean).join(' · ') || '—'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
          <section class="panel" aria-labelledby="ed-receipts-title" data-testid="edition-receipts">
            <h2 id="ed-receipts-title">{t('tr.receipt.of_edition', { n: receipts.length })}</h2>
            {receipts.length > 0 && (
              <div class="table-wrap">
                <table class="responsive">
                  <TableHead labels={rcCols} />
                  <tbody>
                    {receipts.map((r) => (
                      <tr key={r.id ?? r.unit_code}>
                        <td data-label={rcCols[0]}>{unitName(i18n, reference, r.unit_code)}</td>
                        <td data-label={rcCols[1]}>{i18n.date(r.received_on)}</td>
                        <td data-label={rcCols[2]}>{r.copies}</td>
                        <td data-label={rcCols[3]}>{t(`medium.${r.medium}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {mayDo(me.roles, TRAINING_MANAGE_ROLES) && <ReceiptForm api={api} reference={reference} edition={e} onSaved={ed.reload} />}
          </section>
        </>
      )}
    </article>
  );
}
