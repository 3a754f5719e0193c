// An API failure in words: no connection, no permission, or the server's
// message with the fields it named.
import { useI18n } from '../i18n/index.js';

// `summary` replaces the server's message for a 400 with field errors.
export function ErrorNotice({ error, notFoundText, summary }) {
  const { t } = useI18n();
  let text;
  if (error.status === 0) text = t('error.network');
  else if (error.status === 403) text = t('error.forbidden');
  else if (error.status === 404 && notFoundText) text = notFoundText;
  else if (error.status === 400 && summary) text = summary;
  else text = t('error.generic', { message: error.message });
  const fields = Object.entries(error.fields ?? {});
  return (
    <div class="error" role="alert">
      <p>{text}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map(([name, reason]) => (
            <li key={name}>
              <code>{name}</code>: {reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
