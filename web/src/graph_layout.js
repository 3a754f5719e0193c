// A small force-directed layout for the case network view: nodes repel one
// another, links pull their ends together, everything drifts to the centre.
// Deterministic (start positions on a spiral by index), so the same network
// is drawn the same way every time. O(n²) per step: meant for the few
// hundred nodes the API returns at most.
//
// layout(nodes, edges, {width, height, steps}) → Map(id → {x, y}) inside the box.
export function layout(nodes, edges, { width = 640, height = 420, steps = 250 } = {}) {
  const n = nodes.length;
  const pos = nodes.map((node, i) => {
    const angle = i * 2.399963; // the golden angle spreads the start evenly
    const r = 12 * Math.sqrt(i + 1);
    return { id: node.id, x: width / 2 + r * Math.cos(angle), y: height / 2 + r * Math.sin(angle), dx: 0, dy: 0 };
  });
  const index = new Map(pos.map((p, i) => [p.id, i]));
  const links = edges
    .map((e) => [index.get(e.source), index.get(e.target)])
    .filter(([a, b]) => a !== undefined && b !== undefined);
  const ideal = Math.max(30, Math.min(90, Math.sqrt((width * height) / Math.max(n, 1)) * 0.7));
  for (let step = 0; step < steps; step++) {
    const heat = 1 - step / steps;
    for (const p of pos) {
      p.dx = (width / 2 - p.x) * 0.01;
      p.dy = (height / 2 - p.y) * 0.01;
    }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = pos[i];
        const b = pos[j];
        let dx = a.x - b.x;
        let dy = a.y - b.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) {
          dx = 0.1 * (i - j);
          dy = 0.1;
          d2 = dx * dx + dy * dy;
        }
        const f = (ideal * ideal) / d2;
        a.dx += dx * f * 0.05;
        a.dy += dy * f * 0.05;
        b.dx -= dx * f * 0.05;
        b.dy -= dy * f * 0.05;
      }
    }
    for (const [i, j] of links) {
      const a = pos[i];
      const b = pos[j];
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = ((d - ideal) / d) * 0.1;
      a.dx += dx * f;
      a.dy += dy * f;
      b.dx -= dx * f;
      b.dy -= dy * f;
    }
    const cap = 20 * heat + 1;
    for (const p of pos) {
      const len = Math.sqrt(p.dx * p.dx + p.dy * p.dy);
      const k = len > cap ? cap / len : 1;
      p.x = Math.min(width - 16, Math.max(16, p.x + p.dx * k));
      p.y = Math.min(height - 16, Math.max(16, p.y + p.dy * k));
    }
  }
  return new Map(pos.map((p) => [p.id, { x: p.x, y: p.y }]));
}
