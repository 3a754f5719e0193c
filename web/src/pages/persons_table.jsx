// The persons in a case with their roles. An identity the caller's roles may
// not see (`masked`) is shown as its pseudonym (V-7F3A), marked withheld,
// never as blank.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { ErrorNotice } from './error_notice.jsx';
import { TableHead } from './table_head.jsx';

// Removes a person from the case (DELETE /api/v1/cases/{id}/persons/{person});
// the person and their other cases stay. Two steps, so one slip does nothing.
function Unlink({ api, caseId, person, onChanged }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.del(`/api/v1/cases/${caseId}/persons/${person.id}`);
      await onChanged();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  if (!asking) {
    return (
      <button type="button" class="btn small" onClick={() => setAsking(true)}>
        {t('person.unlink')}
      </button>
    );
  }
  return (
    <div class="row-actions" role="group" aria-label={t('person.unlink')}>
      <button type="button" class="btn small danger" disabled={busy} onClick={confirm}>
        {t('person.unlink_confirm')}
      </button>
      <button type="button" class="btn small" disabled={busy} onClick={() => setAsking(false)}>
        {t('new.cancel')}
      </button>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}

function Identity({ person }) {
  const { t } = useI18n();
  const href = `/persons/${person.id}`;
  if (person.masked || !person.identity) {
    return (
      <>
        <Link href={href} class="masked pseudonym" title={t('person.masked_hint')}>
          {person.pseudonym}
        </Link>
        <span class="muted block">{t('person.masked')}</span>
      </>
    );
  }
  const id = person.identity;
  return (
    <>
      <Link href={href} class="person-name">
        {id.full_name || '—'}
      </Link>
      {id.aliases?.length > 0 && (
        <span class="muted block">{t('person.aliases', { aliases: id.aliases.join(', ') })}</span>
      )}
    </>
  );
}

// With `api` and `caseId` (and a role that may write persons), each row can
// remove its person from the case.
export function PersonsTable({ persons, reference, api, caseId, onChanged }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (persons.length === 0) return <p class="empty">{t('case.persons_empty')}</p>;
  const birth = (p) => {
    if (p.identity?.date_of_birth) return i18n.date(p.identity.date_of_birth);
    return p.birth_year ? t('person.born_in', { year: p.birth_year }) : '—';
  };
  return (
    <div class="table-wrap">
      <table class="responsive persons">
        <TableHead
          labels={[
            t('person.col.role'),
            t('person.col.name'),
            t('person.col.sex'),
            t('person.col.birth'),
            t('person.col.nationality'),
            t('person.col.home'),
          ]}
          actions={api && t('users.actions')}
        />
        <tbody>
          {persons.map((p) => (
            <tr key={p.id} data-person-role={p.role}>
              <td data-label={t('person.col.role')}>
                {p.role ? <span class={`badge role-${p.role}`}>{t(`role.${p.role}`)}</span> : '—'}
              </td>
              <td data-label={t('person.col.name')}>
                <Identity person={p} />
              </td>
              <td data-label={t('person.col.sex')}>{p.sex ? t(`sex.${p.sex}`) : '—'}</td>
              <td data-label={t('person.col.birth')}>{birth(p)}</td>
              <td data-label={t('person.col.nationality')}>
                {i18n.name(reference?.countries.get(p.nationality)) || p.nationality || '—'}
              </td>
              <td data-label={t('person.col.home')}>
                {i18n.name(reference?.provinces.get(p.home_province)) || p.home_province || '—'}
              </td>
              {api && (
                <td data-label={t('users.actions')}>
                  <Unlink api={api} caseId={caseId} person={p} onChanged={onChanged} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
