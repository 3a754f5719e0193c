// One person (GET /api/v1/persons/{id}): the identity when the caller's roles
// may see it (every view is audited by the server), otherwise "withheld";
// the non-identifying facts; and the cases they appear in, with their role.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { ErrorNotice } from './error_notice.jsx';
import { useTitle } from './title.js';
import { PersonEdit } from './person_edit.jsx';
import { PERSON_WRITE_ROLES, mayDo } from '../vocab.js';
import { VictimSupport } from './victim_support.jsx';
import { VictimIdentification } from './victim_identification.jsx';
import { FieldList } from './field_list.jsx';

async function loadPerson(api, id) {
  const person = await api.get(`/api/v1/persons/${id}`);
  // Case numbers and titles for the links; a case out of scope stays a bare id.
  const cases = await Promise.allSettled((person.cases ?? []).map((c) => api.get(`/api/v1/cases/${c.case_id}`)));
  const byId = new Map(cases.filter((r) => r.status === 'fulfilled').map((r) => [r.value.id, r.value]));
  return { person, cases: byId };
}

export function PersonView({ api, me, reference, id }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [state, setState] = useState({ data: null, error: null });
  const [editing, setEditing] = useState(false);
  const load = () =>
    loadPerson(api, id).then(
      (data) => setState({ data, error: null }),
      (error) => setState({ data: null, error }),
    );
  useEffect(() => {
    load();
  }, [id]);
  const saved = async () => {
    await load();
    setEditing(false);
  };
  const p = state.data?.person;
  const name = p && !p.masked && p.identity?.full_name;
  useTitle(name || t('personview.title'));

  if (state.error) return <ErrorNotice error={state.error} notFoundText={t('personview.not_found')} />;
  if (!p) return <p class="loading" role="status">{t('app.loading')}</p>;

  const id_ = p.identity ?? {};
  const rows = [
    ['person.col.sex', p.sex ? t(`sex.${p.sex}`) : '—'],
    ['personview.birth_year', p.birth_year ?? '—'],
    ['person.col.nationality', i18n.name(reference?.countries.get(p.nationality)) || p.nationality || '—'],
    ['person.col.home', i18n.name(reference?.provinces.get(p.home_province)) || p.home_province || '—'],
  ];
  // Withheld fields are listed as withheld, so the page says what exists
  // without showing it.
  const shown = (value) => (p.masked ? t('person.field_masked') : value || '—');
  const identityRows = [
    ['person.col.birth', shown(id_.date_of_birth && i18n.date(id_.date_of_birth))],
    ['personview.aliases', shown(id_.aliases?.length && id_.aliases.join(', '))],
    ['person.citizen_id', shown(id_.citizen_id)],
    ['personview.passport', shown(id_.passport_number)],
    ['person.phone', shown(id_.phone)],
    ['personview.address', shown(id_.address)],
  ];
  return (
    <article aria-labelledby="person-title">
      <header class="case-head">
        <p class="case-number">{t('personview.title')} #{p.id}</p>
        <h1 id="person-title">
          {p.masked ? (
            <>
              <span class="masked pseudonym" title={t('person.masked_hint')}>
                {p.pseudonym}
              </span>{' '}
              <span class="masked-note">{t('person.masked')}</span>
            </>
          ) : (
            id_.full_name || '—'
          )}
        </h1>
        {!p.masked && !editing && mayDo(me.roles, PERSON_WRITE_ROLES) && (
          <button type="button" class="btn" onClick={() => setEditing(true)}>
            {t('edit.button')}
          </button>
        )}
      </header>
      {editing && (
        <PersonEdit key={p.version} api={api} person={p} reference={reference} onSaved={saved} onCancel={() => setEditing(false)} />
      )}
      <section class="panel" aria-labelledby="person-facts">
        <h2 id="person-facts">{t('personview.facts')}</h2>
        <FieldList rows={[...identityRows, ...rows]} />
        {!p.masked && id_.notes && (
          <>
            <h3>{t('personview.notes')}</h3>
            <p class="summary">{id_.notes}</p>
          </>
        )}
        {p.masked && <p class="muted">{t('person.masked_hint')}</p>}
      </section>
      <section class="panel" aria-labelledby="person-cases">
        <h2 id="person-cases">{t('personview.cases')}</h2>
        {(p.cases ?? []).length === 0 ? (
          <p class="empty">{t('personview.no_cases')}</p>
        ) : (
          <ul class="plain-list">
            {p.cases.map((c) => {
              const k = state.data.cases.get(c.case_id);
              return (
                <li key={c.case_id}>
                  <span class={`badge role-${c.role}`}>{t(`role.${c.role}`)}</span>{' '}
                  <Link href={`/cases/${c.case_id}`}>{k ? `${k.number} · ${k.title}` : `#${c.case_id}`}</Link>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <VictimIdentification api={api} me={me} reference={reference} person={p} />
      <VictimSupport api={api} me={me} reference={reference} person={p} />
    </article>
  );
}
