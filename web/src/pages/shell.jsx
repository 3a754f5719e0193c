// The frame of every logged-in page: who is logged in and in which unit,
// the navigation, the language switch and log-out, then the page itself.
import { WATCHLIST_READ_ROLES } from '../watchlist_vocab.js';
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import {
  CASE_READ_ROLES,
  GRAPH_READ_ROLES,
  LINK_REVIEW_ROLES,
  SCREEN_ROLES,
  STATISTICS_READ_ROLES,
  USER_ADMIN_ROLES,
  mayDo,
} from '../vocab.js';
import { SUPPORT_DIRECTORY_READ_ROLES } from '../referral_vocab.js';
import { RECEPTION_ROLES } from '../victim_vocab.js';
import { SCAN_ROLES } from '../scan_vocab.js';
import { TRAINING_READ_ROLES } from '../training_vocab.js';

// The name and tagline at the left of the top bar, linking home.
function Brand({ t }) {
  return (
    <div class="brand">
      <Link href="/" class="brand-link">
        <span class="brand-mark" aria-hidden="true">
          F
        </span>
        <span>{t('app.name')}</span>
      </Link>
      <span class="tagline">{t('app.tagline')}</span>
    </div>
  );
}

export function Shell({ me, reference, path, onLogOut, onLanguage, children }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [error, setError] = useState(null);
  const unit = reference?.units.get(me.unit_code);
  const unitText = unit ? `${i18n.name(unit)} (${me.unit_code})` : me.unit_code;
  const other = lang === 'vi' ? 'en' : 'vi';
  const showCases = mayDo(me.roles, CASE_READ_ROLES) || !mayDo(me.roles, USER_ADMIN_ROLES);
  const showUsers = mayDo(me.roles, USER_ADMIN_ROLES);
  const onHome = showCases && path === '/';
  const onCases = showCases && path.startsWith('/cases');
  const onUsers = path.startsWith('/admin/users') || (!showCases && path === '/');

  const switchLanguage = async () => {
    setError(null);
    try {
      await onLanguage(other);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header class="topbar">
        <Brand t={t} />
        <nav class="mainnav" aria-label={t('nav.main')}>
          {showCases && (
            <Link href="/" aria-current={onHome ? 'page' : undefined}>
              {t('nav.dashboard')}
            </Link>
          )}
          {showCases && (
            <Link href="/cases" aria-current={onCases ? 'page' : undefined}>
              {t('nav.cases')}
            </Link>
          )}
          {mayDo(me.roles, RECEPTION_ROLES) && (
            <Link href="/receptions" aria-current={path.startsWith('/receptions') ? 'page' : undefined}>
              {t('nav.receptions')}
            </Link>
          )}
          {mayDo(me.roles, SCREEN_ROLES) && (
            <Link href="/screen" aria-current={path === '/screen' ? 'page' : undefined}>
              {t('nav.screen')}
            </Link>
          )}
          {mayDo(me.roles, SCAN_ROLES) && (
            <Link href="/scan" aria-current={path === '/scan' || path.startsWith('/leads/') ? 'page' : undefined}>
              {t('nav.scan')}
            </Link>
          )}
          {mayDo(me.roles, SCAN_ROLES) && (
            <Link href="/scan-alerts" aria-current={path.startsWith('/scan-alerts') ? 'page' : undefined}>
              {t('nav.scan_alerts')}
            </Link>
          )}
          {mayDo(me.roles, LINK_REVIEW_ROLES) && (
            <Link href="/links" aria-current={path === '/links' ? 'page' : undefined}>
              {t('nav.links')}
            </Link>
          )}
          {mayDo(me.roles, GRAPH_READ_ROLES) && (
            <Link href="/networks" aria-current={path === '/networks' ? 'page' : undefined}>
              {t('nav.networks')}
            </Link>
          )}
          {mayDo(me.roles, STATISTICS_READ_ROLES) && (
            <Link href="/statistics" aria-current={path === '/statistics' ? 'page' : undefined}>
              {t('nav.statistics')}
            </Link>
          )}
          {mayDo(me.roles, WATCHLIST_READ_ROLES) && (
            <Link href="/watchlists" aria-current={path.startsWith('/watchlists') ? 'page' : undefined}>
              {t('nav.watchlists')}
            </Link>
          )}
          {mayDo(me.roles, SUPPORT_DIRECTORY_READ_ROLES) && (
            <Link href="/support-organizations" aria-current={path.startsWith('/support-organizations') ? 'page' : undefined}>
              {t('nav.support_orgs')}
            </Link>
          )}
          {mayDo(me.roles, TRAINING_READ_ROLES) && (
            <Link href="/training" aria-current={path.startsWith('/training') && !path.endsWith('/take') ? 'page' : undefined}>
              {t('nav.training')}
            </Link>
          )}
          <Link href="/my-training" aria-current={path === '/my-training' || path.endsWith('/take') ? 'page' : undefined}>
            {t('nav.my_training')}
          </Link>
          {showUsers && (
            <Link href="/admin/users" aria-current={onUsers ? 'page' : undefined}>
              {t('nav.users')}
            </Link>
          )}
        </nav>
        <section class="who" aria-label={t('shell.user')} data-testid="who">
          <p class="who-name">
            {t('shell.signed_in_as', { name: me.display_name || me.username })}{' '}
            <span class="muted">({me.username})</span>
          </p>
          <p class="who-unit">{t('shell.unit', { unit: unitText })}</p>
          <p class="who-roles muted">{me.roles.map((r) => t(`userrole.${r}`)).join(', ')}</p>
        </section>
        <div class="topbar-actions">
          <button
            type="button"
            class="btn ghost"
            lang={other}
            title={t('shell.switch_language')}
            onClick={switchLanguage}
          >
            {t('shell.other_language')}
          </button>
          <button type="button" class="btn ghost" onClick={onLogOut}>
            {t('shell.logout')}
          </button>
        </div>
      </header>
      {error && (
        <p class="error banner" role="alert">
          {t('shell.language_failed', { message: error.status === 0 ? t('error.network') : error.message })}
        </p>
      )}
      <main id="main" class="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

// The frame of the public pages (certificate verification): the name, the
// language switch and a way to sign in; no user, no navigation.
export function PublicFrame({ onLanguage, children }) {
  const { t, lang } = useI18n();
  const other = lang === 'vi' ? 'en' : 'vi';
  return (
    <div class="shell">
      <header class="topbar">
        <Brand t={t} />
        <div class="topbar-actions">
          <button type="button" class="btn ghost" lang={other} onClick={() => onLanguage(other)}>
            {t('shell.other_language')}
          </button>
          <Link href="/" class="btn ghost">
            {t('login.submit')}
          </Link>
        </div>
      </header>
      <main id="main" class="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
