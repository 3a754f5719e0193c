// The identification of a victim on their person page: their indicator
// screenings and their legal status (decisions), shown when the person is a
// victim and the caller's roles may screen victims. The screenings are read
// once here, for the list and for the decision form that cites one.
import { useEffect, useState } from 'preact/hooks';
import { mayDo } from '../vocab.js';
import { VICTIM_IDENTIFY_ROLES, VICTIM_SCREEN_ROLES } from '../victim_vocab.js';
import { IdentificationPanel } from './identification_panel.jsx';
import { ScreeningsPanel } from './screenings_panel.jsx';

export function VictimIdentification({ api, me, reference, person }) {
  const victimCases = (person.cases ?? []).filter((c) => c.role === 'victim').map((c) => c.case_id);
  const allowed = victimCases.length > 0 && !person.masked && mayDo(me.roles, VICTIM_SCREEN_ROLES);
  const [screenings, setScreenings] = useState({ items: null, error: null });
  useEffect(() => {
    if (!allowed) return;
    api.get(`/api/v1/persons/${person.id}/screenings`).then(
      (page) => setScreenings({ items: page.items, error: null }),
      (error) => setScreenings({ items: null, error }),
    );
  }, [person.id, allowed]);
  if (!allowed) return null;
  return (
    <>
      <ScreeningsPanel person={person} screenings={screenings} />
      <IdentificationPanel
        api={api}
        me={me}
        reference={reference}
        person={person}
        victimCases={victimCases}
        screenings={screenings.items}
        mayDecide={mayDo(me.roles, VICTIM_IDENTIFY_ROLES)}
      />
    </>
  );
}
