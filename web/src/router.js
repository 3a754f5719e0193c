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
  if (path === '/login') return { name: 'login', params: {} };
  return { name: 'notfound', params: {} };
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
