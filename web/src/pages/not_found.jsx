// The page for a path the app does not know.
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { useTitle } from './title.js';

export function NotFound() {
  const { t } = useI18n();
  useTitle(t('notfound.title'));
  return (
    <section>
      <h1>{t('notfound.title')}</h1>
      <p>{t('notfound.body')}</p>
      <p>
        <Link href="/cases">{t('notfound.home')}</Link>
      </p>
    </section>
  );
}
