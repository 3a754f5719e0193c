// The identifiers recorded on a case (phones, online accounts, bank accounts,
// vehicles, addresses, organizations) that link it to other cases in the
// network view. One tied to a person the caller may not see is shown as
// withheld. Roles that write persons add and remove them.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { IDENTIFIER_KINDS } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { SubForm } from './sub_form.jsx';
import { useSubmit } from './use_submit.js';
import { TableHead } from './table_head.jsx';

const EMPTY = { kind: 'phone', value: '', qualifier: '', person_id: '', note: '' };

function personName(t, persons, id) {
  const p = persons.find((x) => x.id === id);
  if (!p) return `#${id}`;
  return p.masked || !p.identity ? p.pseudonym : p.identity.full_name;
}

function Remove({ api, caseId, item, onChanged }) {
  const { t } = useI18n();
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.del(`/api/v1/cases/${caseId}/identifiers/${item.id}`);
      await onChanged();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class="btn small danger" disabled={busy} onClick={remove}
        aria-label={t('identifiers.remove_label', { value: item.value })}>
        {t('identifiers.remove')}
      </button>
      {error && <ErrorNotice error={error} />}
    </>
  );
}

function IdentifierAdd({ api, caseId, persons, onAdded }) {
  const { t } = useI18n();
  const [v, setV] = useState(EMPTY);
  const [added, setAdded] = useState(false);
  const { busy, error, submit } = useSubmit();
  const fields = error?.fields ?? {};
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  const needsQualifier = v.kind === 'account' || v.kind === 'bank_account';
  const onSubmit = submit(async () => {
    const body = { kind: v.kind, value: v.value };
    if (needsQualifier) body.qualifier = v.qualifier;
    if (v.note.trim()) body.note = v.note.trim();
    if (v.person_id) body.person_id = Number(v.person_id);
    setAdded(false);
    await api.post(`/api/v1/cases/${caseId}/identifiers`, body);
    setV(EMPTY);
    setAdded(true);
    await onAdded();
  });
  return (
    <SubForm
      id="identifier-add"
      title={t('identifiers.add')}
      openerInParagraph
      notice={error && <ErrorNotice error={error} summary={t('identifiers.check_fields')} />}
      busy={busy}
      saveLabel={t('identifiers.save')}
      status={added && t('identifiers.added')}
      onSubmit={onSubmit}
    >
      <div class="form-grid">
        <FormField id="identifier-kind" label={t('identifiers.kind')} error={fields.kind}>
          <select name="kind" value={v.kind} onChange={set('kind')}>
            {IDENTIFIER_KINDS.map((k) => (
              <option value={k}>{t(`nodekind.${k}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="identifier-value" label={t('identifiers.value')} error={fields.value}>
          <input name="value" required maxLength={300} value={v.value} onInput={set('value')} />
        </FormField>
        {needsQualifier && (
          <FormField id="identifier-qualifier" label={t(`identifiers.qualifier.${v.kind}`)} error={fields.qualifier}>
            <input name="qualifier" required maxLength={100} value={v.qualifier} onInput={set('qualifier')} />
          </FormField>
        )}
        <FormField id="identifier-person" label={t('identifiers.person')} error={fields.person_id}>
          <select name="person_id" value={v.person_id} onChange={set('person_id')}>
            <option value="">{t('identifiers.person_none')}</option>
            {persons.map((p) => (
              <option value={String(p.id)}>
                {personName(t, persons, p.id)} ({t(`role.${p.role}`)})
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField id="identifier-note" label={t('identifiers.note')} error={fields.note}>
        <input name="note" maxLength={1000} value={v.note} onInput={set('note')} />
      </FormField>
    </SubForm>
  );
}

export function IdentifiersPanel({ api, caseId, persons, canWrite, onChanged }) {
  const { t } = useI18n();
  const [state, setState] = useState({ items: null, error: null });
  const load = () =>
    api.get(`/api/v1/cases/${caseId}/identifiers`).then(
      (r) => setState({ items: r.items, error: null }),
      (error) => setState({ items: null, error }),
    );
  useEffect(() => {
    load();
  }, [caseId]);
  const changed = async () => {
    await load();
    onChanged?.();
  };
  const items = state.items ?? [];
  return (
    <section class="panel" aria-labelledby="case-identifiers">
      <h2 id="case-identifiers">{t('identifiers.title')}</h2>
      {state.error && <ErrorNotice error={state.error} />}
      {state.items && items.length === 0 && <p class="empty">{t('identifiers.none')}</p>}
      {items.length > 0 && (
        <div class="table-wrap">
          <table class="responsive identifiers" data-testid="identifiers">
            <TableHead
              labels={[
                t('identifiers.kind'),
                t('identifiers.value'),
                t('identifiers.person'),
                t('identifiers.note'),
              ]}
              actions={canWrite && t('users.actions')}
            />
            <tbody>
              {items.map((i) => (
                <tr key={i.id} data-identifier-kind={i.kind}>
                  <td data-label={t('identifiers.kind')}>{t(`nodekind.${i.kind}`)}</td>
                  <td data-label={t('identifiers.value')}>
                    {i.masked ? (
                      <span class="masked">{t('identifiers.withheld')}</span>
                    ) : (
                      <>
                        {i.qualifier && <span class="muted">{i.qualifier}: </span>}
                        {i.value}
                      </>
                    )}
                  </td>
                  <td data-label={t('identifiers.person')}>
                    {i.person_id ? personName(t, persons, i.person_id) : '—'}
                  </td>
                  <td data-label={t('identifiers.note')}>{i.note || '—'}</td>
                  {canWrite && (
                    <td data-label={t('users.actions')}>
                      {!i.masked && <Remove api={api} caseId={caseId} item={i} onChanged={changed} />}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canWrite && <IdentifierAdd api={api} caseId={caseId} persons={persons} onAdded={changed} />}
    </section>
  );
}
