// The browser test's screening step (browser.mjs): an officer logged in on
// `page` opens "Sàng lọc" from the navigation, screens a demo victim of case
// `caseId` written without diacritics and in reverse order, and finds them
// first with an alert and explanation chips; every control is reachable by
// keyboard. It leaves `page` at the address it found it on.
import assert from 'node:assert/strict';
import { tabReachesEveryControl } from './keyboard.mjs';

// "Nguyễn Thị Hoa" -> "Hoa Thi Nguyen".
export function plainReversed(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .split(/\s+/)
    .reverse()
    .join(' ');
}

export async function screenStep(page, { base, caseId, screenshot }) {
  const res = await page.request.get(`${base}/api/v1/cases/${caseId}/persons`);
  assert.equal(res.status(), 200);
  const victim = (await res.json()).items.find((p) => p.role === 'victim' && !p.masked);
  assert.ok(victim, 'the case has a victim whose identity the officer sees');
  const name = victim.identity.full_name;
  const back = page.url(); // the steps after this one go on where it started
  const typed = plainReversed(name);
  console.log(`  screening "${typed}" for ${name}`);

  await page.goto(`${base}/`);
  await page.getByRole('navigation').getByRole('link', { name: 'Sàng lọc' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sàng lọc một người' }).waitFor();
  const form = page.getByTestId('screen-form');
  await form.getByLabel('Họ tên').fill(typed);
  if (victim.identity.date_of_birth) await form.getByLabel('Ngày sinh').fill(victim.identity.date_of_birth);
  await form.getByRole('button', { name: 'Sàng lọc' }).click();
  const first = page.getByTestId('screen-candidate').first();
  await first.waitFor();
  assert.equal(await first.getByRole('link', { name }).first().getAttribute('href'), `/persons/${victim.id}`);
  await first.getByText('Cảnh báo', { exact: true }).waitFor();
  await first.getByText(/^Họ tên: khớp/).waitFor();
  await screenshot(page, 'screen-vi');
  await tabReachesEveryControl(page, 'screening page');

  // Nothing to search for: the server names the fields.
  await form.getByLabel('Họ tên').fill('');
  await form.getByLabel('Ngày sinh').fill('1990');
  await form.getByRole('button', { name: 'Sàng lọc' }).click();
  await page.locator('.error[role=alert]').waitFor();
  await page.goto(back);
}
