// The scan alert pages' pure parts: the list's status and offset from the
// query, its links, and the reasons in words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALERT_PAGE, alertListHref, alertOffset, alertSource, alertStatus, reasonKeys } from '../src/scan_alert_vocab.js';

const q = (s) => new URLSearchParams(s);

test('the list shows open alerts unless another known status is asked for', () => {
  assert.equal(alertStatus(q('')), 'open');
  assert.equal(alertStatus(q('status=dismissed')), 'dismissed');
  assert.equal(alertStatus(q('status=saved')), 'saved');
  assert.equal(alertStatus(q('status=closed')), 'open');
  assert.equal(alertStatus(undefined), 'open');
});

test('offsets are whole pages at or above zero', () => {
  assert.equal(alertOffset(q('')), 0);
  assert.equal(alertOffset(q(`offset=${ALERT_PAGE * 2}`)), ALERT_PAGE * 2);
  assert.equal(alertOffset(q(`offset=${ALERT_PAGE + 3}`)), ALERT_PAGE);
  assert.equal(alertOffset(q('offset=-20')), 0);
  assert.equal(alertOffset(q('offset=abc')), 0);
  assert.equal(alertOffset(q('offset=1.5')), 0);
});

test('list links leave the defaults out', () => {
  assert.equal(alertListHref('open', 0), '/scan-alerts');
  assert.equal(alertListHref('saved', 0), '/scan-alerts?status=saved');
  assert.equal(alertListHref('open', 40), '/scan-alerts?offset=40');
  assert.equal(alertListHref('dismissed', 20), '/scan-alerts?status=dismissed&offset=20');
});

test('reasons in a fixed order, unknown ones dropped, the known count kept', () => {
  assert.deepEqual(reasonKeys({ reasons: ['known_identifier', 'high_risk', 'weird'], known: 2 }), [
    { key: 'salert.reason.high_risk', params: {} },
    { key: 'salert.reason.known_identifier', params: { n: 2 } },
  ]);
  assert.deepEqual(reasonKeys({ reasons: null }), []);
  assert.deepEqual(reasonKeys({ reasons: ['known_identifier'] }), [{ key: 'salert.reason.known_identifier', params: { n: 0 } }]);
});

test('the source of an alert', () => {
  assert.deepEqual(alertSource({ source: 'posts.jsonl', item: 2, post_id: 'fb-2' }), { source: 'posts.jsonl', item: 2, postId: 'fb-2' });
  assert.deepEqual(alertSource({ source: 'a.txt', item: null, post_id: '' }), { source: 'a.txt', item: null, postId: '' });
});
