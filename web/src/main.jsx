// Entry point of the web interface: mounts the app into #app.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './styles.css';

// Shows whether the server's database answers (GET /healthz).
function Health() {
  const [state, setState] = useState('…');
  useEffect(() => {
    fetch('/healthz', { credentials: 'same-origin' })
      .then((r) => setState(r.ok ? 'OK' : `HTTP ${r.status}`))
      .catch(() => setState('—'));
  }, []);
  return <p>Frontline: {state}</p>;
}

render(<Health />, document.getElementById('app'));
