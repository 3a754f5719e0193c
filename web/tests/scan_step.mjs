// The browser test's scan step (browser.mjs): a frontline officer opens
// "Quét tin tuyển dụng", pastes a recruitment post carrying red flags and a
// phone number already recorded on one of her unit's cases, and sees the
// risk, the flags marked in the text (by code points: the post starts with
// emoji), the amount in dong a month and the phone with the earlier case;
// she saves the post as a lead on another case found by its number and
// finds it in the leads list and on that case's page. A post that is an
// <img onerror> tag shows as text; a CSV file with a bad row is scanned with
// the row reported; the page fits 390 px and is reachable by keyboard.
// It leaves the officer logged out.
import assert from 'node:assert/strict';
import { FRONTLINE } from './victims_step.mjs';

const PHONE = '0977 246 813';
const PHONE_KEY = '+84977246813';
export const RISKY_POST =
  '🔥🔥 TUYỂN GẤP 🔥 Việc nhẹ lương cao 1500$/tháng ở Campuchia, bao vé máy bay, bao ăn ở, ' +
  `không cần kinh nghiệm. Nhắn Zalo ${PHONE} để đi ngay.`;
const HOSTILE_POST = '<img src=x onerror=alert(1)> việc nhẹ lương cao';
const SOURCE_URL = 'https://www.facebook.com/groups/viec-lam-nuoc-ngoai/posts/4711';

// `api(base, method, path, {token, body})` is browser.mjs's JSON helper.
export async function scanStep(page, { base, api, logIn, password, screenshot, tabReachesEveryControl, noHorizontalScroll }) {
  // The officer's phone number on one open case of her unit (the known
  // identifier), and another open case to save the lead on.
  const token = (await api(base, 'POST', '/api/v1/session', { body: { username: FRONTLINE.username, password } })).json.token;
  const open = 'reported,under_verification,under_investigation';
  const cases = (await api(base, 'GET', `/api/v1/cases?status=${open}&limit=20`, { token })).json.items;
  assert.ok(cases.length >= 1, 'the officer\'s unit has an open case');
  const [known] = cases;
  const target = cases[1] ?? known; // another case when there is one
  const rec = await api(base, 'POST', `/api/v1/cases/${known.id}/identifiers`, {
    token,
    body: { kind: 'phone', value: PHONE, note: 'Số của người tuyển dụng — kiểm thử trình duyệt' },
  });
  assert.equal(rec.status, 201, JSON.stringify(rec.json));
  await api(base, 'DELETE', '/api/v1/session', { token });
  console.log(`  ${PHONE} on ${known.number}; lead saved on ${target.number}`);

  await page.goto(`${base}/`);
  await logIn(page, FRONTLINE.username, password);
  await page.getByTestId('who').waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Quét tin tuyển dụng' }).click();
  await page.getByRole('heading', { level: 1, name: 'Quét tin tuyển dụng trên mạng' }).waitFor();
  await page.getByTestId('leads-total').waitFor();

  // Paste and scan; what the page shows is checked against the API's answer.
  const form = page.getByTestId('scan-form');
  await form.getByLabel('Nội dung bài đăng').fill(RISKY_POST);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/scan') && r.request().method() === 'POST');
  await form.getByRole('button', { name: 'Quét', exact: true }).click();
  const item = (await (await answer).json()).results[0];
  assert.equal(item.ok, true, JSON.stringify(item));
  const result = page.getByTestId('scan-result');
  await result.waitFor();
  assert.equal(await result.getAttribute('data-level'), item.level);
  assert.notEqual(item.level, 'low', `a post with this many red flags is not low risk (${item.risk})`);
  const levelVi = { medium: 'trung bình', high: 'cao' }[item.level];
  await result.getByText(`Rủi ro: ${levelVi} · ${Math.round(item.risk * 100)}%`).waitFor();
  assert.equal((await result.getByTestId('scan-explanation').innerText()).trim(), item.explanation);
  assert.ok(item.flags.length >= 3, `several flags fire: ${item.flags.map((f) => f.id)}`);
  // Every span is marked, exactly over the characters the API names.
  const marks = await result.locator('mark.flag').allInnerTexts();
  const chars = Array.from(RISKY_POST);
  for (const f of item.flags) {
    for (const s of f.spans) {
      const want = chars.slice(s.start, s.end).join('');
      assert.equal(want, s.text, `span ${f.id} counts code points`);
      assert.ok(marks.some((m) => m.includes(want) || want.includes(m)), `"${want}" (${f.id}) is marked: ${marks}`);
    }
  }
  assert.ok(marks.some((m) => m.toLowerCase().includes('việc nhẹ lương cao')), `the bait phrase is marked: ${marks}`);
  // Focus on a mark names its category and reason.
  const first = result.locator('mark.flag').first();
  await first.focus();
  const firstIds = (await first.getAttribute('data-flags')).split(' ');
  const flagOfFirst = item.flags.find((f) => firstIds.includes(f.id));
  await page.waitForFunction(
    (want) => document.querySelector('[data-testid=scan-mark-detail]')?.textContent.includes(want),
    flagOfFirst.rationale,
  );
  // The pay, in dong a month; the phone, with the earlier case as a link.
  const pay = item.amounts.find((a) => a.use === 'pay' && a.monthly_vnd);
  if (pay) await result.locator('table.scan-amounts').getByText(`${new Intl.NumberFormat('vi-VN').format(Math.round(pay.monthly_vnd))} ₫`).waitFor();
  const phoneRow = result.locator(`table.scan-identifiers tr[data-key="${PHONE_KEY}"]`);
  await phoneRow.getByText(PHONE, { exact: true }).waitFor();
  assert.equal(await phoneRow.getByRole('link', { name: known.number }).getAttribute('href'), `/cases/${known.id}`);
  await noHorizontalScroll(page);
  await screenshot(page, 'scan-result');
  await tabReachesEveryControl(page, 'scan page');

  // Save it as a lead on the other case, found by its number.
  const lead = page.getByTestId('lead-save');
  await lead.getByLabel('Tìm vụ việc (số hoặc từ khóa)').fill(target.number);
  await lead.getByRole('button', { name: 'Tìm vụ việc' }).click();
  await lead.getByText(/^Tìm thấy \d+ vụ việc\.$/).waitFor();
  assert.equal(await lead.getByLabel('Gắn với vụ việc').inputValue(), String(target.id));
  await lead.getByLabel('Đường dẫn bài đăng gốc (không bắt buộc)').fill(SOURCE_URL);
  await lead.getByLabel('Ghi chú (không bắt buộc)').fill('Bài đăng trong nhóm việc làm nước ngoài');
  assert.equal(await lead.getByLabel('Thêm số điện thoại, tài khoản tìm thấy vào vụ việc').isChecked(), true);
  await lead.getByRole('button', { name: 'Lưu nguồn tin' }).click();
  const saved = lead.getByTestId('lead-saved');
  await saved.getByText(/^Đã lưu nguồn tin số \d+ vào vụ việc/).waitFor();
  const leadId = Number(/số (\d+)/.exec(await saved.innerText())[1]);
  assert.equal(await saved.getByRole('link', { name: target.number }).getAttribute('href'), `/cases/${target.id}`);
  // Found again in the leads list below, with its case and source.
  const row = page.getByTestId('leads-list').locator(`tr[data-lead="${leadId}"]`);
  await row.getByRole('link', { name: target.number }).waitFor();
  await row.getByText(SOURCE_URL).waitFor();
  await page.locator('#leads').scrollIntoViewIfNeeded();
  await screenshot(page, 'scan-lead-saved');

  // The lead's own page, then the case's "Nguồn tin" panel.
  await saved.getByRole('link', { name: 'Xem nguồn tin' }).click();
  await page.getByRole('heading', { level: 1, name: `Nguồn tin số ${leadId}` }).waitFor();
  await page.getByTestId('scan-result').locator('mark.flag').first().waitFor();
  // Scanned again, the phone is now known on the lead's case too (it was added).
  await page.getByTestId('scan-result').locator(`tr[data-key="${PHONE_KEY}"]`).getByRole('link', { name: target.number }).waitFor();
  await screenshot(page, 'lead');
  await page.locator('dl').getByRole('link', { name: target.number }).click();
  await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
  const panel = page.locator('section[aria-labelledby="case-leads"]');
  await panel.locator(`tr[data-lead="${leadId}"]`).waitFor();

  // Markup in a post is shown as text, never run (a dialog would fail the test).
  await page.goto(`${base}/scan`);
  await form.getByLabel('Nội dung bài đăng').fill(HOSTILE_POST);
  await form.getByRole('button', { name: 'Quét', exact: true }).click();
  const text = page.getByTestId('scan-text');
  await text.getByText('<img src=x onerror=alert(1)>', { exact: false }).waitFor();
  assert.equal(await page.locator('main img').count(), 0, 'no image element was made from the post');

  // A CSV file: each row scanned, the riskiest first; the bad row reported.
  const csv = [
    'id,text,source',
    `1,"${RISKY_POST.replace(/"/g, '""')}",facebook`,
    '2,"Cửa hàng cần tuyển nhân viên bán hàng, lương theo thỏa thuận",zalo',
    '3,hỏng "ngoặc" kép,tiktok',
    '4,"Tuyển lao động đi Myanmar, bao ăn ở, lương 30 triệu",telegram',
  ].join('\r\n');
  await page.getByLabel('Tệp (.txt, .csv, .jsonl)').setInputFiles({ name: 'bai-dang.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  assert.equal(await page.getByLabel('Định dạng').inputValue(), 'csv');
  assert.equal(await page.getByLabel('Tên cột chứa bài đăng').inputValue(), 'text');
  await page.getByRole('button', { name: 'Quét tệp' }).click();
  const report = page.getByTestId('scan-batch-report');
  await report.getByText('bai-dang.csv: 3 bài đã quét, 1 dòng lỗi.').waitFor();
  const lines = await report.locator('table.scan-batch tbody tr').evaluateAll((rs) => rs.map((r) => Number(r.dataset.line)));
  assert.equal(lines.length, 3);
  assert.equal(lines[2], 3, `the harmless shop post (line 3) comes last: ${lines}`);
  await report.getByTestId('scan-batch-errors').locator('tr[data-line="4"]').getByText('Dấu ngoặc kép trong ô không được đặt trong ngoặc kép.').waitFor();
  await report.getByRole('button', { name: `Chi tiết dòng ${lines[0]}` }).click();
  await report.locator('#scan-batch-detail mark.flag').first().waitFor();
  await screenshot(page, 'scan-file');

  // A phone's width: nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await noHorizontalScroll(page);
  await report.locator('table.scan-batch').scrollIntoViewIfNeeded();
  await screenshot(page, 'phone-scan', { fullPage: false });
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByRole('button', { name: /^(Đăng nhập|Log in)$/ }).waitFor();
}
