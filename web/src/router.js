// A small history-API router: pages are real paths (/cases/42), so reloads
// and shared links work (the server answers index.html for them).
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const EVENT = 'frontline:navigate';

// Goes to `to` (path and query) without reloading; `replace` keeps history short.
export function navigate(to, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.dispatchEvent(new Event(EVENT));
  window.scrollTo(0, 0);
}

// The current {path, query} (query: URLSearchParams), updated on navigation.
export function useLocation() {
  const read = () => ({ path: location.pathname, query: new URLSearchParams(location.search) });
  const [loc, setLoc] = useState(read);
  useEffect(() => {
    const update = () => setLoc(read());
    window.addEventListener('popstate', update);
    window.addEventListener(EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(EVENT, update);
    };
  }, []);
  return loc;
}

// Which page a path shows: {name, params}; name 'notfound' when none.
export function matchRoute(path) {
  if (path === '/') return { name: 'home', params: {} };
  if (path === '/cases' || path === '/cases/') return { name: 'cases', params: {} };
  if (path === '/cases/new') return { name: 'case-new', params: {} };
  const edit = /^\/cases\/(\d+)\/edit\/?$/.exec(path);
  if (edit) return { name: 'case-edit', params: { id: Number(edit[1]) } };
  const m = /^\/cases\/(\d+)\/?$/.exec(path);
  if (m) return { name: 'case', params: { id: Number(m[1]) } };
  const screeningNew = /^\/persons\/(\d+)\/screenings\/new\/?$/.exec(path);
  if (screeningNew) return { name: 'screening-new', params: { personId: Number(screeningNew[1]) } };
  const screening = /^\/screenings\/(\d+)\/?$/.exec(path);
  if (screening) return { name: 'screening', params: { id: Number(screening[1]) } };
  if (path === '/receptions' || path === '/receptions/') return { name: 'receptions', params: {} };
  if (path === '/receptions/new') return { name: 'reception-new', params: {} };
  const person = /^\/persons\/(\d+)\/?$/.exec(path);
  if (person) return { name: 'person', params: { id: Number(person[1]) } };
  if (path === '/admin/users' || path === '/admin/users/') return { name: 'users', params: {} };
  if (path === '/support-organizations') return { name: 'support-orgs', params: {} };
  if (path === '/statistics') return { name: 'statistics', params: {} };
  if (path === '/watchlists' || path === '/watchlists/') return { name: 'watchlists', params: {} };
  const watchlist = /^\/watchlists\/(\d+)\/?$/.exec(path);
  if (watchlist) return { name: 'watchlist', params: { id: Number(watchlist[1]) } };
  if (path === '/screen') return { name: 'screen', params: {} };
  if (path === '/scan' || path === '/scan/') return { name: 'scan', params: {} };
  if (path === '/scan-alerts' || path === '/scan-alerts/') return { name: 'scan-alerts', params: {} };
  const scanAlert = /^\/scan-alerts\/(\d+)\/?$/.exec(path);
  if (scanAlert) return { name: 'scan-alert', params: { id: Number(scanAlert[1]) } };
  const lead = /^\/leads\/(\d+)\/?$/.exec(path);
  if (lead) return { name: 'lead', params: { id: Number(lead[1]) } };
  if (path === '/networks') return { name: 'networks', params: {} };
  if (path === '/links' || path === '/links/') return { name: 'links', params: {} };
  const training = matchTrainingRoute(path);
  if (training) return training;
  if (path === '/login') return { name: 'login', params: {} };
  return { name: 'notfound', params: {} };
}

// The training pages (docs/training.md); null for other paths.
// /verify and /verify/{code} are public (no sign-in).
export function matchTrainingRoute(path) {
  const p = path.length > 1 ? path.replace(/\/$/, '') : path;
  if (p === '/training') return { name: 'training', params: {} };
  if (p === '/training/curriculum') return { name: 'training-curriculum', params: {} };
  if (p === '/training/questions') return { name: 'training-questions', params: {} };
  if (p === '/training/reports') return { name: 'training-reports', params: {} };
  if (p === '/my-training') return { name: 'my-training', params: {} };
  if (p === '/verify') return { name: 'verify', params: { code: '' } };
  const verify = /^\/verify\/([A-Za-z0-9-]{1,40})$/.exec(p);
  if (verify) return { name: 'verify', params: { code: verify[1] } };
  const numbered = [
    [/^\/training\/courses\/(\d+)$/, 'training-course'],
    [/^\/training\/modules\/(\d+)$/, 'training-module'],
    [/^\/training\/editions\/(\d+)$/, 'training-edition'],
    [/^\/training\/tests\/(\d+)$/, 'training-test'],
    [/^\/training\/tests\/(\d+)\/take$/, 'training-take'],
  ];
  for (const [re, name] of numbered) {
    const m = re.exec(p);
    if (m) return { name, params: { id: Number(m[1]) } };
  }
  return null;
}

// An <a> that navigates in-app on a plain click (new tabs still work).
export function Link({ href, children, ...rest }) {
  const onClick = (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return h('a', { href, onClick, ...rest }, children);
}
