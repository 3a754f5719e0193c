// The dashboard's referral panels (for roles that may read referrals): open
// referrals past their due date, and victims not yet referred anywhere, each
// linking to the person page. Absent (null) for other roles.
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';

export function ReferralDigests({ dashboard: d }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!d.overdue_referrals || !d.victims_without_referral) return null;
  const overdue = d.overdue_referrals;
  const unreferred = d.victims_without_referral;
  return (
    <div class="dash-grid">
      <section class="panel" aria-labelledby="dash-overdue" data-testid="overdue-referrals">
        <h2 id="dash-overdue">{t('dash.overdue_referrals', { count: i18n.number(overdue.count) })}</h2>
        {overdue.items.length === 0 ? (
          <p class="empty">{t('dash.overdue_none')}</p>
        ) : (
          <ul class="plain-list">
            {overdue.items.map((r) => (
              <li key={r.referral_id}>
                <Link href={`/persons/${r.person_id}`}>{t('dash.person', { id: r.person_id })}</Link> · {r.case_number} ·{' '}
                {r.organization_name} · {t(`service.${r.service}`)} · {t(`referralstatus.${r.status}`)} ·{' '}
                {t('referral.due', { date: i18n.date(r.due_date) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="panel" aria-labelledby="dash-unreferred" data-testid="victims-without-referral">
        <h2 id="dash-unreferred">{t('dash.unreferred', { count: i18n.number(unreferred.count) })}</h2>
        {unreferred.items.length === 0 ? (
          <p class="empty">{t('dash.unreferred_none')}</p>
        ) : (
          <ul class="plain-list">
            {unreferred.items.map((v) => (
              <li key={`${v.person_id}-${v.case_id}`}>
                <Link href={`/persons/${v.person_id}`}>{t('dash.person', { id: v.person_id })}</Link> ·{' '}
                <Link href={`/cases/${v.case_id}`}>{v.case_number}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
