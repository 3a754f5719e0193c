import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layout } from '../src/graph_layout.js';

const nodes = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const edges = [
  { source: 'a', target: 'b' },
  { source: 'b', target: 'c' },
  { source: 'd', target: 'e' },
  { source: 'a', target: 'missing' },
];

test('layout keeps every node inside the box and apart', () => {
  const pos = layout(nodes, edges, { width: 300, height: 200 });
  assert.equal(pos.size, 5);
  const points = [...pos.values()];
  for (const p of points) {
    assert.ok(p.x >= 16 && p.x <= 284 && p.y >= 16 && p.y <= 184, JSON.stringify(p));
  }
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      assert.ok(Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y) > 10);
    }
  }
});

test('linked nodes end closer than unlinked ones, and the layout is deterministic', () => {
  const pos = layout(nodes, edges, { width: 600, height: 400 });
  const d = (u, v) => Math.hypot(pos.get(u).x - pos.get(v).x, pos.get(u).y - pos.get(v).y);
  assert.ok(d('a', 'b') < d('a', 'e'));
  assert.deepEqual(layout(nodes, edges, { width: 600, height: 400 }), pos);
});
