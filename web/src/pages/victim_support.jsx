// The support of a victim on their person page: referrals to support
// organizations and the Art. 37 checklist, shown when the person is a victim
// and the caller's roles may read referrals.
import { mayDo } from '../vocab.js';
import { REFERRAL_READ_ROLES } from '../referral_vocab.js';
import { ReferralsPanel } from './referrals_panel.jsx';
import { EntitlementsPanel } from './entitlements_panel.jsx';

export function VictimSupport({ api, me, reference, person }) {
  const victimCases = (person.cases ?? []).filter((c) => c.role === 'victim').map((c) => c.case_id);
  if (victimCases.length === 0 || !mayDo(me.roles, REFERRAL_READ_ROLES)) return null;
  return (
    <>
      <ReferralsPanel api={api} me={me} reference={reference} person={person} victimCases={victimCases} />
      <EntitlementsPanel api={api} me={me} person={person} />
    </>
  );
}
