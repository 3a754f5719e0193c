// Client of Frontline's JSON API (src/http/openapi.json), cookie-authenticated.
// Contract: each call resolves with the parsed JSON body (null for 204), or
// rejects with an ApiError carrying the HTTP status and the API's error
// {code, message, fields}; status 0 means the server could not be reached.
// State-changing calls send the session's X-CSRF-Token (set by setCsrf from
// the log-in response or GET /api/v1/me). Every call asks for the interface
// language (setLanguage), so the server's error messages and field reasons
// come back in it.

export class ApiError extends Error {
  constructor(status, code, message, fields = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

// `onUnauthenticated` is called when a call other than log-in answers 401
// (the session ended or expired).
export function createApi({ onUnauthenticated } = {}) {
  let csrf = '';
  let language = 'vi';

  // `form` (a FormData) is sent as multipart/form-data, `body` as JSON,
  // `text` as is with its `contentType` (e.g. a CSV file).
  async function request(method, path, { query, body, form, text, contentType } = {}) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
    }
    const qs = params.toString();
    const url = qs ? `${path}?${qs}` : path;
    const headers = { Accept: 'application/json', 'Accept-Language': language };
    if (method !== 'GET') headers['X-CSRF-Token'] = csrf;
    let payload = form;
    if (text !== undefined) {
      headers['Content-Type'] = contentType;
      payload = text;
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    let res;
    try {
      res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin', cache: 'no-store' });
    } catch (e) {
      throw new ApiError(0, 'network', String(e?.message ?? e));
    }
    if (res.status === 204) return null;
    let data = null;
    try {
      data = await res.json();
    } catch {
      data = null;
    }
    if (!res.ok) {
      const err = data?.error ?? {};
      if (res.status === 401 && path !== '/api/v1/session') onUnauthenticated?.();
      throw new ApiError(res.status, err.code ?? `http_${res.status}`, err.message ?? res.statusText, err.fields ?? {});
    }
    return data;
  }

  return {
    setCsrf(token) {
      csrf = token ?? '';
    },
    setLanguage(lang) {
      language = lang;
    },
    get: (path, query) => request('GET', path, { query }),
    post: (path, body) => request('POST', path, { body }),
    postForm: (path, form) => request('POST', path, { form }),
    postText: (path, text, contentType = 'text/csv; charset=utf-8') => request('POST', path, { text, contentType }),
    patch: (path, body) => request('PATCH', path, { body }),
    put: (path, body) => request('PUT', path, { body }),
    del: (path) => request('DELETE', path),
  };
}
