// The browser test's referral step (browser.mjs): a victim-support officer
// opens the support directory, refers the victim created earlier to an
// organization with the victim's consent and a due date already past, moves
// the referral to "sent", ticks one item of the Art. 37 checklist, and finds
// the referral among the overdue ones on the dashboard.
import assert from 'node:assert/strict';

export const SUPPORT = { username: 'web.support', role: 'victim_support', unit: 'BTL-BDBP', name: 'Hà Thị Lan' };

export async function referVictim(page, { base, victimId, logIn, password, screenshot }) {
  await page.goto(`${base}/`);
  await logIn(page, SUPPORT.username, password);
  await page.getByTestId('who').getByText(`Đang đăng nhập: ${SUPPORT.name}`).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Tổ chức hỗ trợ' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tổ chức hỗ trợ nạn nhân' }).waitFor();
  await page.getByTestId('orgs').getByText('Trung tâm Công tác xã hội tỉnh Lạng Sơn').waitFor();
  await page.getByLabel('Tỉnh phục vụ').selectOption('TN');
  await page.getByTestId('orgs').getByText('Trung tâm Trợ giúp pháp lý nhà nước tỉnh Tây Ninh').waitFor();
  await screenshot(page, 'support-organizations');

  await page.goto(`${base}/persons/${victimId}`);
  const panel = page.getByTestId('referrals');
  await panel.getByText('Chưa có yêu cầu chuyển tuyến.').waitFor();
  await panel.getByRole('button', { name: 'Chuyển tuyến đến tổ chức hỗ trợ' }).click();
  const form = panel.locator('form.subform');
  await form.getByLabel('Dịch vụ').selectOption('shelter');
  await form.getByLabel('Tổ chức', { exact: true }).selectOption({ label: 'Trung tâm Công tác xã hội tỉnh Lạng Sơn' });
  await form.getByLabel('Sự đồng ý của nạn nhân').selectOption('given');
  await form.getByLabel('Hạn xử lý').fill('2025-01-15');
  await form.getByRole('button', { name: 'Chuyển tuyến', exact: true }).click();
  await form.getByText('Đã ghi nhận yêu cầu chuyển tuyến.').waitFor();
  const row = panel.locator('li.referral', { hasText: 'Trung tâm Công tác xã hội tỉnh Lạng Sơn' });
  await row.getByTestId('referral-status').getByText('Đề xuất').waitFor();
  await row.getByRole('button', { name: 'Đánh dấu đã gửi' }).click();
  await row.getByTestId('referral-status').getByText('Đã gửi').waitFor();
  assert.equal(await row.getByRole('button', { name: 'Đánh dấu hoàn thành' }).count(), 0, 'only allowed moves are offered');

  const item = page.getByTestId('ent-medical_care');
  await item.getByLabel('Tình trạng: Hỗ trợ y tế').selectOption('provided');
  await item.getByRole('button', { name: 'Lưu' }).click();
  await item.getByText('Đã lưu.').waitFor();
  await screenshot(page, 'person-referrals');

  await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
  const overdue = page.getByTestId('overdue-referrals');
  await overdue.getByRole('link', { name: `Người #${victimId}` }).waitFor();
  await page.getByTestId('victims-without-referral').waitFor();
  // Victim support does not scan: no recruitment post alerts (scan_alerts is null).
  assert.equal(await page.getByTestId('scan-alerts-panel').count(), 0, 'no scan alerts for victim support');
  assert.equal(await page.getByRole('navigation').getByRole('link', { name: 'Cảnh báo tin tuyển dụng' }).count(), 0);
  await overdue.scrollIntoViewIfNeeded();
  await screenshot(page, 'dashboard-referrals');
  await overdue.getByRole('link', { name: `Người #${victimId}` }).click();
  await page.getByTestId('referrals').getByTestId('referral-status').getByText('Đã gửi', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByRole('button', { name: /^(Đăng nhập|Log in)$/ }).waitFor();
}
