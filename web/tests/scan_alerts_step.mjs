// The browser test's scan alerts step (browser.mjs): before the officer logs
// in, the real `frontline scan watch DIR --data D --unit U --once` reads a
// small JSON Lines file of captured posts — one high-risk recruitment post
// and two ordinary ones naming the phone the scan step put on a case of her
// unit (the second also carries an <img onerror> tag) — and raises three
// alerts. The officer sees them on the dashboard (the tag as text), opens the
// high-risk one, sees its flags marked, saves it as a lead on a case, and the
// alert shows "saved" with the lead and the case. She dismisses a second one
// from its page; the third is dismissed elsewhere while its page is open, and
// her click then gets the 409 told in words. The list, filtered by status,
// finds them again; the pages fit 390 px and are reachable by keyboard. It
// leaves the officer logged out.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FRONTLINE } from './victims_step.mjs';

const RISKY =
  'Việc nhẹ lương cao ở Campuchia, bao vé máy bay, bao ăn ở, giữ hộ chiếu, không cần kinh nghiệm, ' +
  'lương 1500$/tháng, đi gấp trong tuần, liên hệ tele t.me/hr_kh88';
const HOSTILE_TAG = '<img src=x onerror=alert(1)>';
const ORDINARY = `Cô Lan bán rau sạch ở chợ, hàng tươi mỗi sáng ${HOSTILE_TAG} đặt hàng gọi 0977 246 813`;
const ORDINARY_2 = 'Nhận sửa xe máy tại nhà, giá phải chăng, gọi 0977246813';

// `frontline(args)` runs the binary and returns {status, stdout, stderr};
// `data` is the test server's data directory.
export async function scanAlertsStep(page, { base, api, frontline, data, logIn, password, screenshot, tabReachesEveryControl, noHorizontalScroll }) {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-captures-'));
  try {
    writeFileSync(
      join(dir, 'posts.jsonl'),
      [
        { id: 'fb-101', text: RISKY },
        { id: 'fb-102', text: ORDINARY },
        { id: 'zl-7', text: ORDINARY_2 },
      ]
        .map((p) => JSON.stringify(p))
        .join('\n') + '\n',
    );
    const run = frontline(['scan', 'watch', dir, '--data', data, '--unit', FRONTLINE.unit, '--once']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /3 posts, 3 alerts \(1 high risk, 2 with known identifiers\)/, run.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // What the watcher raised, as the API lists it; and a case to save onto.
  const token = (await api(base, 'POST', '/api/v1/session', { body: { username: FRONTLINE.username, password } })).json.token;
  const listed = (await api(base, 'GET', '/api/v1/scan-alerts?status=open', { token })).json;
  assert.equal(listed.total, 3, JSON.stringify(listed));
  const byPost = Object.fromEntries(listed.items.map((a) => [a.post_id, a]));
  const risky = byPost['fb-101'];
  const ordinary = byPost['fb-102'];
  const third = byPost['zl-7'];
  assert.deepEqual(risky.reasons, ['high_risk']);
  assert.deepEqual(ordinary.reasons, ['known_identifier']);
  const open = 'reported,under_verification,under_investigation';
  const [target] = (await api(base, 'GET', `/api/v1/cases?status=${open}&limit=5`, { token })).json.items;
  assert.ok(target, 'the officer\'s unit has an open case');
  console.log(`  alerts ${risky.id} (high risk), ${ordinary.id}, ${third.id} (known phone); lead on ${target.number}`);

  await page.goto(`${base}/`);
  await logIn(page, FRONTLINE.username, password);
  const panel = page.getByTestId('scan-alerts-panel');
  await panel.getByRole('heading', { level: 2, name: 'Cảnh báo tin tuyển dụng' }).waitFor();
  await panel.getByText('Đang chờ xem xét: 3 cảnh báo.').waitFor();
  // Riskiest first, each with its level, reasons, source and excerpt.
  const ids = await panel.locator('li[data-alert]').evaluateAll((ls) => ls.map((l) => Number(l.dataset.alert)));
  assert.equal(ids[0], risky.id, `the high-risk alert comes first: ${ids}`);
  const riskyItem = panel.locator(`li[data-alert="${risky.id}"]`);
  await riskyItem.getByText('Rủi ro cao', { exact: true }).waitFor();
  await riskyItem.getByText(/posts\.jsonl, bài thứ 1 \(mã bài fb-101\)/).waitFor();
  const raised = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(risky.raised_at));
  await riskyItem.locator('time').getByText(raised).waitFor();
  const ordinaryItem = panel.locator(`li[data-alert="${ordinary.id}"]`);
  await ordinaryItem.getByText('Có 1 số điện thoại, tài khoản đã biết').waitFor();
  await ordinaryItem.getByText(HOSTILE_TAG, { exact: false }).waitFor();
  assert.equal(await page.locator('main img').count(), 0, 'no image element was made from a post');
  await noHorizontalScroll(page);
  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, 'dashboard-scan-alerts');

  // The high-risk alert: its post with the flags marked, then saved as a lead.
  await riskyItem.getByRole('link', { name: `Cảnh báo số ${risky.id}` }).click();
  await page.getByRole('heading', { level: 1, name: `Cảnh báo số ${risky.id}` }).waitFor();
  const result = page.getByTestId('scan-result');
  await result.waitFor();
  assert.equal(await result.getAttribute('data-level'), 'high');
  const marks = await result.locator('mark.flag').allInnerTexts();
  assert.ok(marks.some((m) => m.toLowerCase().includes('việc nhẹ lương cao')), `the bait phrase is marked: ${marks}`);
  assert.ok((await result.locator('table.scan-identifiers tbody tr').count()) >= 1, 'the Telegram contact is listed');
  await page.getByTestId('alert-reasons').getByText('Rủi ro cao').waitFor();
  await page.locator('.alert-status').getByText('Đang chờ').waitFor();
  await noHorizontalScroll(page);
  await screenshot(page, 'scan-alert');
  await tabReachesEveryControl(page, 'scan alert page');

  const lead = page.getByTestId('lead-save');
  await lead.getByLabel('Tìm vụ việc (số hoặc từ khóa)').fill(target.number);
  await lead.getByRole('button', { name: 'Tìm vụ việc' }).click();
  await lead.getByText(/^Tìm thấy \d+ vụ việc\.$/).waitFor();
  assert.equal(await lead.getByLabel('Gắn với vụ việc').inputValue(), String(target.id));
  await lead.getByLabel('Ghi chú (không bắt buộc)').fill('Từ thư mục theo dõi nhóm việc làm nước ngoài');
  const saving = page.waitForResponse((r) => r.url().endsWith(`/api/v1/scan-alerts/${risky.id}/lead`));
  await lead.getByRole('button', { name: 'Lưu nguồn tin' }).click();
  const saved = await (await saving).json();
  assert.equal(saved.alert.status, 'saved', JSON.stringify(saved));
  const outcome = page.getByTestId('salert-outcome');
  await outcome.getByText('Bài đăng đã được lưu thành nguồn tin.', { exact: false }).waitFor();
  assert.equal(await outcome.getByRole('link', { name: `Xem nguồn tin số ${saved.lead.id}` }).getAttribute('href'), `/leads/${saved.lead.id}`);
  assert.equal(await outcome.getByRole('link', { name: target.number }).getAttribute('href'), `/cases/${target.id}`);
  await page.locator('.alert-status').getByText('Đã lưu thành nguồn tin').waitFor();
  assert.equal(await page.getByTestId('lead-save').count(), 0, 'a saved alert offers no form');
  assert.equal(await page.getByRole('button', { name: 'Bỏ qua' }).count(), 0, 'nor a dismiss button');
  await screenshot(page, 'scan-alert-saved');
  // The lead's page has it, on the case.
  await outcome.getByRole('link', { name: `Xem nguồn tin số ${saved.lead.id}` }).click();
  await page.getByRole('heading', { level: 1, name: `Nguồn tin số ${saved.lead.id}` }).waitFor();
  await page.locator('dl').getByRole('link', { name: target.number }).waitFor();

  // The list of open alerts, from the menu: the second one, dismissed.
  await page.getByRole('navigation').getByRole('link', { name: 'Cảnh báo tin tuyển dụng' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cảnh báo tin tuyển dụng' }).waitFor();
  await page.getByTestId('salerts-total').getByText('2 cảnh báo (Đang chờ).').waitFor();
  assert.equal(await page.locator(`tr[data-alert="${risky.id}"]`).count(), 0, 'the saved alert is no longer open');
  const row = page.locator(`tr[data-alert="${ordinary.id}"]`);
  await row.getByText(HOSTILE_TAG, { exact: false }).waitFor();
  await noHorizontalScroll(page);
  await screenshot(page, 'scan-alerts-open');
  await tabReachesEveryControl(page, 'scan alerts list');
  await row.getByRole('link', { name: `Cảnh báo số ${ordinary.id}` }).click();
  await page.getByRole('heading', { level: 1, name: `Cảnh báo số ${ordinary.id}` }).waitFor();
  await page.getByTestId('scan-text').getByText(HOSTILE_TAG, { exact: false }).waitFor();
  assert.equal(await page.locator('main img').count(), 0, 'no image element was made from the post');
  await page.getByRole('button', { name: 'Bỏ qua' }).click();
  await page.getByTestId('salert-outcome').getByText('Cảnh báo đã được bỏ qua.').waitFor();
  await page.locator('.alert-status').getByText('Đã bỏ qua').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Bỏ qua' }).count(), 0);

  // The third: dismissed through the API while its page is open; the click
  // then meets a 409, said in words, and the page shows the new status.
  await page.goto(`${base}/scan-alerts/${third.id}`);
  await page.getByRole('heading', { level: 1, name: `Cảnh báo số ${third.id}` }).waitFor();
  await page.getByRole('button', { name: 'Bỏ qua' }).waitFor();
  const other = await api(base, 'POST', `/api/v1/scan-alerts/${third.id}/dismiss`, { token, body: { expected_version: third.version } });
  assert.equal(other.status, 200, JSON.stringify(other.json));
  await page.getByRole('button', { name: 'Bỏ qua' }).click();
  await page.getByTestId('salert-outcome').getByText('Cảnh báo đã được người khác xử lý hoặc thay đổi trước.', { exact: false }).waitFor();
  await page.locator('.alert-status').getByText('Đã bỏ qua').waitFor();
  await screenshot(page, 'scan-alert-conflict');
  await api(base, 'DELETE', '/api/v1/session', { token });

  // Filtered by status: saved, then dismissed.
  await page.goto(`${base}/scan-alerts`);
  await page.getByLabel('Trạng thái').selectOption('saved');
  await page.getByTestId('salerts-total').getByText('1 cảnh báo (Đã lưu thành nguồn tin).').waitFor();
  await page.locator(`tr[data-alert="${risky.id}"]`).waitFor();
  assert.match(page.url(), /\/scan-alerts\?status=saved$/);
  await page.getByLabel('Trạng thái').selectOption('dismissed');
  await page.getByTestId('salerts-total').getByText('2 cảnh báo (Đã bỏ qua).').waitFor();
  await page.locator(`tr[data-alert="${ordinary.id}"]`).waitFor();
  await page.locator(`tr[data-alert="${third.id}"]`).waitFor();
  await screenshot(page, 'scan-alerts-dismissed');

  // A phone's width: the list and an alert's page do not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await noHorizontalScroll(page);
  await screenshot(page, 'phone-scan-alerts', { fullPage: false });
  await page.goto(`${base}/scan-alerts/${risky.id}`);
  await page.getByTestId('scan-result').waitFor();
  await noHorizontalScroll(page);
  await screenshot(page, 'phone-scan-alert', { fullPage: false });
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByRole('button', { name: /^(Đăng nhập|Log in)$/ }).waitFor();
}
