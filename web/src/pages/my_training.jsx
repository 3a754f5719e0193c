// The signed-in officer's own training (/my-training; GET /api/v1/me/training):
// their courses with status, attendance, scores and certificate, and the
// tests open to them — "Làm bài" starts or resumes one, a submitted one shows
// its score. Everyone signed in may open it; a user without an officer
// record is told so.
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { formatScore, mayTake } from '../training_util.js';
import { ErrorNotice } from './error_notice.jsx';
import { FieldList } from './field_list.jsx';
import { TableHead } from './table_head.jsx';
import { useTitle } from './title.js';
import { TrBadge, courseTitle, useLoad } from './training_bits.jsx';

export function MyTraining({ api, me }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('tr.my.title'));
  const data = useLoad(() => api.get('/api/v1/me/training'), []);
  const d = data.data;
  const courses = d?.courses ?? [];
  const tests = d?.tests ?? [];
  const certs = courses.filter((c) => c.certificate && !c.certificate.revoked_at);
  const num = (x) => formatScore(x, i18n.number);
  const cCols = ['tr.course.code', 'tr.course.title', 'tr.course.dates', 'tr.part.status', 'tr.part.attendance', 'tr.part.pre', 'tr.part.post', 'tr.part.certificate'].map((k) => t(k));
  const tCols = ['tr.course.code', 'tr.test.title_field', 'tr.test.closes_at', 'tr.results.state', 'tr.results.score'].map((k) => t(k));
  const noOfficer = data.error && data.error.status === 404;
  return (
    <section aria-labelledby="my-title">
      <h1 id="my-title">{t('tr.my.title')}</h1>
      {noOfficer && <p class="empty">{t('tr.my.no_officer')}</p>}
      {data.error && !noOfficer && <ErrorNotice error={data.error} />}
      {!d && !data.error && <p class="loading" role="status">{t('app.loading')}</p>}
      {d && !d.officer && <p class="empty">{t('tr.my.no_officer')}</p>}
      {d?.officer && (
        <section class="panel" aria-labelledby="my-officer">
          <h2 id="my-officer">{t('tr.my.officer')}</h2>
          <FieldList
            rows={[
              ['tr.officer.full_name', d.officer.full_name],
              ['tr.officer.service_number', d.officer.service_number],
              ['tr.officer.rank', d.officer.rank ? t(`rank.${d.officer.rank}`) : '—'],
            ]}
          />
        </section>
      )}
      {d && (
        <section class="panel" aria-labelledby="my-tests" data-testid="my-tests">
          <h2 id="my-tests">{t('tr.my.tests')}</h2>
          {tests.length === 0 && <p class="empty">{t('tr.my.no_tests')}</p>}
          {tests.length > 0 && (
            <div class="table-wrap">
              <table class="responsive">
                <TableHead labels={tCols} actions={t('tr.actions')} />
                <tbody>
                  {tests.map((e) => {
                    const x = e.test ?? e;
                    return (
                      <tr key={x.id} data-test-id={x.id}>
                        <td data-label={tCols[0]}>{e.course_code ?? x.course_code ?? ''}</td>
                        <td data-label={tCols[1]}>{x.title}</td>
                        <td data-label={tCols[2]}>{i18n.shortDateTime(x.closes_at)}</td>
                        <td data-label={tCols[3]}>{e.state ? <TrBadge prefix="attempt" value={e.state} /> : <span class="muted">{t('tr.my.not_started')}</span>}</td>
                        <td data-label={tCols[4]}>{num(e.state === 'submitted' ? e.score : null)}</td>
                        <td>
                          {mayTake(e) && (
                            <Link class="btn small primary" href={`/training/tests/${x.id}/take`}>
                              {e.state === 'in_progress' ? t('tr.my.resume') : t('tr.my.take')}
                            </Link>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      {d && (
        <section class="panel" aria-labelledby="my-courses" data-testid="my-courses">
          <h2 id="my-courses">{t('tr.my.courses')}</h2>
          {courses.length === 0 && <p class="empty">{t('tr.my.no_courses')}</p>}
          {courses.length > 0 && (
            <div class="table-wrap">
              <table class="responsive">
                <TableHead labels={cCols} />
                <tbody>
                  {courses.map((e) => {
                    const c = e.course ?? e;
                    const att = e.attendance;
                    const code = e.certificate?.code ?? e.certificate;
                    return (
                      <tr key={c.id}>
                        <td data-label={cCols[0]}>{c.code}</td>
                        <td data-label={cCols[1]}>{courseTitle(i18n, c)}</td>
                        <td data-label={cCols[2]}>
                          {i18n.date(c.start_date)} – {i18n.date(c.end_date)}
                        </td>
                        <td data-label={cCols[3]}>
                          <TrBadge prefix="tpstatus" value={e.status} />
                        </td>
                        <td data-label={cCols[4]}>
                          {att == null ? '—' : typeof att === 'object' ? (att.pct != null ? `${att.pct}%` : `${att.present ?? 0}/${att.course_days ?? '?'}`) : `${att}%`}
                        </td>
                        <td data-label={cCols[5]}>{num(e.scores?.pre)}</td>
                        <td data-label={cCols[6]}>{num(e.scores?.post)}</td>
                        <td data-label={cCols[7]}>{typeof code === 'string' ? <Link href={`/verify/${encodeURIComponent(code)}`}>{code}</Link> : '—'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      {certs.length > 0 && (
        <section class="panel" aria-labelledby="my-certs" data-testid="my-certificates">
          <h2 id="my-certs">{t('tr.my.certificates')}</h2>
          <ul class="plain-list">
            {certs.map((e) => {
              const code = e.certificate?.code ?? e.certificate;
              const c = e.course ?? e;
              return (
                <li key={code}>
                  <strong>{courseTitle(i18n, c)}</strong> · <code>{code}</code> ·{' '}
                  <a href={`/api/v1/certificates/${encodeURIComponent(code)}/pdf`} target="_blank" rel="noopener">
                    {t('tr.cert.pdf')}
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </section>
  );
}
