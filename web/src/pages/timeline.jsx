// A case's timeline, in the order the API gives, times in Vietnam time.
import { useI18n } from '../i18n/index.js';

// The move of a status-change event ({status_from, status_to}) in the
// reader's language; nothing for other events.
export function EventMove({ event }) {
  const { t } = useI18n();
  if (!event.status_from || !event.status_to) return null;
  return (
    <p class="event-move">
      {t('event.move', { from: t(`status.${event.status_from}`), to: t(`status.${event.status_to}`) })}
    </p>
  );
}

export function Timeline({ events }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (events.length === 0) return <p class="empty">{t('case.timeline_empty')}</p>;
  return (
    <ol class="timeline">
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.occurred_at}>{i18n.dateTime(e.occurred_at)}</time>
          <p class="event-kind">{t(`eventkind.${e.kind}`)}</p>
          <EventMove event={e} />
          {e.description && <p class="event-text">{e.description}</p>}
          {e.location && <p class="muted">{t('event.at_location', { location: e.location })}</p>}
        </li>
      ))}
    </ol>
  );
}
