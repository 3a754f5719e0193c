// The browser test's watchlist step (browser.mjs): an investigator opens
// the watchlists, creates a list, adds an entry, imports a CSV file with one
// bad row and sees the per-row report, and reaches every control by keyboard;
// then finds the entry by screening and confirms the watchlist alert the
// import raised on the dashboard.
import assert from 'node:assert/strict';

export async function watchlistStep(page, { base, username, logIn, password, screenshot, tabReachesEveryControl }) {
  await page.goto(`${base}/`);
  await logIn(page, username, password);
  // This investigator chose English earlier in the run; the step reads Vietnamese.
  await page.getByTestId('who').waitFor();
  const vi = page.getByRole('button', { name: 'Tiếng Việt' });
  if (await vi.count()) await vi.click();
  await page.getByRole('navigation').getByRole('link', { name: 'Danh sách theo dõi' }).click();
  await page.getByRole('heading', { level: 1, name: 'Danh sách theo dõi' }).waitFor();
  await page.getByRole('button', { name: 'Tạo danh sách' }).click();
  const form = page.locator('form.subform');
  await form.getByLabel('Tên').fill('Đối tượng môi giới (thử nghiệm trình duyệt)');
  await form.getByLabel('Loại').selectOption('suspected_traffickers');
  await form.getByLabel('Nguồn').fill('Công văn 123/C02 (thử)');
  await form.getByRole('button', { name: 'Lưu' }).click();
  const lists = page.getByTestId('watchlists');
  await lists.getByRole('link', { name: 'Đối tượng môi giới (thử nghiệm trình duyệt)' }).click();
  await page.getByRole('heading', { level: 1, name: 'Đối tượng môi giới (thử nghiệm trình duyệt)' }).waitFor();

  await page.getByRole('button', { name: 'Thêm mục' }).click();
  const entry = page.locator('form.subform');
  await entry.getByLabel('Họ và tên').fill('Trần Văn Thử');
  await entry.getByLabel('Ngày sinh').fill('1985');
  await entry.getByLabel('Số định danh cá nhân').fill('001085000123');
  await entry.getByLabel('Lý do').fill('môi giới (dữ liệu thử)');
  await entry.getByRole('button', { name: 'Lưu' }).click();
  const table = page.getByTestId('watchlist-entries');
  await table.getByText('Trần Văn Thử · 1985 · 001085000123').waitFor();

  await page.getByRole('button', { name: 'Nhập từ CSV' }).click();
  // Hoàng Văn Nam is the suspect of the case created earlier in the run: the
  // import raises a watchlist alert for him.
  const csv = 'full_name,date_of_birth,sex\nHoàng Văn Nam,,male\n,1990,female\nLê Thị Hai,1992,female\n';
  await page.getByLabel('Nội dung CSV').fill(csv);
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
  const report = page.getByTestId('import-report');
  await report.getByText('Đã đọc 3 dòng, nhập 2, 1 dòng lỗi, 0 dòng trùng').waitFor();
  const bad = report.locator('tbody tr');
  assert.equal(await bad.count(), 1);
  assert.equal(await bad.first().locator('td').nth(0).innerText(), '3');
  assert.equal(await bad.first().locator('td').nth(1).innerText(), 'full_name');
  assert.equal(await bad.first().locator('td').nth(2).innerText(), 'bắt buộc');
  await table.getByText('Lê Thị Hai · 1992').waitFor();
  await screenshot(page, 'watchlist-import');
  await tabReachesEveryControl(page, 'watchlist page');
  await page.getByRole('button', { name: 'Đóng phần nhập' }).click();
  await page.getByRole('button', { name: 'Ngừng sử dụng danh sách' }).click();
  await page.getByTestId('watchlist-inactive').waitFor();
  await page.getByRole('button', { name: 'Sử dụng lại danh sách' }).click();
  await page.getByTestId('watchlist-inactive').waitFor({ state: 'detached' });

  // Screening finds the entry, with its list, at a glance.
  await page.getByRole('navigation').getByRole('link', { name: 'Sàng lọc' }).click();
  const screen = page.getByTestId('screen-form');
  await screen.getByLabel('Họ tên').fill('tran van thu');
  await screen.getByLabel('Ngày sinh').fill('1985');
  await screen.getByRole('button', { name: 'Sàng lọc' }).click();
  const top = page.getByTestId('screen-candidate').first();
  await top.getByText('Đối tượng nghi mua bán người').waitFor();
  await top.getByTestId('screen-list').getByText('Trong danh sách theo dõi: Đối tượng môi giới (thử nghiệm trình duyệt)').waitFor();
  await screenshot(page, 'screen-watchlist-entry');

  // The dashboard shows the alert the import raised; the officer confirms it.
  await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
  const alerts = page.getByTestId('watchlist-alerts');
  const alert = alerts.getByTestId('watchlist-alert').filter({ hasText: 'Đối tượng môi giới (thử nghiệm trình duyệt)' });
  await alert.waitFor();
  assert.equal(await alert.getByText('Hoàng Văn Nam').count(), 0, 'the alert names the person by pseudonym only');
  await screenshot(page, 'dashboard-watchlist-alert');
  await tabReachesEveryControl(page, 'dashboard with an alert');
  await alert.getByRole('button', { name: 'Xác nhận trùng' }).click();
  await alerts.getByText('Đã xem xét 1 cảnh báo.').waitFor();
  await alert.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByRole('button', { name: /^(Đăng nhập|Log in)$/ }).waitFor();
}
