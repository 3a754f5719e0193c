// The training pages load on first use, as their own file under /assets/
// (a dynamic import; script-src 'self' allows it): users who never open them
// do not download them over a weak border-post link.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { ErrorNotice } from './error_notice.jsx';

let loaded = null; // the module once fetched, shared by every later page

export function TrainingLazy(props) {
  const { t } = useI18n();
  const [mod, setMod] = useState(loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (loaded) return undefined;
    let live = true;
    import('./training_routes.jsx').then(
      (m) => {
        loaded = m;
        if (live) setMod(m);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  if (failed) return <ErrorNotice error={{ status: 0, message: '' }} />;
  if (!mod) return <p class="loading" role="status">{t('app.loading')}</p>;
  const { TrainingPage } = mod;
  return <TrainingPage {...props} />;
}
