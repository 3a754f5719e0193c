// The curriculum (/training/curriculum): the manual's modules with their
// current version (GET /api/v1/training/modules; trainers add a module), the
// editions sent to border posts (GET/POST /api/v1/training/editions), and the
// receipts: every border post and gate with the edition it received last,
// those without the newest edition first (GET /api/v1/training/receipts).
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link, navigate } from '../router.js';
import { TRAINING_MANAGE_ROLES } from '../training_vocab.js';
import { mayDo } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormActions } from './form_actions.jsx';
import { FormField } from './form_field.jsx';
import { TableHead } from './table_head.jsx';
import { useTitle } from './title.js';
import { TrainingTabs, unitName, useLoad, viEn } from './training_bits.jsx';
import { currentVersion } from './training_course_form.jsx';
import { VersionFields, emptyVersion, versionBody } from './training_module_page.jsx';
import { useSubmit } from './use_submit.js';

function ModuleForm({ api, onCancel }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [position, setPosition] = useState('');
  const [v, setV] = useState(emptyVersion);
  const { busy, error, submit } = useSubmit({ holdBusy: true });
  const fields = error?.fields ?? {};
  const onSubmit = submit(async () => {
    const body = { code: code.trim(), ...versionBody(v) };
    delete body.change_note;
    if (position) body.position = Number(position);
    const m = await api.post('/api/v1/training/modules', body);
    navigate(`/training/modules/${m.id}`);
  });
  return (
    <form class="subform case-form" onSubmit={onSubmit} aria-labelledby="module-form-title">
      <h2 id="module-form-title">{t('tr.module.new')}</h2>
      {error && <ErrorNotice error={error} summary={t('tr.check_fields')} />}
      <div class="form-grid">
        <FormField id="module-code" label={t('tr.module.code')} error={fields.code}>
          <input required maxLength={20} value={code} onInput={(e) => setCode(e.currentTarget.value)} />
        </FormField>
        <FormField id="module-position" label={t('tr.module.position')} error={fields.position}>
          <input type="number" min={0} value={position} onInput={(e) => setPosition(e.currentTarget.value)} />
        </FormField>
      </div>
      <VersionFields v={v} setV={setV} fields={fields} prefix="module" />
      <FormActions busy={busy} saveLabel={t('tr.module.create')} cancelLabel={t('tr.cancel')} onCancel={onCancel} />
    </form>
  );
}

function EditionForm({ api, modules, onSaved, onCancel }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [v, setV] = useState({ code: '', title: '', effective_date: '', note: '' });
  const [chosen, setChosen] = useState(() => modules.map((m) => currentVersion(m)?.id).filter(Boolean));
  const { busy, error, submit } = useSubmit();
  const fields = error?.fields ?? {};
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  const onSubmit = submit(async () => {
    const body = { ...v, module_version_ids: chosen };
    if (!body.note) delete body.note;
    onSaved(await api.post('/api/v1/training/editions', body));
  });
  return (
    <form class="subform" onSubmit={onSubmit} aria-labelledby="edition-form-title">
      <h3 id="edition-form-title">{t('tr.edition.new')}</h3>
      {error && <ErrorNotice error={error} summary={t('tr.check_fields')} />}
      <div class="form-grid">
        <FormField id="edition-code" label={t('tr.edition.code')} error={fields.code} hint={t('tr.edition.code_hint')}>
          <input required maxLength={20} value={v.code} onInput={set('code')} />
        </FormField>
        <FormField id="edition-title" label={t('tr.edition.title_field')} error={fields.title}>
          <input required maxLength={300} value={v.title} onInput={set('title')} />
        </FormField>
        <FormField id="edition-date" label={t('tr.module.effective_date')} error={fields.effective_date}>
          <input type="date" required value={v.effective_date} onInput={set('effective_date')} />
        </FormField>
        <FormField id="edition-note" label={t('tr.edition.note')} error={fields.note}>
          <input maxLength={2000} value={v.note} onInput={set('note')} />
        </FormField>
      </div>
      <fieldset>
        <legend>{t('tr.edition.versions')}</legend>
        <div class="checks">
          {modules.map((m) => {
            const cur = currentVersion(m);
            return (
              cur && (
                <label class="check" key={m.id}>
                  <input
                    type="checkbox"
                    checked={chosen.includes(cur.id)}
                    onChange={(e) => setChosen((old) => (e.currentTarget.checked ? [...old, cur.id] : old.filter((x) => x !== cur.id)))}
                  />
                  {m.code} · {t('tr.module.version_n', { n: cur.version })}
                </label>
              )
            );
          })}
        </div>
        {fields.module_version_ids && <small class="field-error">{fields.module_version_ids}</small>}
      </fieldset>
      <FormActions busy={busy} saveLabel={t('tr.edition.create')} cancelLabel={t('tr.cancel')} onCancel={onCancel} />
    </form>
  );
}

// The newest edition: latest effective date, then highest id.
function newestEdition(eds) {
  return [...eds].sort((a, b) => b.effective_date.localeCompare(a.effective_date) || b.id - a.id)[0] ?? null;
}

function Receipts({ api, reference, newest }) {
  const i18n = useI18n();
  const { t } = i18n;
  const list = useLoad(() => api.get('/api/v1/training/receipts'), []);
  const items = list.data?.items ?? [];
  const latest = list.data?.current_edition ?? list.data?.latest_edition ?? newest;
  const editionOf = (r) => r.latest ?? r.edition ?? r.last_edition ?? null;
  const sameEdition = (e) => (e.edition_id ?? e.id) === latest.id || (e.edition_code ?? e.code) === latest.code;
  const missing = items.filter((r) => !editionOf(r) || (latest && !sameEdition(editionOf(r))));
  const cols = ['tr.officer.unit', 'tr.receipt.edition', 'tr.receipt.received_on', 'tr.receipt.copies'].map((k) => t(k));
  return (
    <section class="panel" aria-labelledby="receipts-title" data-testid="receipts">
      <h2 id="receipts-title">{t('tr.receipt.title')}</h2>
      {list.error && <ErrorNotice error={list.error} />}
      {list.data && (
        <p data-testid="receipts-missing">
          {latest
            ? t('tr.receipt.missing_of', { n: missing.length, total: items.length, edition: latest.code })
            : t('tr.receipt.missing', { n: missing.length, total: items.length })}
        </p>
      )}
      {items.length > 0 && (
        <div class="table-wrap">
          <table class="responsive">
            <TableHead labels={cols} />
            <tbody>
              {[...missing, ...items.filter((r) => !missing.includes(r))].map((r) => {
                const e = editionOf(r);
                const code = r.unit_code ?? r.unit?.code;
                return (
                  <tr key={code} class={missing.includes(r) ? 'attention' : ''}>
                    <td data-label={cols[0]}>{unitName(i18n, reference, code) || r.unit_name}</td>
                    <td data-label={cols[1]}>{e ? (e.edition_code ?? e.code) : <span class="muted">{t('tr.receipt.none')}</span>}</td>
                    <td data-label={cols[2]}>{e?.received_on ? i18n.date(e.received_on) : '—'}</td>
                    <td data-label={cols[3]}>{e?.copies ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function TrainingCurriculum({ api, me, reference }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('tr.curriculum.title'));
  const modules = useLoad(() => api.get('/api/v1/training/modules'), []);
  const editions = useLoad(() => api.get('/api/v1/training/editions'), []);
  const [adding, setAdding] = useState(null); // 'module' | 'edition'
  const mayManage = mayDo(me.roles, TRAINING_MANAGE_ROLES);
  const mods = modules.data?.items ?? [];
  const eds = editions.data?.items ?? [];
  const modCols = ['tr.module.code', 'tr.module.title', 'tr.module.current', 'tr.module.effective_date'].map((k) => t(k));
  const edCols = ['tr.edition.code', 'tr.edition.title_field', 'tr.module.effective_date', 'tr.edition.modules'].map((k) => t(k));
  return (
    <section aria-labelledby="cur-title">
      <div class="page-head">
        <h1 id="cur-title">{t('tr.curriculum.title')}</h1>
      </div>
      <TrainingTabs me={me} current="curriculum" />
      <section class="panel" aria-labelledby="modules-title" data-testid="modules">
        <h2 id="modules-title">{t('tr.module.list')}</h2>
        {modules.error && <ErrorNotice error={modules.error} />}
        {modules.data && mods.length === 0 && <p class="empty">{t('tr.module.none')}</p>}
        {mods.length > 0 && (
          <div class="table-wrap">
            <table class="responsive">
              <TableHead labels={modCols} />
              <tbody>
                {mods.map((m) => {
                  const cur = currentVersion(m);
                  return (
                    <tr key={m.id}>
                      <td data-label={modCols[0]}>
                        <Link href={`/training/modules/${m.id}`}>{m.code}</Link>
                      </td>
                      <td data-label={modCols[1]}>{viEn(i18n, cur, 'title')}</td>
                      <td data-label={modCols[2]}>{cur ? t('tr.module.version_n', { n: cur.version }) : '—'}</td>
                      <td data-label={modCols[3]}>{cur ? i18n.date(cur.effective_date) : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {mayManage && adding !== 'module' && (
          <p>
            <button type="button" class="btn" onClick={() => setAdding('module')}>
              {t('tr.module.new')}
            </button>
          </p>
        )}
        {adding === 'module' && <ModuleForm api={api} onCancel={() => setAdding(null)} />}
      </section>
      <section class="panel" aria-labelledby="editions-title" data-testid="editions">
        <h2 id="editions-title">{t('tr.edition.list')}</h2>
        {editions.error && <ErrorNotice error={editions.error} />}
        {editions.data && eds.length === 0 && <p class="empty">{t('tr.edition.none')}</p>}
        {eds.length > 0 && (
          <div class="table-wrap">
            <table class="responsive">
              <TableHead labels={edCols} />
              <tbody>
                {eds.map((e) => (
                  <tr key={e.id}>
                    <td data-label={edCols[0]}>
                      <Link href={`/training/editions/${e.id}`}>{e.code}</Link>
                    </td>
                    <td data-label={edCols[1]}>{e.title}</td>
                    <td data-label={edCols[2]}>{i18n.date(e.effective_date)}</td>
                    <td data-label={edCols[3]}>{(e.module_version_ids ?? e.module_versions ?? []).length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {mayManage && mods.length > 0 && adding !== 'edition' && (
          <p>
            <button type="button" class="btn" onClick={() => setAdding('edition')}>
              {t('tr.edition.new')}
            </button>
          </p>
        )}
        {adding === 'edition' && (
          <EditionForm
            api={api}
            modules={mods}
            onSaved={(e) => navigate(`/training/editions/${e.id}`)}
            onCancel={() => setAdding(null)}
          />
        )}
      </section>
      <Receipts api={api} reference={reference} newest={newestEdition(eds)} />
    </section>
  );
}
