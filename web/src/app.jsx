// The app: who is logged in (cookie session), the interface language, the
// reference data, and which page the path shows. A logged-out visitor sees
// the log-in page at any path and stays on that path after logging in.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createApi } from './api.js';
import { I18nContext, makeI18n, normalizeLanguage } from './i18n/index.js';
import { matchRoute, navigate, useLocation } from './router.js';
import { loadReference } from './reference.js';
import { Login } from './pages/login.jsx';
import { PublicFrame, Shell } from './pages/shell.jsx';
import { CaseList } from './pages/case_list.jsx';
import { CaseDetail } from './pages/case_detail.jsx';
import { CaseEdit, CaseNew } from './pages/case_form.jsx';
import { PersonView } from './pages/person_view.jsx';
import { UsersAdmin } from './pages/users_admin.jsx';
import { Dashboard } from './pages/dashboard.jsx';
import { CASE_READ_ROLES, USER_ADMIN_ROLES, mayDo } from './vocab.js';
import { NotFound } from './pages/not_found.jsx';
import { SupportOrgs } from './pages/support_orgs.jsx';
import { ScreeningPage } from './pages/screening_page.jsx';
import { ReceptionList } from './pages/reception_list.jsx';
import { ReceptionNew } from './pages/reception_new.jsx';
import { StatisticsPage } from './pages/victim_stats.jsx';
import { Watchlists } from './pages/watchlists.jsx';
import { NetworksPage } from './pages/networks_page.jsx';
import { WatchlistPage } from './pages/watchlist_page.jsx';
import { PersonScreenPage } from './pages/person_screen.jsx';
import { LinksPage } from './pages/links_page.jsx';
import { ScanPage } from './pages/scan_page.jsx';
import { LeadPage } from './pages/lead_page.jsx';
import { ScanAlertsPage } from './pages/scan_alerts_page.jsx';
import { ScanAlertPage } from './pages/scan_alert_page.jsx';
import { TrainingLazy } from './pages/training_lazy.jsx';
import { CertificateVerify } from './pages/certificate_verify.jsx';

// Only the language shown before log-in is kept on the device; once logged
// in, the user's own setting (GET/PATCH /api/v1/me) decides.
const DEVICE_LANGUAGE_KEY = 'frontline.language';

function deviceLanguage() {
  try {
    return normalizeLanguage(localStorage.getItem(DEVICE_LANGUAGE_KEY));
  } catch {
    return normalizeLanguage(null);
  }
}

function rememberDeviceLanguage(lang) {
  try {
    localStorage.setItem(DEVICE_LANGUAGE_KEY, lang);
  } catch {
    // Storage may be disabled; the default language is used next time.
  }
}

export function App() {
  const [lang, setLang] = useState(deviceLanguage);
  // session.state: 'loading' | 'out' | 'in'; notice: why the user is out.
  const [session, setSession] = useState({ state: 'loading', me: null, notice: '' });
  const [reference, setReference] = useState(null);
  const loc = useLocation();
  const i18n = useMemo(() => makeI18n(lang), [lang]);

  const endRef = useRef(null);
  const api = useMemo(() => createApi({ onUnauthenticated: () => endRef.current?.('login.expired') }), []);
  // Set while rendering, so that the pages' first requests already ask for it.
  api.setLanguage(lang);
  endRef.current = (notice) => {
    api.setCsrf('');
    setReference(null);
    setSession({ state: 'out', me: null, notice });
  };

  const startSession = useCallback(
    (me) => {
      api.setCsrf(me.csrf_token);
      setLang(normalizeLanguage(me.language));
      setSession({ state: 'in', me, notice: '' });
      loadReference(api).then(setReference, () => setReference(null));
    },
    [api],
  );

  useEffect(() => {
    api.get('/api/v1/me').then(startSession, () => setSession({ state: 'out', me: null, notice: '' }));
  }, [api, startSession]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const logIn = async (username, password) => {
    await api.post('/api/v1/session', { username, password });
    startSession(await api.get('/api/v1/me'));
    if (loc.path === '/login') navigate('/', { replace: true });
  };

  const logOut = async () => {
    try {
      await api.del('/api/v1/session');
    } finally {
      endRef.current('login.logged_out');
      navigate('/', { replace: true });
    }
  };

  // Logged in: saved for the user (PATCH /api/v1/me); logged out: this device.
  const changeLanguage = async (next) => {
    if (session.state === 'in') {
      const me = await api.patch('/api/v1/me', { language: next });
      setSession((s) => ({ ...s, me: { ...s.me, language: me.language } }));
      setLang(normalizeLanguage(me.language));
    } else {
      setLang(next);
    }
    rememberDeviceLanguage(next);
  };

  let body;
  if (session.state === 'loading') {
    body = <p class="loading" role="status">{i18n.t('app.loading')}</p>;
  } else if (session.state === 'out' && matchRoute(loc.path).name === 'verify') {
    // Certificate verification is public: no sign-in asked.
    body = (
      <PublicFrame onLanguage={changeLanguage}>
        <CertificateVerify api={api} code={matchRoute(loc.path).params.code} />
      </PublicFrame>
    );
  } else if (session.state === 'out') {
    body = <Login onLogIn={logIn} notice={session.notice} onLanguage={changeLanguage} />;
  } else {
    const route = matchRoute(loc.path);
    // An administrator without case access starts at the accounts page.
    const home = !mayDo(session.me.roles, CASE_READ_ROLES) && mayDo(session.me.roles, USER_ADMIN_ROLES) ? 'users' : 'cases';
    const atHome = route.name === 'home' || route.name === 'login';
    let page;
    if (route.name === 'users' || (atHome && home === 'users')) {
      page = <UsersAdmin api={api} me={session.me} reference={reference} />;
    } else if (atHome) {
      page = <Dashboard api={api} me={session.me} reference={reference} />;
    } else if (route.name === 'cases') {
      page = <CaseList api={api} me={session.me} reference={reference} query={loc.query} />;
    } else if (route.name === 'case-new') {
      page = <CaseNew api={api} me={session.me} reference={reference} />;
    } else if (route.name === 'person') {
      page = <PersonView key={route.params.id} api={api} me={session.me} reference={reference} id={route.params.id} />;
    } else if (route.name === 'case-edit') {
      page = <CaseEdit key={route.params.id} api={api} me={session.me} reference={reference} id={route.params.id} />;
    } else if (route.name === 'screening-new') {
      page = <ScreeningPage key={`new-${route.params.personId}`} api={api} me={session.me} personId={route.params.personId} screeningId={null} />;
    } else if (route.name === 'screening') {
      page = <ScreeningPage key={`s-${route.params.id}`} api={api} me={session.me} personId={null} screeningId={route.params.id} />;
    } else if (route.name === 'receptions') {
      page = <ReceptionList api={api} me={session.me} reference={reference} />;
    } else if (route.name === 'reception-new') {
      page = <ReceptionNew api={api} me={session.me} reference={reference} />;
    } else if (route.name === 'support-orgs') {
      page = <SupportOrgs api={api} me={session.me} reference={reference} />;
    } else if (route.name === 'screen') {
      page = <PersonScreenPage api={api} />;
    } else if (route.name === 'scan') {
      page = <ScanPage api={api} me={session.me} />;
    } else if (route.name === 'scan-alerts') {
      page = <ScanAlertsPage api={api} query={loc.query} />;
    } else if (route.name === 'scan-alert') {
      page = <ScanAlertPage key={route.params.id} api={api} me={session.me} id={route.params.id} />;
    } else if (route.name === 'lead') {
      page = <LeadPage key={route.params.id} api={api} id={route.params.id} />;
    } else if (route.name === 'links') {
      page = <LinksPage api={api} />;
    } else if (route.name === 'statistics') {
      page = <StatisticsPage api={api} me={session.me} reference={reference} query={loc.query} />;
    } else if (route.name === 'networks') {
      page = <NetworksPage api={api} />;
    } else if (route.name === 'watchlists') {
      page = <Watchlists api={api} me={session.me} />;
    } else if (route.name === 'watchlist') {
      page = <WatchlistPage key={route.params.id} api={api} me={session.me} id={route.params.id} />;
    } else if (route.name === 'verify') {
      page = <CertificateVerify api={api} code={route.params.code} />;
    } else if (route.name.startsWith('training') || route.name === 'my-training') {
      page = <TrainingLazy route={route} api={api} me={session.me} reference={reference} query={loc.query} />;
    } else if (route.name === 'case') {
      page = <CaseDetail key={route.params.id} api={api} me={session.me} reference={reference} id={route.params.id} />;
    } else {
      page = <NotFound />;
    }
    body = (
      <Shell me={session.me} reference={reference} path={loc.path} onLogOut={logOut} onLanguage={changeLanguage}>
        {page}
      </Shell>
    );
  }
  return <I18nContext.Provider value={i18n}>{body}</I18nContext.Provider>;
}
