// The browser test's link-graph step (browser.mjs): an investigator logged in
// on `page` records the same phone number on two open cases, written two
// ways, in the case page's identifiers panel, and sees the first case in the
// second one's network view (drawing, node table with a link, downloads),
// then not any more at one link away; every control stays reachable by
// keyboard. It leaves `page` at the address it found it on.
import assert from 'node:assert/strict';

const PHONES = ['0888 555 012', '+84 888-555-012'];

export async function graphStep(page, { base, screenshot, tabReachesEveryControl }) {
  const back = page.url();
  const open = 'reported,under_verification,under_investigation';
  const cases = await page.evaluate(
    async (q) => (await (await fetch(`/api/v1/cases?status=${q}&limit=20`)).json()).items,
    open,
  );
  assert.ok(cases.length >= 2, 'the demo data has two open cases');
  const [first, second] = cases;
  console.log(`  phone ${PHONES[0]} on ${first.number} and ${second.number}`);

  for (const [i, c] of [first, second].entries()) {
    await page.goto(`${base}/cases/${c.id}`);
    const panel = page.locator('section[aria-labelledby="case-identifiers"]');
    await panel.getByRole('heading', { level: 2, name: 'Định danh liên quan' }).waitFor();
    await panel.getByRole('button', { name: 'Thêm định danh' }).click();
    await panel.getByLabel('Loại').selectOption('phone');
    await panel.getByLabel('Giá trị').fill(PHONES[i]);
    await panel.getByLabel('Ghi chú').fill('Số điện thoại người tuyển dụng — kiểm thử trình duyệt');
    await panel.getByRole('button', { name: 'Lưu định danh' }).click();
    await panel.getByText('Đã thêm định danh.').waitFor();
    await panel.locator('tr[data-identifier-kind="phone"]', { hasText: PHONES[i] }).waitFor();
  }

  // On the second case: the first case is two links away, through the phone.
  const net = page.locator('section.network');
  await net.getByRole('heading', { level: 2, name: 'Mạng lưới liên kết' }).waitFor();
  await net.getByRole('button', { name: 'Hiện mạng lưới liên kết' }).click();
  const nodes = net.getByTestId('network-nodes');
  await nodes.getByRole('link', { name: first.number }).waitFor();
  await nodes.locator('tr[data-node-kind="phone"]', { hasText: '+84888555012' }).waitFor();
  assert.ok((await net.locator('[data-testid="network-svg"] g[data-node-kind="case"]').count()) >= 2);
  await net.getByRole('img', { name: new RegExp(`^Sơ đồ mạng lưới của vụ việc ${second.number}`) }).waitFor();
  for (const k of ['Vụ việc', 'Người', 'Số điện thoại', 'Tài khoản mạng']) {
    await net.getByRole('list', { name: 'Chú giải' }).getByText(k, { exact: true }).waitFor();
  }
  const graphml = await net.getByRole('link', { name: 'Tải GraphML (Gephi)' }).getAttribute('href');
  assert.equal(graphml, `/api/v1/graph/export.graphml?entity=case%3A${second.id}&hops=2`);
  const text = await page.evaluate(async (url) => (await fetch(url)).text(), graphml);
  assert.match(text, /<graphml /);
  assert.ok(text.includes(`<node id="case:${first.id}">`), 'the export holds the linked case');
  const csv = await net.getByRole('link', { name: 'Tải CSV' }).getAttribute('href');
  assert.match(await page.evaluate(async (url) => (await fetch(url)).text(), csv), /^record,id,kind,label,source,target/);
  await screenshot(page, 'case-network');
  await tabReachesEveryControl(page, 'case page with its network');

  // One link away, the other case is out of reach.
  await net.getByLabel('Số bước liên kết').selectOption('1');
  await nodes.getByRole('link', { name: first.number }).waitFor({ state: 'detached' });
  await nodes.locator('tr[data-node-kind="phone"]', { hasText: '+84888555012' }).waitFor();

  // The networks page lists theirs among the networks, largest first.
  await page.getByRole('navigation').getByRole('link', { name: 'Mạng lưới' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mạng lưới liên kết giữa các vụ việc' }).waitFor();
  const table = page.getByTestId('networks');
  await table.waitFor();
  const counts = await table.locator('tbody tr td:first-child').allInnerTexts();
  const sizes = counts.map((c) => Number(c.split(' ')[0]));
  assert.deepEqual(sizes, [...sizes].sort((a, b) => b - a), 'networks ranked by cases');
  await screenshot(page, 'networks');
  await tabReachesEveryControl(page, 'networks page');
  await page.goto(back);
}
