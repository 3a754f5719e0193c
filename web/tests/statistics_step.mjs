// The browser test's statistics step (browser.mjs): a commander (logged in on
// `page`) finds the "Victims" section on the overview, opens /statistics,
// sees every breakdown with the "<5" note (commanders get small cells
// withheld) and the CTDC export link, filters by province, and reaches every
// control by keyboard.
import assert from 'node:assert/strict';
import { tabReachesEveryControl } from './keyboard.mjs';

const BREAKDOWNS = ['Theo giới tính', 'Theo nhóm tuổi', 'Theo hình thức bóc lột', 'Theo nước đến',
  'Theo tình trạng xác định nạn nhân', 'Theo tình trạng chuyển tuyến', 'Theo tỉnh, thành phố', 'Theo tháng'];

export async function statisticsStep(page, { base, screenshot }) {
  await page.goto(`${base}/`);
  const panel = page.getByTestId('victim-stats');
  await panel.getByRole('heading', { level: 2, name: 'Nạn nhân' }).waitFor();
  await panel.getByRole('heading', { level: 3, name: 'Theo nhóm tuổi' }).waitFor();
  await panel.getByText('Các số từ 1 đến 4 được hiển thị là').waitFor();

  await page.goto(`${base}/statistics`);
  await page.getByRole('heading', { level: 1, name: 'Thống kê nạn nhân' }).waitFor();
  for (const name of BREAKDOWNS) {
    await page.getByRole('heading', { level: 3, name }).waitFor();
  }
  const total = await page.getByTestId('st-total').innerText();
  assert.match(total, /^Số nạn nhân: (\d[\d.]*|<5)$/);
  const exportLink = page.getByTestId('ctdc-export');
  assert.equal(await exportLink.getAttribute('href'), '/api/v1/exports/ctdc?format=csv');
  await screenshot(page, 'statistics-vi');
  await tabReachesEveryControl(page, 'statistics');

  await page.getByLabel('Tỉnh, thành phố', { exact: true }).selectOption('LS');
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await page.waitForURL(/\/statistics\?province=LS$/);
  await page.getByTestId('stats-province').getByRole('heading', { level: 3 }).waitFor();
  await page.locator('.loading').waitFor({ state: 'detached' });
  await screenshot(page, 'statistics-filtered', { fullPage: false });
}
