// Account administration for admins (/admin/users): the accounts of the
// admin's unit and the units below it (GET /api/v1/users), a form to create
// one (POST), and per account: disable or enable (PATCH {disabled}) and set a
// new password (POST …/password, which also clears a lock-out and ends the
// account's sessions). The server checks every rule and names bad fields.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { USER_ROLES } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { FormField } from './form_field.jsx';
import { unitsWithin } from './case_form.jsx';
import { useTitle } from './title.js';

const EMPTY_USER = { username: '', display_name: '', unit_code: '', roles: [], password: '', language: 'vi' };

function NewUserForm({ api, me, reference, onCreated }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [v, setV] = useState({ ...EMPTY_USER, unit_code: me.unit_code });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [created, setCreated] = useState('');
  const fields = error?.fields ?? {};
  // Functional updates: several inputs between two renders all count.
  const set = (name) => (e) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value }));
  };
  const toggleRole = (role) => (e) => {
    const on = e.currentTarget.checked;
    setV((old) => ({ ...old, roles: on ? [...old.roles, role] : old.roles.filter((r) => r !== role) }));
  };

  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { ...v };
      if (!body.display_name) delete body.display_name;
      const user = await api.post('/api/v1/users', body);
      setCreated(user.username);
      setV({ ...EMPTY_USER, unit_code: v.unit_code });
      await onCreated();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const units = reference ? unitsWithin(reference.units, me.unit_code) : [];
  return (
    <form class="panel case-form" onSubmit={submit} aria-labelledby="new-user-title">
      <h2 id="new-user-title">{t('users.new')}</h2>
      {error && <ErrorNotice error={error} summary={t('users.check_fields')} />}
      <div class="form-grid">
        <FormField id="user-username" label={t('login.username')} error={fields.username} hint={t('users.hint.username')}>
          <input
            name="username"
            required
            pattern="[a-z0-9._\-]{3,32}"
            maxLength={32}
            autocomplete="off"
            autocapitalize="none"
            spellcheck={false}
            value={v.username}
            onInput={set('username')}
          />
        </FormField>
        <FormField id="user-display" label={t('users.display_name')} error={fields.display_name}>
          <input name="display_name" maxLength={120} autocomplete="off" value={v.display_name} onInput={set('display_name')} />
        </FormField>
        <FormField id="user-unit" label={t('cases.col.unit')} error={fields.unit_code}>
          <select name="unit_code" required value={v.unit_code} onChange={set('unit_code')}>
            {units.length === 0 && <option value={me.unit_code}>{me.unit_code}</option>}
            {units.map((u) => (
              <option value={u.code}>{i18n.name(u)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="user-language" label={t('users.language')} error={fields.language}>
          <select name="language" value={v.language} onChange={set('language')}>
            <option value="vi" lang="vi">
              {t('lang.vi')}
            </option>
            <option value="en" lang="en">
              {t('lang.en')}
            </option>
          </select>
        </FormField>
        <FormField id="user-password" label={t('login.password')} error={fields.password} hint={t('users.hint.password')}>
          <input name="password" type="password" required minLength={10} maxLength={512} autocomplete="new-password" value={v.password} onInput={set('password')} />
        </FormField>
      </div>
      <fieldset class={fields.roles ? 'has-error' : undefined} aria-describedby={fields.roles ? 'user-roles-error' : undefined}>
        <legend>{t('users.roles')}</legend>
        <div class="checks">
          {USER_ROLES.map((r) => (
            <label class="check" key={r}>
              <input type="checkbox" name="roles" value={r} checked={v.roles.includes(r)} onChange={toggleRole(r)} />
              {t(`userrole.${r}`)}
            </label>
          ))}
        </div>
        {fields.roles && (
          <small id="user-roles-error" class="field-error">
            {fields.roles}
          </small>
        )}
      </fieldset>
      <div class="form-actions">
        <button class="btn primary" type="submit" disabled={busy}>
          {busy ? t('new.saving') : t('users.create')}
        </button>
      </div>
      <p class="notice" role="status" aria-live="polite">
        {created && t('users.created', { username: created })}
      </p>
    </form>
  );
}

// One account's row: its state, and the disable/enable and password actions.
function UserRow({ api, user, reference, onChanged }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [password, setPassword] = useState('');
  const [showReset, setShowReset] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [done, setDone] = useState('');
  const path = `/api/v1/users/${encodeURIComponent(user.username)}`;
  const locked = user.locked_until && new Date(user.locked_until) > new Date();

  const act = async (fn, message) => {
    setBusy(true);
    setError(null);
    setDone('');
    try {
      await fn();
      setDone(message);
      await onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const toggle = () =>
    act(() => api.patch(path, { disabled: !user.disabled }), user.disabled ? 'users.enabled' : 'users.disabled_done');
  const reset = (e) => {
    e.preventDefault();
    act(async () => {
      await api.post(`${path}/password`, { password });
      setPassword('');
      setShowReset(false);
    }, 'users.password_set');
  };

  let state = t('users.state.active');
  if (user.disabled) state = t('users.state.disabled');
  else if (locked) state = t('users.state.locked', { time: i18n.dateTime(user.locked_until) });
  const unit = reference?.units.get(user.unit_code);
  return (
    <tr data-username={user.username}>
      <td data-label={t('login.username')}>
        <strong>{user.username}</strong>
        {user.display_name && <span class="muted block">{user.display_name}</span>}
      </td>
      <td data-label={t('cases.col.unit')}>{unit ? i18n.name(unit) : user.unit_code}</td>
      <td data-label={t('users.roles')}>{user.roles.map((r) => t(`userrole.${r}`)).join(', ')}</td>
      <td data-label={t('users.state')}>
        <span class={user.disabled || locked ? 'badge status-dismissed' : 'badge status-prosecuted'}>{state}</span>
      </td>
      <td data-label={t('users.actions')}>
        <div class="row-actions">
          <button type="button" class="btn" disabled={busy} onClick={toggle}>
            {user.disabled ? t('users.enable') : t('users.disable')}
          </button>
          <button type="button" class="btn" aria-expanded={showReset ? 'true' : 'false'} onClick={() => setShowReset(!showReset)}>
            {t('users.reset')}
          </button>
        </div>
        {showReset && (
          <form class="inline-form" onSubmit={reset}>
            <FormField id={`pw-${user.id}`} label={t('users.new_password', { username: user.username })} error={error?.fields?.password}>
              <input type="password" required minLength={10} maxLength={512} autocomplete="new-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
            </FormField>
            <button class="btn primary" type="submit" disabled={busy}>
              {t('users.set_password')}
            </button>
          </form>
        )}
        {error && !error.fields?.password && <ErrorNotice error={error} />}
        <p class="notice" role="status" aria-live="polite">
          {done && t(done, { username: user.username })}
        </p>
      </td>
    </tr>
  );
}

export function UsersAdmin({ api, me, reference }) {
  const { t } = useI18n();
  const [state, setState] = useState({ users: null, error: null });
  const load = () =>
    api.get('/api/v1/users').then(
      (page) => setState({ users: page.items, error: null }),
      (error) => setState({ users: null, error }),
    );
  useEffect(() => {
    load();
  }, []);
  useTitle(t('users.title'));

  if (state.error) {
    return (
      <section aria-labelledby="users-title">
        <h1 id="users-title">{t('users.title')}</h1>
        <ErrorNotice error={state.error} />
      </section>
    );
  }
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">{t('users.title')}</h1>
      {!state.users && <p class="loading">{t('app.loading')}</p>}
      {state.users && (
        <div class="table-wrap panel">
          <table class="responsive users">
            <thead>
              <tr>
                <th scope="col">{t('login.username')}</th>
                <th scope="col">{t('cases.col.unit')}</th>
                <th scope="col">{t('users.roles')}</th>
                <th scope="col">{t('users.state')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {state.users.map((u) => (
                <UserRow key={u.id} api={api} user={u} reference={reference} onChanged={load} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewUserForm api={api} me={me} reference={reference} onCreated={load} />
    </section>
  );
}
