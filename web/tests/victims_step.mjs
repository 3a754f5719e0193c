// The browser test's victims step (browser.mjs): a frontline officer of the
// Tây Ninh command records the hand-over of two returnees by the Cambodian
// police at Mộc Bài (a new case), opens one of them, screens her against the
// adult labour indicators (the live verdict moves from "possible victim" to
// "trafficked" as answers come in), saves a draft midway, reloads, resumes on
// the same step, completes it, and records an identification decision citing
// the screening (a blank reason first: the server's error under the field).
// Keyboard reach of the new pages, and no sideways scrolling at 390 px.
import assert from 'node:assert/strict';

export const FRONTLINE = { username: 'web.officer', role: 'frontline_officer', unit: 'BCH-TN', name: 'Lý Văn Thành' };

const CASE_TITLE = 'Tiếp nhận hai công dân bị lừa sang Campuchia làm việc tại khu chăm sóc khách hàng';
const RETURNEE = 'Trần Thị Ngọc Ánh';

// "YYYY-MM-DDTHH:MM" in Vietnam, a day ago (the hand-over cannot be in the future).
function yesterdayInVietnam() {
  return new Date(Date.now() - 24 * 3600 * 1000 + 7 * 3600 * 1000).toISOString().slice(0, 16);
}

async function answer(page, id, label) {
  await page.getByTestId(`indicator-${id}`).getByLabel(label, { exact: true }).check();
}

export async function receiveAndScreen(page, { base, logIn, password, screenshot, tabReachesEveryControl, noHorizontalScroll }) {
  await page.goto(`${base}/`);
  await logIn(page, FRONTLINE.username, password);
  await page.getByTestId('who').getByText(`Đang đăng nhập: ${FRONTLINE.name}`).waitFor();

  // The reception form.
  await page.getByRole('navigation').getByRole('link', { name: 'Tiếp nhận', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Tiếp nhận người trở về' }).waitFor();
  // The demo data may already hold hand-overs at this command's gates.
  const before = (await page.evaluate(async () => (await fetch('/api/v1/receptions')).json())).total;
  await page.locator('table.receptions, p.empty').first().waitFor();
  if (before === 0) await page.getByText('Chưa có lần tiếp nhận nào trong phạm vi đơn vị của bạn.').waitFor();
  await page.getByRole('link', { name: 'Ghi nhận tiếp nhận' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tiếp nhận người bị mua bán trở về' }).waitFor();
  const gates = await page.getByLabel('Cửa khẩu, đồn tiếp nhận').locator('option').allInnerTexts();
  assert.ok(gates.includes('Đồn Biên phòng Cửa khẩu Quốc tế Mộc Bài'), 'the gates of the Tây Ninh command are offered');
  assert.ok(!gates.some((g) => /Hữu Nghị/.test(g)), 'only gates and posts of the user\'s units');
  await page.getByTestId('receiving-officer').getByText(FRONTLINE.name, { exact: false }).waitFor();
  await page.getByLabel('Cửa khẩu, đồn tiếp nhận').selectOption('DBP-TN-MOCBAI');
  assert.equal(await page.getByLabel('Nước bàn giao').inputValue(), 'KH', 'the country the gate faces');
  await page.getByLabel('Nước bàn giao').selectOption('KH');
  await page.getByLabel('Cơ quan bàn giao').fill('Cảnh sát xuất nhập cảnh Campuchia tại Bavet');
  const when = yesterdayInVietnam();
  await page.getByLabel('Thời điểm bàn giao (giờ Việt Nam)').fill(when);
  await page.getByLabel('Tiêu đề').fill(CASE_TITLE);
  await page.getByLabel('Hình thức mua bán người').selectOption('forced_labour');
  await page.getByLabel('Tóm tắt').fill('Hai người được hứa việc "chăm sóc khách hàng" lương cao, bị giữ hộ chiếu và ép làm việc 16 giờ mỗi ngày.');
  const first = page.getByTestId('returnee-1');
  await first.getByLabel('Họ tên').fill(RETURNEE);
  await first.getByLabel('Ngày sinh').fill('1999-05-02');
  await first.getByLabel('Giới tính').selectOption('female');
  await first.getByLabel('Quê quán').selectOption('TN');
  await first.getByLabel('Thức ăn, nước uống').check();
  await first.getByLabel('Chăm sóc y tế').check();
  await first.getByLabel('Ghi chú về nhu cầu').fill('Bị thương nhẹ ở tay');
  await page.getByRole('button', { name: 'Thêm người trở về' }).click();
  const second = page.getByTestId('returnee-2');
  await second.getByLabel('Họ tên').fill('Lâm Văn Hùng');
  await second.getByLabel('Ngày sinh').fill('2001');
  await second.getByLabel('Giới tính').selectOption('male');
  await second.getByLabel('Liên lạc với gia đình').check();
  await screenshot(page, 'reception-new');
  await tabReachesEveryControl(page, 'reception form');
  // An open case that does not exist is named under its field; then a new case.
  await page.getByLabel('Thêm vào vụ việc đang mở').check();
  await page.getByLabel('Số hiệu hoặc mã số (id) vụ việc').fill('TN-1999-9999');
  await page.getByRole('button', { name: 'Ghi nhận tiếp nhận' }).click();
  await page.locator('#rcp-case-ref-error').getByText('Không tìm thấy vụ việc này trong phạm vi đơn vị của bạn.').waitFor();
  await page.getByLabel('Mở vụ việc mới').check();
  assert.equal(await page.getByLabel('Tiêu đề').inputValue(), CASE_TITLE, 'the new case kept what was typed');
  await page.getByRole('button', { name: 'Ghi nhận tiếp nhận' }).click();

  // The new case, with both returnees as victims.
  await page.getByRole('heading', { level: 1, name: CASE_TITLE }).waitFor();
  const caseId = Number(/\/cases\/(\d+)$/.exec(page.url())[1]);
  await page.locator('tr[data-person-role="victim"]', { hasText: RETURNEE }).waitFor();
  await page.locator('tr[data-person-role="victim"]', { hasText: 'Lâm Văn Hùng' }).waitFor();
  const receptions = await page.evaluate(async () => (await fetch('/api/v1/receptions?limit=200')).json());
  assert.equal(receptions.total, before + 1);
  const r = receptions.items.find((x) => x.case_id === caseId);
  assert.ok(r, 'the new reception is listed');
  assert.equal(r.case_id, caseId);
  assert.equal(r.unit_code, 'DBP-TN-MOCBAI');
  assert.equal(r.handover_country, 'KH');
  assert.equal(r.persons.length, 2);
  assert.deepEqual(r.persons[0].needs, ['food_water', 'medical_care']);
  // Entered in Vietnam time, stored in UTC.
  assert.equal(r.handed_over_at, new Date(`${when}:00+07:00`).toISOString().replace('.000Z', 'Z'));

  await page.getByRole('navigation').getByRole('link', { name: 'Tiếp nhận', exact: true }).click();
  const row = page.getByTestId(`reception-${r.id}`);
  await row.getByText('Đồn Biên phòng Cửa khẩu Quốc tế Mộc Bài').waitFor();
  await row.getByText('Campuchia', { exact: true }).waitFor();
  await row.getByRole('link', { name: r.case_number }).waitFor();
  await screenshot(page, 'receptions');
  await tabReachesEveryControl(page, 'receptions list');

  // The person page: no screening, no decision yet.
  await row.getByRole('link', { name: r.case_number }).click();
  await page.getByRole('link', { name: RETURNEE }).click();
  await page.getByRole('heading', { level: 1, name: RETURNEE }).waitFor();
  const personId = Number(/\/persons\/(\d+)/.exec(page.url())[1]);
  await page.getByTestId('screenings').getByText('Chưa có lần sàng lọc nào.').waitFor();
  await page.getByTestId('legal-status').getByText('Chưa có quyết định').waitFor();
  await page.getByRole('link', { name: 'Bắt đầu sàng lọc' }).click();

  // Step 1: the case and the list (born 1999: adults; the case is forced labour).
  await page.getByRole('heading', { level: 1, name: /^Sàng lọc dấu hiệu nạn nhân/ }).waitFor();
  await page.getByTestId('age-note').getByText('Sinh năm 1999: dùng danh mục dành cho người lớn.').waitFor();
  assert.ok(await page.getByLabel('Bóc lột lao động').isChecked());
  await page.getByTestId('set-verification').getByText(/Danh mục lập theo nguồn thứ cấp/).waitFor();
  const overall = page.getByTestId('verdict-overall');
  await overall.getByText('Có thể là nạn nhân').waitFor();
  await tabReachesEveryControl(page, 'screening, first step');
  const next = page.getByRole('button', { name: 'Tiếp theo →' });
  const stepTitle = page.getByTestId('step-title');

  // Deceptive recruitment: one strong and one medium make it positive, live.
  await next.click();
  await stepTitle.getByText('Tuyển mộ bằng lừa dối').waitFor();
  await answer(page, 'AL-DR-01', 'Có');
  await answer(page, 'AL-DR-02', 'Có');
  await answer(page, 'AL-DR-10', 'Không');
  const recruitment = page.getByTestId('verdict-deceptive_recruitment');
  await recruitment.getByText('Có dấu hiệu').waitFor();
  await recruitment.getByText('Bị lừa dối về tính chất công việc, nơi làm việc hoặc người sử dụng lao động').waitFor();
  await next.click();
  await next.click();
  await next.click();
  await stepTitle.getByText('Điều kiện làm việc bóc lột').waitFor();
  await answer(page, 'AL-EC-01', 'Có');
  await answer(page, 'AL-EC-02', 'Có');
  await page.getByTestId('verdict-exploitative_conditions').getByText('Có dấu hiệu').waitFor();
  assert.equal(await overall.innerText(), 'Có thể là nạn nhân', 'no coercion at destination yet');

  // A draft, midway; after a reload it resumes on the same step.
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await page.getByText('Đã lưu nháp.').waitFor();
  await page.waitForURL(/\/screenings\/\d+$/);
  const screeningId = Number(/\/screenings\/(\d+)$/.exec(page.url())[1]);
  await screenshot(page, 'screening-draft');
  await page.reload();
  await stepTitle.getByText('Điều kiện làm việc bóc lột').waitFor();
  assert.ok(await page.getByTestId('indicator-AL-EC-01').getByLabel('Có', { exact: true }).isChecked(), 'answers kept');
  await overall.getByText('Có thể là nạn nhân').waitFor();

  // Coercion at destination: the verdict becomes "trafficked".
  await next.click();
  await stepTitle.getByText('Cưỡng ép tại nơi đến').waitFor();
  await answer(page, 'AL-CD-01', 'Có');
  await overall.getByText('Có thể là nạn nhân').waitFor();
  // The second answer by keyboard: focus the group, arrow to "Có" (first) from "Chưa rõ".
  await page.getByTestId('indicator-AL-CD-02').getByLabel('Chưa rõ', { exact: true }).focus();
  await page.keyboard.press('ArrowRight'); // wraps round to the first radio, "Có"
  assert.ok(await page.getByTestId('indicator-AL-CD-02').getByLabel('Có', { exact: true }).isChecked(), 'arrow keys answer');
  await overall.getByText('Là nạn nhân bị mua bán').waitFor();
  await screenshot(page, 'screening-trafficked');
  await tabReachesEveryControl(page, 'screening, a dimension step');
  await next.click();
  await next.click();
  await stepTitle.getByText('Ghi chú và hoàn thành').waitFor();
  await page.getByLabel('Ghi chú của cán bộ').fill('Phỏng vấn có phiên dịch; người được phỏng vấn hợp tác.');
  await page.getByRole('button', { name: 'Hoàn thành sàng lọc' }).click();
  await page.getByText('Hoàn thành lần sàng lọc này?').waitFor();
  await page.getByRole('button', { name: 'Xác nhận hoàn thành' }).click();

  // Back on the person page: the completed screening, then the decision.
  await page.getByRole('heading', { level: 1, name: RETURNEE }).waitFor();
  const listed = page.getByTestId(`screening-${screeningId}`);
  await listed.getByText('Đã hoàn thành').waitFor();
  await listed.getByText('Là nạn nhân bị mua bán').waitFor();
  const saved = await page.evaluate(async (id) => (await fetch(`/api/v1/screenings/${id}`)).json(), screeningId);
  assert.equal(saved.status, 'completed');
  assert.equal(saved.verdict, 'trafficked');
  assert.equal(saved.answers['AL-CD-02'], 'present');

  const panel = page.getByTestId('identification');
  await panel.getByRole('button', { name: 'Ghi nhận quyết định xác định nạn nhân' }).click();
  const form = panel.locator('form.subform');
  assert.equal(await form.getByLabel('Cơ quan quyết định').inputValue(), 'Ban Chỉ huy Bộ đội Biên phòng tỉnh Tây Ninh');
  await form.getByLabel('Tình trạng').selectOption('identified_victim');
  await form.getByLabel('Căn cứ xác định').fill('   ');
  await form.getByRole('button', { name: 'Lưu quyết định' }).click();
  await form.getByText('Chưa lưu được quyết định. Hãy sửa các ô được đánh dấu.').waitFor();
  assert.equal(await form.getByLabel('Căn cứ xác định').getAttribute('aria-invalid'), 'true');
  // The server's reason, in the interface language.
  assert.equal((await form.locator('#decision-grounds-error').innerText()).trim(),
    'bắt buộc khi quyết định xác định là nạn nhân hoặc không phải nạn nhân');
  await form.getByLabel('Căn cứ xác định').fill('Kết quả sàng lọc theo chỉ báo ILO/EC và lời khai tại Đồn Biên phòng Cửa khẩu Quốc tế Mộc Bài.');
  await form.getByLabel('Tài liệu 1').fill('Biên bản tiếp nhận ngày bàn giao');
  await form.getByRole('button', { name: 'Thêm tài liệu' }).click();
  await form.getByLabel('Tài liệu 2').fill('Xác nhận của Cảnh sát Campuchia');
  assert.equal(await form.getByLabel('Căn cứ lần sàng lọc').inputValue(), String(screeningId));
  await tabReachesEveryControl(page, 'person page with the decision form');
  await form.getByRole('button', { name: 'Lưu quyết định' }).click();
  await form.getByText('Đã ghi nhận quyết định.').waitFor();
  await panel.getByTestId('legal-status').getByText('Đã xác định là nạn nhân').waitFor();
  await panel.getByRole('link', { name: `Căn cứ lần sàng lọc #${screeningId}` }).waitFor();
  const decided = await page.evaluate(async (id) => (await fetch(`/api/v1/persons/${id}/identification`)).json(), personId);
  assert.equal(decided.current.status, 'identified_victim');
  assert.equal(decided.items[0].screening_id, screeningId);
  assert.deepEqual(decided.items[0].documents, ['Biên bản tiếp nhận ngày bàn giao', 'Xác nhận của Cảnh sát Campuchia']);
  await page.reload();
  await page.getByTestId('legal-status').getByText('Đã xác định là nạn nhân').waitFor();
  await screenshot(page, 'person-identified');
  // The same in English, then back to Vietnamese.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByTestId('legal-status').getByText('Identified victim').waitFor();
  await listed.getByText('Trafficked').waitFor();
  await page.getByRole('link', { name: 'Start screening' }).waitFor();
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByTestId('legal-status').getByText('Đã xác định là nạn nhân').waitFor();

  // 390 px wide: the interview (verdict on top) and the reception form fit.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [path, name] of [[`/screenings/${screeningId}`, 'phone-screening'], ['/receptions/new', 'phone-reception-new']]) {
    await page.goto(`${base}${path}`);
    await page.locator('h1').first().waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    await noHorizontalScroll(page);
    await screenshot(page, name, { fullPage: false });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByRole('button', { name: /^(Đăng nhập|Log in)$/ }).waitFor();
  return { personId, screeningId, caseId };
}
