// The submit pattern shared by the form pages: busy while the request runs,
// the last error (the API's, with its per-field errors) kept for the form to
// show. `submit(fn)` gives the form's onSubmit handler: it stops the browser's
// own submission, clears the error and runs fn. With `holdBusy` the form stays
// busy after a success, for pages that leave (navigate or close) once saved.
import { useState } from 'preact/hooks';

export function useSubmit({ holdBusy = false } = {}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const submit = (fn) => async (e) => {
    e?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await fn();
      if (!holdBusy) setBusy(false);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return { busy, error, submit };
}
