// The log-in page: username and password, with the server's answer put in
// words: 401 wrong credentials, 423 locked (until when, in Vietnam time),
// 400 missing fields, 0 no connection.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { useTitle } from './title.js';

// The lock-out end time, from the 423 message ("… try again after <UTC>").
function lockedUntil(message) {
  const m = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z/.exec(message ?? '');
  return m ? m[0] : null;
}

export function loginErrorText(i18n, error) {
  const { t } = i18n;
  switch (error.status) {
    case 401:
      return t('login.wrong');
    case 423: {
      const until = lockedUntil(error.message);
      return until ? t('login.locked', { time: i18n.dateTime(until) }) : t('login.locked_later');
    }
    case 400:
      return t('login.missing');
    case 0:
      return t('error.network');
    default:
      return t('error.generic', { message: error.message });
  }
}

export function Login({ onLogIn, notice, onLanguage }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  // The failure (an ApiError, or {status: 400} for empty fields), put in
  // words when shown so that switching the language translates it too.
  const [error, setError] = useState(null);
  useTitle(t('login.title'));

  const submit = async (e) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setError({ status: 400 });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onLogIn(username.trim(), password);
    } catch (err) {
      setError(err);
      setPassword('');
      setBusy(false);
    }
  };

  const other = lang === 'vi' ? 'en' : 'vi';
  return (
    <div class="login-page">
      <main class="login-card" id="main">
        <div class="login-head">
          <p class="brand-mark" aria-hidden="true">F</p>
          <div>
            <h1>{t('app.name')}</h1>
            <p class="tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <h2>{t('login.title')}</h2>
        <p class="muted">{t('login.intro')}</p>
        {notice && !error && (
          <p class="notice" role="status">
            {t(notice)}
          </p>
        )}
        {error && (
          <p class="error" role="alert" data-testid="login-error">
            {loginErrorText(i18n, error)}
          </p>
        )}
        <form onSubmit={submit} noValidate>
          <div class="field">
            <label for="login-username">{t('login.username')}</label>
            <input
              id="login-username"
              name="username"
              autocomplete="username"
              autocapitalize="none"
              spellcheck={false}
              maxLength={64}
              required
              value={username}
              onInput={(e) => setUsername(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="login-password">{t('login.password')}</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autocomplete="current-password"
              maxLength={512}
              required
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          </div>
          <button class="btn primary wide" type="submit" disabled={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
        <p class="login-lang">
          <button type="button" class="btn link" lang={other} onClick={() => onLanguage(other)}>
            {t('shell.other_language')}
          </button>
        </p>
        <p class="login-lang small">
          <Link href="/verify">{t('tr.verify.link')}</Link>
        </p>
      </main>
    </div>
  );
}
