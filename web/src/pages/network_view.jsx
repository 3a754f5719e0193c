// The case's network (GET /api/v1/graph/neighbourhood?entity=case:ID&hops=k):
// an SVG drawing (node kinds told apart by shape and colour, with a legend)
// and the same nodes as a table for keyboard and screen-reader users, with
// links to the other cases the caller may open, and downloads of
// the same view as GraphML (Gephi) and CSV. Names and values the caller may
// not see come masked from the server and are shown as withheld. Loaded on
// demand (a button), so opening a case costs no graph query and audit entry.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { layout } from '../graph_layout.js';
import { NODE_KINDS } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';

const WIDTH = 720;
const HEIGHT = 440;
const HOPS = [1, 2, 3, 4];

// Shape and colour per node kind (the legend draws the same).
const STYLE = {
  case: { shape: 'square', fill: '#1d4ed8' },
  person: { shape: 'circle', fill: '#6b7280' },
  phone: { shape: 'triangle', fill: '#15803d' },
  account: { shape: 'diamond', fill: '#7e22ce' },
  bank_account: { shape: 'diamond', fill: '#a16207' },
  vehicle: { shape: 'square', fill: '#0f766e' },
  address: { shape: 'triangle', fill: '#b45309' },
  organization: { shape: 'hexagon', fill: '#be123c' },
  document: { shape: 'triangle', fill: '#475569' },
};

function Shape({ kind, x, y, r = 8, victim, start }) {
  const s = STYLE[kind] ?? STYLE.person;
  const fill = kind === 'person' && victim ? '#ea580c' : s.fill;
  const stroke = start ? '#111827' : '#ffffff';
  const common = { fill, stroke, 'stroke-width': start ? 3 : 1.5 };
  switch (s.shape) {
    case 'square':
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} {...common} />;
    case 'triangle':
      return <polygon points={`${x},${y - r * 1.2} ${x - r * 1.1},${y + r * 0.8} ${x + r * 1.1},${y + r * 0.8}`} {...common} />;
    case 'diamond':
      return <polygon points={`${x},${y - r * 1.2} ${x + r * 1.2},${y} ${x},${y + r * 1.2} ${x - r * 1.2},${y}`} {...common} />;
    case 'hexagon': {
      const pts = [0, 1, 2, 3, 4, 5].map((i) => {
        const a = (Math.PI / 3) * i;
        return `${x + r * 1.1 * Math.cos(a)},${y + r * 1.1 * Math.sin(a)}`;
      });
      return <polygon points={pts.join(' ')} {...common} />;
    }
    default:
      return <circle cx={x} cy={y} r={r} {...common} />;
  }
}

// What a node is called in the drawing and the table.
function nodeLabel(t, n) {
  if (n.kind === 'case') return n.in_scope ? n.label : t('network.other_unit', { unit: n.unit_code || '?' });
  if (n.masked && n.kind !== 'person') return t('network.withheld');
  return n.label;
}

// Other cases the caller may open are links; persons are linked from the
// persons table above, so they are text here.
function NodeName({ t, n, start }) {
  const text = nodeLabel(t, n);
  if (n.kind === 'case' && n.case_id && n.id !== start) return <Link href={`/cases/${n.case_id}`}>{text}</Link>;
  return <span class={n.masked ? 'masked' : ''}>{text}</span>;
}

function Legend({ t }) {
  return (
    <ul class="graph-legend" aria-label={t('network.legend')}>
      {NODE_KINDS.map((k) => (
        <li key={k}>
          <svg width="22" height="22" aria-hidden="true">
            <Shape kind={k} x={11} y={11} r={7} />
          </svg>
          {t(`nodekind.${k}`)}
        </li>
      ))}
      <li>
        <svg width="22" height="22" aria-hidden="true">
          <Shape kind="person" x={11} y={11} r={7} victim />
        </svg>
        {t('role.victim')}
      </li>
    </ul>
  );
}

export function NetworkView({ api, kase, version }) {
  const { t } = useI18n();
  const [hops, setHops] = useState(2);
  const [shown, setShown] = useState(false);
  const [state, setState] = useState({ view: null, error: null, loading: true });
  const entity = `case:${kase.id}`;
  useEffect(() => {
    if (!shown) return undefined;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    api.get('/api/v1/graph/neighbourhood', { entity, hops }).then(
      (view) => live && setState({ view, error: null, loading: false }),
      (error) => live && setState({ view: null, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [kase.id, hops, version, shown]);
  const view = state.view;
  const pos = useMemo(() => (view ? layout(view.nodes, view.edges, { width: WIDTH, height: HEIGHT }) : new Map()), [view]);
  const query = new URLSearchParams({ entity, hops: String(hops) }).toString();
  const otherCases = view ? view.nodes.filter((n) => n.kind === 'case' && n.id !== view.start).length : 0;

  if (!shown) {
    return (
      <section class="panel network" aria-labelledby="case-network">
        <h2 id="case-network">{t('network.title')}</h2>
        <p>
          <button type="button" class="btn" onClick={() => setShown(true)}>
            {t('network.show')}
          </button>
        </p>
      </section>
    );
  }
  return (
    <section class="panel network" aria-labelledby="case-network">
      <h2 id="case-network">{t('network.title')}</h2>
      <div class="network-controls">
        <label for="network-hops">{t('network.hops')}</label>
        <select id="network-hops" value={String(hops)} onChange={(e) => setHops(Number(e.currentTarget.value))}>
          {HOPS.map((h) => (
            <option value={String(h)}>{h}</option>
          ))}
        </select>
        <a class="btn small" href={`/api/v1/graph/export.graphml?${query}`} download={`${kase.number}-network.graphml`}>
          {t('network.download_graphml')}
        </a>
        <a class="btn small" href={`/api/v1/graph/export.csv?${query}`} download={`${kase.number}-network.csv`}>
          {t('network.download_csv')}
        </a>
      </div>
      {state.error && <ErrorNotice error={state.error} />}
      {state.loading && !view && <p class="loading" role="status">{t('app.loading')}</p>}
      {view && (
        <>
          <p role="status" data-testid="network-summary">
            {otherCases === 0 ? t('network.only_case') : t('network.other_cases', { count: otherCases })}
            {view.truncated && ` ${t('network.truncated', { count: view.nodes.length })}`}
          </p>
          <figure class="network-figure">
            <svg
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              role="img"
              aria-label={t('network.figure', { number: kase.number, nodes: view.nodes.length, edges: view.edges.length })}
              data-testid="network-svg"
            >
              {view.edges.map((e) => {
                const a = pos.get(e.source);
                const b = pos.get(e.target);
                if (!a || !b) return null;
                return <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} class={`edge edge-${e.kind}`} />;
              })}
              {view.nodes.map((n) => {
                const p = pos.get(n.id);
                return (
                  <g key={n.id} data-node-kind={n.kind}>
                    <Shape kind={n.kind} x={p.x} y={p.y} victim={n.victim} start={n.id === view.start} />
                    <title>{`${t(`nodekind.${n.kind}`)}: ${nodeLabel(t, n)}`}</title>
                    {(n.kind === 'case' || n.hops <= 1) && (
                      <text x={p.x + 11} y={p.y + 4} class="node-label">
                        {nodeLabel(t, n)}
                      </text>
                    )}
                  </g>
                );
              })}
            </svg>
            <figcaption>
              <Legend t={t} />
            </figcaption>
          </figure>
          <div class="table-wrap">
            <table class="responsive network-nodes" data-testid="network-nodes">
              <caption>{t('network.list')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('network.col.kind')}</th>
                  <th scope="col">{t('network.col.label')}</th>
                  <th scope="col">{t('network.col.hops')}</th>
                  <th scope="col">{t('network.col.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {view.nodes.map((n) => (
                  <tr key={n.id} data-node-kind={n.kind}>
                    <td data-label={t('network.col.kind')}>{t(`nodekind.${n.kind}`)}</td>
                    <td data-label={t('network.col.label')}>
                      <NodeName t={t} n={n} start={view.start} />
                    </td>
                    <td data-label={t('network.col.hops')}>{n.hops}</td>
                    <td data-label={t('network.col.detail')}>
                      {n.kind === 'person' && n.roles.map((r) => t(`role.${r}`)).join(', ')}
                      {n.kind === 'case' && (n.in_scope ? n.title : n.unit_code)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
