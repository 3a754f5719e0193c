// A person's indicator screenings (GET /api/v1/persons/{id}/screenings):
// each with its list, status, the engine's verdict and date; drafts can be
// continued, completed ones opened; a new one started.
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { ErrorNotice } from './error_notice.jsx';

export function ScreeningsPanel({ person, screenings }) {
  const i18n = useI18n();
  const { t } = i18n;
  const items = screenings.items;
  return (
    <section class="panel" aria-labelledby="person-screenings" data-testid="screenings">
      <h2 id="person-screenings">{t('screening.panel')}</h2>
      {screenings.error && <ErrorNotice error={screenings.error} />}
      {items && items.length === 0 && <p class="empty">{t('screening.none')}</p>}
      {items && items.length > 0 && (
        <ul class="plain-list">
          {items.map((s) => (
            <li key={s.id} class="screening-row" data-testid={`screening-${s.id}`}>
              <span class={`badge screening-${s.status}`}>{t(`screeningstatus.${s.status}`)}</span>{' '}
              <span class={`badge verdict-${s.verdict}`}>{t(`verdict.${s.verdict}`)}</span>{' '}
              <span class="muted">
                #{s.id} · {t(`screeningset.${s.set_id}`)} · {i18n.dateTime(s.completed_at ?? s.updated_at)}
              </span>{' '}
              <Link href={`/screenings/${s.id}`} class="btn small">
                {s.status === 'draft' ? t('screening.continue') : t('screening.open')}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/persons/${person.id}/screenings/new`} class="btn">
          {t('screening.start')}
        </Link>
      </p>
    </section>
  );
}
