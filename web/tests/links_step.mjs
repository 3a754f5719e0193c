// The browser test's cross-case links step (browser.mjs): an investigator
// enters a suspect a second time on a case, finds the proposed duplicate in
// the review queue, merges the two records, finds the merge under "Đã gộp"
// and undoes it; the page is reached by keyboard throughout.
import assert from 'node:assert/strict';

export async function linksStep(page, { base, caseId, username, logIn, password, screenshot, tabReachesEveryControl }) {
  await page.goto(`${base}/`);
  await logIn(page, username, password);
  await page.getByTestId('who').waitFor();
  const vi = page.getByRole('button', { name: 'Tiếng Việt' });
  if (await vi.count()) await vi.click();

  await page.goto(`${base}/cases/${caseId}`);
  await page.getByRole('button', { name: 'Thêm người liên quan' }).click();
  const personForm = page.locator('form.subform', { has: page.getByRole('heading', { name: 'Thêm người liên quan' }) });
  await personForm.getByLabel('Tư cách').selectOption('witness');
  await personForm.getByLabel('Họ tên').fill('Hoàng Văn Nam');
  await personForm.getByLabel('Giới tính').selectOption('male');
  await personForm.getByRole('button', { name: 'Lưu người liên quan' }).click();
  const idIn = async (role) => {
    const href = await page.locator(`tr[data-person-role="${role}"]`, { hasText: 'Hoàng Văn Nam' }).getByRole('link', { name: 'Hoàng Văn Nam' }).getAttribute('href');
    return Number(/^\/persons\/(\d+)$/.exec(href)[1]);
  };
  await page.locator('tr[data-person-role="witness"]', { hasText: 'Hoàng Văn Nam' }).waitFor();
  const witnessId = await idIn('witness');
  const suspectId = await idIn('suspect');
  const withPerson = (id) => page.getByTestId('link-proposal').filter({ has: page.locator(`a[href="/persons/${id}"]`) });

  await page.getByRole('navigation').getByRole('link', { name: 'Liên kết vụ việc' }).click();
  await page.getByRole('heading', { level: 1, name: 'Liên kết giữa các vụ việc' }).waitFor();
  const proposal = withPerson(witnessId).filter({ has: page.locator(`a[href="/persons/${suspectId}"]`) });
  await proposal.waitFor();
  await proposal.getByText('Có thể là cùng một người').waitFor();
  await proposal.getByText('Họ tên: khớp').waitFor();
  await screenshot(page, 'links-queue');
  await tabReachesEveryControl(page, 'links page');
  await proposal.getByRole('button', { name: /^Giữ hồ sơ A/ }).click();
  await proposal.waitFor({ state: 'detached' });

  await page.getByRole('button', { name: 'Đã gộp' }).click();
  const merged = withPerson(suspectId).filter({ hasText: 'Hai hồ sơ đã được gộp.' });
  await merged.waitFor();
  assert.equal(await merged.getByRole('button', { name: /^Giữ hồ sơ/ }).count(), 0, 'a merged proposal offers no second merge');
  await screenshot(page, 'links-merged');
  await merged.getByRole('button', { name: 'Hoàn tác việc gộp' }).click();
  await merged.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Đã bác bỏ' }).click();
  await withPerson(witnessId).filter({ has: page.locator(`a[href="/persons/${suspectId}"]`) }).waitFor();

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByRole('button', { name: /^(Đăng nhập|Log in)$/ }).waitFor();
}
