// One case: its fields, the persons in it with their roles (identities the
// caller may not see are shown as withheld), the timeline, the evidence with
// download links, the status changes the workflow allows the caller next, the
// identifiers recorded on the case and its link network.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { ErrorNotice } from './error_notice.jsx';
import { StatusBadge } from './status_badge.jsx';
import { StatusChange } from './status_change.jsx';
import { PersonsTable } from './persons_table.jsx';
import { Timeline } from './timeline.jsx';
import { EvidenceTable } from './evidence_table.jsx';
import { useTitle } from './title.js';
import { PersonAdd } from './person_add.jsx';
import { PersonLink } from './person_link.jsx';
import { EvidenceUpload } from './evidence_upload.jsx';
import {
  CASE_UPDATE_ROLES,
  EVENT_WRITE_ROLES,
  EVIDENCE_WRITE_ROLES,
  GRAPH_READ_ROLES,
  PERSON_WRITE_ROLES,
  mayDo,
} from '../vocab.js';
import { IdentifiersPanel } from './identifiers_panel.jsx';
import { NetworkView } from './network_view.jsx';
import { EventAdd } from './event_add.jsx';
import { LeadsList } from './leads_list.jsx';
import { SCAN_ROLES } from '../scan_vocab.js';
import { FieldList } from './field_list.jsx';

// Loads the case and its three lists; each list may fail on its own.
async function loadCase(api, id) {
  const base = `/api/v1/cases/${id}`;
  const [c, persons, events, evidence] = await Promise.allSettled([
    api.get(base),
    api.get(`${base}/persons`),
    api.get(`${base}/events`),
    api.get(`${base}/evidence`),
  ]);
  if (c.status === 'rejected') throw c.reason;
  const part = (r) => (r.status === 'fulfilled' ? { items: r.value.items } : { error: r.reason });
  return { case: c.value, persons: part(persons), events: part(events), evidence: part(evidence) };
}

function Section({ id, title, part, children }) {
  return (
    <section class="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {part?.error ? <ErrorNotice error={part.error} /> : children}
    </section>
  );
}

export function CaseDetail({ api, me, reference, id }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [state, setState] = useState({ loading: true, data: null, error: null });
  // Bumped when identifiers change, so the network view reloads.
  const [linksVersion, setLinksVersion] = useState(0);
  const reload = () =>
    loadCase(api, id).then(
      (data) => {
        setState({ loading: false, data, error: null });
        setLinksVersion((v) => v + 1); // persons may have changed the network
      },
      (error) => setState({ loading: false, data: null, error }),
    );
  useEffect(() => {
    reload();
  }, [id]);
  const c = state.data?.case;
  useTitle(c ? `${c.number} · ${c.title}` : t('case.details'));

  if (state.loading) return <p class="loading" role="status">{t('app.loading')}</p>;
  if (state.error) {
    return (
      <section>
        <p>
          <Link href="/cases">← {t('case.back')}</Link>
        </p>
        <ErrorNotice error={state.error} notFoundText={t('case.not_found')} />
      </section>
    );
  }

  const { persons, events, evidence } = state.data;
  const country = (code) => i18n.name(reference?.countries.get(code)) || code;
  const route = c.route ?? {};
  const routeText = [route.origin_country, ...(route.transit_countries ?? []), route.destination_country]
    .filter(Boolean)
    .map(country)
    .join(' → ');
  const rec = c.recruitment ?? {};
  const recruitmentText = [
    rec.channel ? t(`channel.${rec.channel}`) : '',
    [rec.platform, rec.platform_name ? `“${rec.platform_name}”` : ''].filter(Boolean).join(': '),
  ]
    .filter(Boolean)
    .join(' — ');
  const rows = [
    ['case.field.status', <StatusBadge status={c.status} />],
    ['case.field.form', t(`form.${c.trafficking_form}`)],
    ['case.field.unit', `${i18n.name(reference?.units.get(c.unit_code)) || c.unit_code} (${c.unit_code})`],
    ['case.field.province', i18n.name(reference?.provinces.get(c.province_code)) || c.province_code],
    ['case.field.reported_on', i18n.date(c.reported_on)],
    ['case.field.route', routeText || '—'],
    ['case.field.border_crossing', route.border_crossing || '—'],
    ['case.field.recruitment', recruitmentText || '—'],
    ['case.field.created_at', i18n.dateTime(c.created_at)],
    ['case.field.updated_at', i18n.dateTime(c.updated_at)],
  ];
  if (c.merged_into) {
    rows.push(['case.field.merged_into', <Link href={`/cases/${c.merged_into}`}>#{c.merged_into}</Link>]);
  }

  return (
    <article class="case" aria-labelledby="case-title">
      <p class="crumbs">
        <Link href="/cases">← {t('case.back')}</Link>
      </p>
      <header class="case-head">
        <p class="case-number">{c.number}</p>
        <h1 id="case-title">{c.title}</h1>
        <StatusBadge status={c.status} />
        {mayDo(me.roles, CASE_UPDATE_ROLES) && (
          <Link href={`/cases/${c.id}/edit`} class="btn">
            {t('edit.button')}
          </Link>
        )}
      </header>
      <div class="case-grid">
        <Section id="case-details" title={t('case.details')}>
          <FieldList rows={rows} />
          {c.summary && (
            <>
              <h3>{t('case.summary')}</h3>
              <p class="summary">{c.summary}</p>
            </>
          )}
        </Section>
        <StatusChange api={api} kase={c} onChanged={reload} />
      </div>
      <Section id="case-persons" title={t('case.persons')} part={persons}>
        {mayDo(me.roles, PERSON_WRITE_ROLES) ? (
          <>
            <PersonsTable persons={persons.items ?? []} reference={reference} api={api} caseId={c.id} onChanged={reload} />
            <div class="subform-buttons">
              <PersonAdd api={api} caseId={c.id} reference={reference} onAdded={reload} />
              <PersonLink api={api} caseId={c.id} onLinked={reload} />
            </div>
          </>
        ) : (
          <PersonsTable persons={persons.items ?? []} reference={reference} />
        )}
      </Section>
      <IdentifiersPanel
        api={api}
        caseId={c.id}
        persons={persons.items ?? []}
        canWrite={mayDo(me.roles, PERSON_WRITE_ROLES)}
        onChanged={() => setLinksVersion((v) => v + 1)}
      />
      {mayDo(me.roles, GRAPH_READ_ROLES) && <NetworkView api={api} kase={c} version={linksVersion} />}
      <Section id="case-timeline" title={t('case.timeline')} part={events}>
        <Timeline events={events.items ?? []} />
        {mayDo(me.roles, EVENT_WRITE_ROLES) && <EventAdd api={api} caseId={c.id} onAdded={reload} />}
      </Section>
      <Section id="case-evidence" title={t('case.evidence')} part={evidence}>
        <EvidenceTable items={evidence.items ?? []} />
        {mayDo(me.roles, EVIDENCE_WRITE_ROLES) && <EvidenceUpload api={api} caseId={c.id} onAdded={reload} />}
      </Section>
      {mayDo(me.roles, SCAN_ROLES) && (
        <Section id="case-leads" title={t('leads.case_title')}>
          <LeadsList api={api} caseId={c.id} />
        </Section>
      )}
    </article>
  );
}
