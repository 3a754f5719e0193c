// The browser test's training step (browser.mjs): a trainer runs a course end
// to end in the browser. The module and most of its questions are set up
// through the API (one question is added in the question bank page); then
// trainer.hq creates the course, enrols officer.ls (by service number: the
// demo data made their officer record), the demo investigator by account, a
// registered officer found by name and a new officer (a fifth is refused: the
// course is full, capacity 4), records attendance for both days, builds and opens the
// pre-test; officer.ls takes it in the browser; the trainer uploads paper
// results for the two others (a first file with an unknown officer is refused
// with the row named); the post-test likewise; the trainer completes the
// course, a certificate code shows, /verify/{code} confirms it without
// signing in, a group assessment is recorded, and /training/reports shows the
// course's gain and a chart. Last, a submission made after the deadline
// (the browser was offline when the time ran out) is refused with the
// deadline said in words, and the trainer reopens that attempt. Leaves
// everyone logged out.
import assert from 'node:assert/strict';

// The demo accounts `frontline demo-data` makes (src/demo/accounts.cpp).
export const TRAINER_HQ = { username: 'trainer.hq', name: 'Giảng viên (demo)' };
export const OFFICER_LS = { username: 'officer.ls', name: 'Cán bộ đồn biên phòng (demo)' };
// A demo investigator with no officer record: enrolled by account.
const INVESTIGATOR_LS = { username: 'investigator.ls', name: 'Điều tra viên (demo)' };
const DEMO_PASSWORD = 'frontline-demo-111';

const day = (offset) => new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);

// Questions of the module: [text, options, correct keys, a wrong answer].
const QUESTIONS = [
  ['Theo Luật Phòng, chống mua bán người 2024, hành vi nào là mua bán người?', ['Chuyển giao người để nhận tiền', 'Đi du lịch cùng bạn', 'Xin việc qua mạng'], ['A'], ['B']],
  ['Dấu hiệu nào thường gặp ở tin tuyển dụng lừa đảo?', ['Lương cao bất thường', 'Giữ hộ chiếu', 'Có hợp đồng rõ ràng'], ['A', 'B'], ['C']],
  ['Khi tiếp nhận nạn nhân, việc đầu tiên cần làm là gì?', ['Bảo đảm an toàn cho nạn nhân', 'Lấy lời khai ngay', 'Thông báo báo chí'], ['A'], ['B']],
];

async function logInAs(page, logIn, password, who) {
  await page.goto(page.url().replace(/(https?:\/\/[^/]+).*/, '$1/'));
  const out = page.getByRole('button', { name: /^(Đăng xuất|Log out)$/ });
  if (await out.count()) {
    await out.click();
    await page.getByRole('button', { name: /^(Đăng nhập|Log in)$/ }).waitFor();
  }
  await logIn(page, who.username, password);
  await page.getByTestId('who').getByText(`Đang đăng nhập: ${who.name}`).waitFor();
}

async function logOut(page) {
  await page.getByRole('button', { name: /^(Đăng xuất|Log out)$/ }).click();
  await page.getByRole('button', { name: /^(Đăng nhập|Log in)$/ }).waitFor();
}

// The officer takes the open test of kind `kind` on `course`: answers right
// the questions whose index is in `right` and wrong the others.
async function takeTest(page, { logIn, password, screenshot, noHorizontalScroll, right, label, code }) {
  await logInAs(page, logIn, password, OFFICER_LS);
  await page.getByRole('navigation').getByRole('link', { name: 'Kết quả học tập của tôi' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kết quả học tập của tôi' }).waitFor();
  const tests = page.getByTestId('my-tests');
  await tests.locator('tr', { hasText: code }).getByRole('link', { name: 'Làm bài' }).click();
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  await page.getByTestId('countdown').waitFor();
  assert.match(await page.getByTestId('countdown').innerText(), /Thời gian còn lại:\s*\d+:\d\d/);
  const questions = page.locator('fieldset.question');
  assert.equal(await questions.count(), QUESTIONS.length);
  for (let n = 0; n < QUESTIONS.length; n += 1) {
    const q = questions.nth(n);
    const text = await q.locator('legend').innerText();
    const spec = QUESTIONS.find(([t]) => text.includes(t));
    assert.ok(spec, `question shown: ${text}`);
    const keys = right.includes(QUESTIONS.indexOf(spec)) ? spec[2] : spec[3];
    for (const k of keys) await q.locator(`input[value="${k}"]`).check();
  }
  await screenshot(page, `training-take-${label}`);
  await page.getByRole('button', { name: 'Nộp bài' }).click();
  const result = page.getByTestId('take-result');
  await result.waitFor();
  const expected = Math.round((1000 * right.length) / QUESTIONS.length) / 10;
  const shown = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(expected);
  await result.getByText(`Điểm của bạn: ${shown}/100`).waitFor();
  await screenshot(page, `training-result-${label}`);
  if (label === 'post') {
    // On a phone: the officer's own results fit 390 px.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Về kết quả học tập của tôi' }).click();
    await page.getByTestId('my-courses').getByText(code).first().waitFor();
    await noHorizontalScroll(page);
    await screenshot(page, 'training-my-390');
    await page.setViewportSize({ width: 1366, height: 768 });
  }
  await logOut(page);
  return expected;
}

export async function trainingStep(page, { base, api, logIn, screenshot, tabReachesEveryControl, noHorizontalScroll }) {
  const password = DEMO_PASSWORD;
  // Set-up through the API: the trainer's module and questions, a registered
  // officer, and officer.ls's account id.
  const trainer = (await api(base, 'POST', '/api/v1/session', { body: { username: TRAINER_HQ.username, password } })).json.token;
  const officerToken = (await api(base, 'POST', '/api/v1/session', { body: { username: OFFICER_LS.username, password } })).json.token;
  const officerUser = (await api(base, 'GET', '/api/v1/me', { token: officerToken })).json;
  const investigatorToken = (await api(base, 'POST', '/api/v1/session', { body: { username: INVESTIGATOR_LS.username, password } })).json.token;
  const investigatorUser = (await api(base, 'GET', '/api/v1/me', { token: investigatorToken })).json;
  await api(base, 'DELETE', '/api/v1/session', { token: investigatorToken });
  const mod = await api(base, 'POST', '/api/v1/training/modules', {
    token: trainer,
    body: {
      code: 'BT01',
      title_vi: 'Nhận diện và xử lý mua bán người tại cửa khẩu',
      title_en: 'Identifying and handling trafficking at border gates',
      content_vi: 'Nội dung thử nghiệm trình duyệt.',
      content_en: 'Browser test content.',
      objectives: [{ vi: 'Nhận biết dấu hiệu', en: 'Recognise the indicators' }],
      citations: [{ kind: 'law', ref: '53/2024/QH15', title: 'Luật Phòng, chống mua bán người' }],
      effective_date: day(-30),
    },
  });
  assert.equal(mod.status, 201, JSON.stringify(mod.json));
  const moduleId = mod.json.id;
  for (const [text, options, correct] of QUESTIONS.slice(0, 2)) {
    const r = await api(base, 'POST', '/api/v1/training/questions', {
      token: trainer,
      body: {
        module_id: moduleId,
        kind: correct.length > 1 ? 'multiple' : 'single',
        text_vi: text,
        text_en: `EN: ${text}`,
        options: options.map((o, n) => ({ key: 'ABC'[n], vi: o, en: o, correct: correct.includes('ABC'[n]) })),
      },
    });
    assert.equal(r.status, 201, JSON.stringify(r.json));
  }
  const units = (await api(base, 'GET', '/api/v1/units', { token: trainer })).json.items;
  const unitId = (code) => units.find((u) => u.code === code).id;
  const registered = await api(base, 'POST', '/api/v1/training/officers', {
    token: trainer,
    body: { full_name: 'Đinh Thị Ngọc Ánh', service_number: 'BP-LS-0102', unit_id: unitId('DBP-LS-TANTHANH'), rank: 'thuong_uy', sex: 'female' },
  });
  assert.equal(registered.status, 201, JSON.stringify(registered.json));

  await page.goto(`${base}/`);
  await logIn(page, TRAINER_HQ.username, password);
  await page.getByTestId('who').getByText(`Đang đăng nhập: ${TRAINER_HQ.name}`).waitFor();
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Đào tạo' }).click();
  await page.getByRole('heading', { level: 1, name: 'Khóa đào tạo' }).waitFor();

  // The third question through the question bank page.
  await page.getByRole('link', { name: 'Ngân hàng câu hỏi' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ngân hàng câu hỏi' }).waitFor();
  await page.getByLabel('Học phần', { exact: true }).selectOption(String(moduleId));
  await page.getByRole('button', { name: 'Thêm câu hỏi' }).click();
  const qf = page.getByTestId('question-form');
  const [q3, q3options] = QUESTIONS[2];
  await qf.getByLabel('Câu hỏi (tiếng Việt)').fill(q3);
  await qf.getByLabel('Câu hỏi (tiếng Anh)').fill('What comes first when receiving a victim?');
  for (let n = 0; n < 3; n += 1) await qf.getByLabel(`Phương án ${'ABC'[n]} (tiếng Việt)`).fill(q3options[n]);
  await qf.getByRole('button', { name: 'Bớt phương án cuối' }).click();
  await qf.locator('[data-option="A"] input[type="radio"]').check();
  await qf.getByRole('button', { name: 'Lưu' }).click();
  await page.getByTestId('questions').getByText(q3).waitFor();
  await screenshot(page, 'training-questions');

  // The course, created in the browser; capacity 4.
  await page.getByRole('link', { name: 'Khóa học', exact: true }).click();
  await page.getByRole('button', { name: 'Tạo khóa học' }).click();
  const form = page.getByTestId('course-form');
  const code = `TH-${day(0).slice(0, 4)}-LS-WEB`;
  await form.getByLabel('Mã khóa học').fill(code);
  await form.getByLabel('Tên tiếng Việt').fill('Tập huấn nhận diện nạn nhân mua bán người tại cửa khẩu');
  await form.getByLabel('Tên tiếng Anh').fill('Victim identification at border gates');
  await form.getByLabel('Tỉnh, thành phố').selectOption('LS');
  await form.getByLabel('Địa điểm').fill('Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị');
  await form.getByLabel('Ngày bắt đầu').fill(day(-1));
  await form.getByLabel('Ngày kết thúc').fill(day(0));
  await form.getByLabel('Số học viên tối đa').fill('4');
  await form.getByLabel('Giảng viên').fill(`${TRAINER_HQ.name}\nThiếu tá Phạm Quốc Hùng`);
  await form.getByLabel(/^BT01 · /).check();
  await screenshot(page, 'training-course-new');
  await form.getByRole('button', { name: 'Tạo khóa học' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tập huấn nhận diện nạn nhân mua bán người tại cửa khẩu' }).waitFor();
  const courseUrl = page.url();
  await page.getByRole('button', { name: 'Bắt đầu khóa học' }).click();
  await page.locator('.fields').getByText('Đang diễn ra').waitFor();
  const courseId = Number(/\/training\/courses\/(\d+)/.exec(courseUrl)[1]);
  console.log(`  course ${code} (#${courseId})`);

  // Enrol: officer.ls by account (or by service number when the demo data
  // already made the officer record of that account), the demo investigator
  // by account, the registered officer by name, a new one.
  const enrol = page.getByTestId('enrol-form');
  const people = page.getByTestId('participants');
  const lsRecord = (await api(base, 'GET', '/api/v1/me/training', { token: officerToken })).json?.officer ?? null;
  if (lsRecord) {
    await enrol.getByLabel('Tìm theo họ tên hoặc số hiệu').fill(lsRecord.service_number);
    await enrol.getByRole('button', { name: 'Tìm', exact: true }).click();
    await enrol.getByRole('button', { name: `Ghi danh ${lsRecord.full_name}` }).click();
    await people.getByRole('cell', { name: lsRecord.full_name }).waitFor();
  } else {
    await enrol.getByRole('button', { name: 'Theo tài khoản' }).click();
    await enrol.getByLabel('Mã tài khoản').fill(String(officerUser.id));
    await enrol.getByLabel('Cấp bậc').selectOption('trung_uy');
    await enrol.getByLabel('Giới tính').selectOption('male');
    await enrol.getByRole('button', { name: 'Ghi danh', exact: true }).click();
    await people.getByRole('cell', { name: OFFICER_LS.name }).waitFor();
  }
  const lsName = lsRecord?.full_name ?? OFFICER_LS.name;
  await enrol.getByRole('button', { name: 'Theo tài khoản' }).click();
  await enrol.getByLabel('Mã tài khoản').fill(String(investigatorUser.id));
  await enrol.getByLabel('Cấp bậc').selectOption('dai_uy');
  await enrol.getByLabel('Giới tính').selectOption('female');
  await enrol.getByRole('button', { name: 'Ghi danh', exact: true }).click();
  await people.getByRole('cell', { name: INVESTIGATOR_LS.name }).waitFor();
  await enrol.getByRole('button', { name: 'Cán bộ đã đăng ký' }).click();
  await enrol.getByLabel('Tìm theo họ tên hoặc số hiệu').fill('ngoc anh'); // without diacritics
  await enrol.getByRole('button', { name: 'Tìm', exact: true }).click();
  await enrol.getByRole('button', { name: 'Ghi danh Đinh Thị Ngọc Ánh' }).click();
  await people.getByRole('cell', { name: 'Đinh Thị Ngọc Ánh' }).waitFor();
  await enrol.getByRole('button', { name: 'Cán bộ mới' }).click();
  const newOfficer = async (name, sn, sex) => {
    await enrol.getByLabel('Họ tên').fill(name);
    await enrol.getByLabel('Số hiệu quân nhân').fill(sn);
    await enrol.getByLabel('Đơn vị').selectOption('DBP-LS-CHIMA');
    await enrol.getByLabel('Cấp bậc').selectOption('thieu_uy');
    await enrol.getByLabel('Giới tính').selectOption(sex);
    await enrol.getByRole('button', { name: 'Ghi danh', exact: true }).click();
  };
  await newOfficer('Lò Văn Pá', 'BP-LS-0103', 'male');
  await people.getByRole('cell', { name: 'Lò Văn Pá' }).waitFor();
  await people.getByTestId('capacity').getByText('Đang ghi danh 4 / tối đa 4 học viên').waitFor();
  await newOfficer('Vi Thị Hoa', 'BP-LS-0104', 'female');
  await page.getByTestId('enrol-error').getByText('Khóa học đã đủ 4 học viên (sức chứa).', { exact: false }).waitFor();
  assert.equal(await people.locator('tbody tr').count(), 4, 'nothing saved over capacity');
  await screenshot(page, 'training-participants-full');

  // Attendance: everyone both days.
  const grid = page.getByTestId('attendance');
  for (const box of await grid.locator('tbody input[type="checkbox"]').all()) await box.check();
  for (const d of [day(-1), day(0)]) {
    const shown = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
    await grid.getByRole('button', { name: `Lưu điểm danh ngày ${shown}` }).click();
    await grid.getByText(`Đã lưu điểm danh ngày ${shown}: 4/4 có mặt.`).waitFor();
  }
  await screenshot(page, 'training-attendance');

  // The pre-test: every question, opened.
  const createTest = async (kind) => {
    const tests = page.getByTestId('course-tests');
    await tests.getByRole('button', { name: 'Tạo bài kiểm tra' }).click();
    const tf = page.getByTestId('test-form');
    await tf.getByLabel('Loại').selectOption(kind);
    await tf.getByRole('button', { name: 'Chọn tất cả' }).click();
    await tf.getByLabel('Thời gian làm bài (phút)').fill('20');
    // The deadline three hours from now, typed in Vietnam time.
    await tf.getByLabel('Hạn chót').fill(new Date(Date.now() + (7 + 3) * 3600_000).toISOString().slice(0, 16));
    await tf.getByRole('button', { name: 'Tạo bài kiểm tra' }).click();
    const row = tests.locator(`tr[data-test="${kind}"]`);
    await row.getByRole('button', { name: 'Mở bài' }).click();
    await row.getByText('Đang mở').waitFor();
  };
  await createTest('pre');
  await screenshot(page, 'training-tests');
  await logOut(page);

  const pre = await takeTest(page, { logIn, password, screenshot, noHorizontalScroll, right: [0], label: 'pre', code });

  // Paper results for the two others; a first file names an unknown officer.
  const paper = async (kind, rows) => {
    await logInAs(page, logIn, password, TRAINER_HQ);
    await page.goto(courseUrl);
    const tests = page.getByTestId('course-tests');
    await tests.locator(`tr[data-test="${kind}"]`).getByRole('link', { name: 'Kết quả' }).click();
    await page.getByTestId('results').waitFor();
    const pf = page.getByTestId('paper-form');
    await pf.getByLabel('Nội dung CSV').fill('service_number,score\nBP-LS-0102,50\nBP-LS-9999,70\n');
    await pf.getByRole('button', { name: 'Tải lên kết quả' }).click();
    const errors = page.getByTestId('paper-errors');
    await errors.waitFor();
    assert.match(await errors.innerText(), /BP-LS-9999|9999/);
    assert.match(await errors.locator('tbody tr').first().locator('td').first().innerText(), /^\d+$/, 'the row is named');
    await screenshot(page, `training-paper-refused-${kind}`);
    await pf.getByLabel('Nội dung CSV').fill(`service_number,score\n${rows.map((r) => r.join(',')).join('\n')}\n`);
    await pf.getByRole('button', { name: 'Tải lên kết quả' }).click();
    await pf.getByText(`Đã lưu kết quả của ${rows.length} học viên.`).waitFor();
    const results = page.getByTestId('results');
    await results.locator('tr[data-officer="BP-LS-0102"]').getByText(String(rows[0][1])).waitFor();
    await screenshot(page, `training-results-${kind}`);
  };
  await paper('pre', [['BP-LS-0102', 40], ['BP-LS-0103', 30]]);
  assert.equal(pre, 33.3);

  await page.goto(courseUrl);
  await createTest('post');
  await logOut(page);
  const post = await takeTest(page, { logIn, password, screenshot, noHorizontalScroll, right: [0, 1, 2], label: 'post', code });
  assert.equal(post, 100);
  await paper('post', [['BP-LS-0102', 80], ['BP-LS-0103', 45]]);

  // Item analysis is shown for the online attempts.
  await page.getByTestId('item-analysis').waitFor();

  // Complete: two pass, Lò Văn Pá is below the pass mark.
  await page.goto(courseUrl);
  const gain = page.getByTestId('gain');
  // Means of the paired scores: pre (33.3 + 40 + 30) / 3, post (100 + 80 + 45) / 3;
  // normalized gain of the means (75 − 34.4) / (100 − 34.4).
  const fact = (label) => gain.locator('.field-row', { has: page.locator('dt', { hasText: label }) }).locator('dd');
  assert.equal(await fact('Điểm TB đầu khóa').innerText(), '34,4');
  assert.equal(await fact('Điểm TB cuối khóa').innerText(), '75');
  assert.equal(await fact('Tiến bộ chuẩn hóa').innerText(), '61,9%');
  const completion = page.getByTestId('completion');
  await completion.getByRole('button', { name: 'Kết thúc khóa học' }).click();
  await completion.getByRole('button', { name: 'Kết thúc và cấp chứng chỉ' }).click();
  const outcomes = completion.getByTestId('outcomes');
  await outcomes.waitFor();
  const lsRow = outcomes.locator('tr', { hasText: lsName });
  await lsRow.getByText('Hoàn thành', { exact: true }).waitFor();
  const certificate = (await lsRow.getByTestId('certificate-code').innerText()).trim();
  assert.match(certificate, /^FL-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const paRow = outcomes.locator('tr', { hasText: 'Lò Văn Pá' });
  await paRow.getByText('Không hoàn thành').waitFor();
  await paRow.getByText('Điểm cuối khóa dưới điểm đạt').waitFor();
  // The investigator sat neither test.
  await outcomes.locator('tr', { hasText: INVESTIGATOR_LS.name }).getByText('Chưa làm bài cuối khóa').waitFor();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await screenshot(page, 'training-completed');

  // An assessment from a group.
  const assess = page.getByTestId('assessments');
  await assess.getByRole('button', { name: 'Nhập phiếu đánh giá' }).click();
  const af = page.getByTestId('assessment-form');
  await af.getByLabel('Một nhóm').check();
  await af.getByLabel('Tên nhóm').fill('Tổ 1 — Đồn Hữu Nghị');
  await af.getByLabel('Số người trong nhóm').fill('3');
  await af.locator('[data-section="trends"]').getByLabel('Cơ sở lừa đảo trực tuyến').check();
  await af.locator('[data-section="trends"]').getByLabel('Ý kiến cụ thể').fill('Nhiều thanh niên bị dụ sang Campuchia làm việc cho các cơ sở lừa đảo.');
  await af.locator('[data-section="challenges_investigation"]').getByLabel('Hợp tác qua biên giới').check();
  await af.locator('[data-section="recommendations"]').getByLabel('Tăng cường tập huấn').check();
  await af.getByRole('button', { name: 'Lưu phiếu' }).click();
  await af.getByText('Đã lưu phiếu đánh giá.').waitFor();
  await assess.getByText('Nhóm Tổ 1 — Đồn Hữu Nghị (3 người)').waitFor();
  await screenshot(page, 'training-course');
  await tabReachesEveryControl(page, 'training course page');

  // Reports: the course's gain and the charts.
  await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Báo cáo đào tạo' }).waitFor();
  const courses = page.getByTestId('report-courses');
  await courses.getByRole('cell', { name: code }).waitFor();
  const gainBar = page.getByTestId('chart-gain').locator(`g.bar-row[data-label="${code}"] rect.bar`);
  assert.ok(Number(await gainBar.getAttribute('width')) > 0, 'the course has a gain bar');
  assert.ok((await page.getByTestId('chart-province').locator('rect.bar').count()) > 0, 'trained by province is drawn');
  assert.equal(await page.getByTestId('xlsx').getAttribute('href'), '/api/v1/training/reports.xlsx');
  const xlsx = await page.request.get(`${base}/api/v1/training/reports.xlsx`);
  assert.equal(xlsx.status(), 200);
  assert.match(xlsx.headers()['content-type'], /spreadsheetml/);
  // The group's themes in Lạng Sơn's summary.
  const ls = page.getByTestId('report-assessments').locator('details[data-province="LS"]');
  if ((await ls.getAttribute('open')) === null) await ls.locator('summary').click();
  await ls.locator('[data-section="trends"] g.bar-row[data-label="Cơ sở lừa đảo trực tuyến"]').waitFor();
  await ls.locator('[data-section="recommendations"] g.bar-row[data-label="Tăng cường tập huấn"]').waitFor();
  await screenshot(page, 'training-reports');
  await noHorizontalScroll(page);
  await logOut(page);

  // The certificate, checked without signing in.
  await page.goto(`${base}/verify/${certificate}`);
  const verified = page.getByTestId('verify-result');
  await verified.getByRole('heading', { name: 'Chứng chỉ hợp lệ' }).waitFor();
  await verified.getByText(lsName).waitFor();
  await verified.getByText(code).waitFor();
  await screenshot(page, 'training-verify');
  await page.getByLabel('Mã xác minh').fill('FL-0000-0000');
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await page.getByTestId('verify-unknown').getByText('Không có chứng chỉ nào mang mã FL-0000-0000.').waitFor();

  // A late submission: a second course whose test closes in 25 s; the
  // browser is offline when the time runs out, so the answers go late.
  const c2 = await api(base, 'POST', '/api/v1/training/courses', {
    token: trainer,
    body: {
      code: `${code}-2`,
      title_vi: 'Khóa kiểm tra nộp muộn',
      title_en: 'Late submission course',
      province_code: 'LS',
      venue: 'Hữu Nghị',
      start_date: day(0),
      end_date: day(0),
      capacity: 5,
      trainers: [{ name: TRAINER_HQ.name }],
      modules: (await api(base, 'GET', `/api/v1/training/courses/${courseId}`, { token: trainer })).json.modules.map((m) =>
        typeof m === 'object' ? (m.module_version_id ?? m.id) : m,
      ),
    },
  });
  assert.equal(c2.status, 201, JSON.stringify(c2.json));
  const officerRecord = (await api(base, 'GET', '/api/v1/me/training', { token: officerToken })).json.officer;
  const e2 = await api(base, 'POST', `/api/v1/training/courses/${c2.json.id}/participants`, { token: trainer, body: { officer_id: officerRecord.id } });
  assert.equal(e2.status, 201, JSON.stringify(e2.json));
  const bank = (await api(base, 'GET', `/api/v1/training/questions?module_id=${moduleId}`, { token: trainer })).json.items;
  const closes = new Date(Date.now() + 25_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const t2 = await api(base, 'POST', `/api/v1/training/courses/${c2.json.id}/tests`, {
    token: trainer,
    body: { kind: 'pre', title: 'Bài kiểm tra nộp muộn', question_ids: bank.map((q) => q.id), opens_at: new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z'), closes_at: closes, duration_minutes: 5 },
  });
  assert.equal(t2.status, 201, JSON.stringify(t2.json));
  const opened = await api(base, 'PATCH', `/api/v1/training/tests/${t2.json.id}`, { token: trainer, body: { status: 'open', expected_version: t2.json.version } });
  assert.equal(opened.status, 200, JSON.stringify(opened.json));
  await page.goto(`${base}/`);
  await logIn(page, OFFICER_LS.username, password);
  await page.getByTestId('who').waitFor();
  await page.goto(`${base}/training/tests/${t2.json.id}/take`);
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  await page.getByTestId('countdown').waitFor();
  await page.locator('fieldset.question').first().locator('input[value="A"]').check();
  await page.context().setOffline(true);
  await page.waitForTimeout(Math.max(0, Date.parse(closes) - Date.now()) + 32_000); // the deadline and the server's 30 s of grace
  await page.context().setOffline(false);
  await page.getByRole('button', { name: 'Nộp bài' }).click();
  const late = page.getByTestId('late-error');
  await late.getByText(/Bài nộp sau hạn chót .* nên không được chấp nhận\. Không có gì được lưu/).waitFor();
  await screenshot(page, 'training-late');
  const mine = (await api(base, 'GET', '/api/v1/me/training', { token: officerToken })).json.tests.find((x) => (x.test ?? x).id === t2.json.id);
  assert.notEqual(mine?.state, 'submitted', 'nothing was saved');
  await logOut(page);

  // The trainer reopens the expired attempt: it is kept as void and the
  // officer may start again.
  await logInAs(page, logIn, password, TRAINER_HQ);
  await page.goto(`${base}/training/tests/${t2.json.id}`);
  const row = page.getByTestId('results').locator('tr', { hasText: lsName });
  await row.getByText('Quá hạn, chưa nộp').waitFor();
  await row.getByRole('button', { name: 'Cho làm lại' }).click();
  await page.getByText(`${lsName} được làm lại bài; bài cũ được giữ ở trạng thái hủy.`).waitFor();
  await row.getByText('Chưa làm').waitFor();
  await screenshot(page, 'training-reopened');
  const again = (await api(base, 'GET', '/api/v1/me/training', { token: officerToken })).json.tests.find((x) => (x.test ?? x).id === t2.json.id);
  assert.equal(again?.state, 'not_started');
  await logOut(page);
  for (const token of [trainer, officerToken]) await api(base, 'DELETE', '/api/v1/session', { token });
}
