// A person's cases as a screening candidate or a link proposal shows them:
// the cases in the caller's units as links with the person's role, and the
// codes of the units to contact about the others.
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';

export function CaseRefs({ cases, contactUnits }) {
  const { t } = useI18n();
  return (
    <>
      {cases.length > 0 && (
        <p>
          {t('screen.cases')}:{' '}
          {cases.map((k, i) => (
            <span key={k.case_id}>
              {i > 0 && ', '}
              <Link href={`/cases/${k.case_id}`}>{k.case_number}</Link> ({t(`role.${k.role}`)})
            </span>
          ))}
        </p>
      )}
      {contactUnits.length > 0 && <p class="muted">{t('screen.contact', { units: contactUnits.join(', ') })}</p>}
    </>
  );
}
