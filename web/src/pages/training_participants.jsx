// A course's participants (GET …/courses/{id}/participants): each officer
// with unit, rank, status, attendance, pre/post scores, gain and certificate;
// trainers enrol (training_enrol.jsx), withdraw and enrol again.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { TRAINING_MANAGE_ROLES } from '../training_vocab.js';
import { attendancePct, courseDays, formatScore } from '../training_util.js';
import { mayDo } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { TableHead } from './table_head.jsx';
import { TrBadge, unitName } from './training_bits.jsx';
import { EnrolError, EnrolForm } from './training_enrol.jsx';

// The officer record of a participant row and its id.
export const officerOf = (p) => p.officer ?? p;
export const officerIdOf = (p) => p.officer_id ?? p.officer?.id ?? p.id;
export const officerUnit = (o) => o.unit_code ?? o.unit?.code ?? o.unit_id;

export function Participants({ api, me, reference, course, state, onChanged }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [rowError, setRowError] = useState(null);
  const [busyId, setBusyId] = useState(null);
  const mayManage = mayDo(me.roles, TRAINING_MANAGE_ROLES) && course.status !== 'completed' && course.status !== 'cancelled';
  const items = state.data?.items ?? [];
  const active = items.filter((p) => p.status !== 'withdrawn').length;
  const days = courseDays(course.start_date, course.end_date).length;
  const setStatus = async (p, status) => {
    setRowError(null);
    setBusyId(officerIdOf(p));
    try {
      await api.patch(`/api/v1/training/courses/${course.id}/participants/${officerIdOf(p)}`, { status });
      onChanged();
    } catch (err) {
      setRowError(err);
    } finally {
      setBusyId(null);
    }
  };
  const cols = [
    'tr.officer.full_name',
    'tr.officer.service_number',
    'tr.officer.unit',
    'tr.officer.rank',
    'tr.officer.sex',
    'tr.part.status',
    'tr.part.attendance',
    'tr.part.pre',
    'tr.part.post',
    'tr.part.gain',
    'tr.part.certificate',
  ].map((k) => t(k));
  return (
    <section class="panel" aria-labelledby="part-title" data-testid="participants">
      <h2 id="part-title">{t('tr.part.title')}</h2>
      <p data-testid="capacity">{t('tr.part.capacity', { enrolled: active, capacity: course.capacity })}</p>
      {state.error && <ErrorNotice error={state.error} />}
      {rowError && <EnrolError error={rowError} capacity={course.capacity} />}
      {state.data && items.length === 0 && <p class="empty">{t('tr.part.none')}</p>}
      {items.length > 0 && (
        <div class="table-wrap">
          <table class="responsive">
            <TableHead labels={cols} actions={mayManage ? t('tr.actions') : undefined} />
            <tbody>
              {items.map((p) => {
                const o = officerOf(p);
                const oid = officerIdOf(p);
                const cert = p.certificate_code ?? p.certificate?.code;
                return (
                  <tr key={oid} data-officer={oid} class={p.status === 'withdrawn' ? 'inactive' : ''}>
                    <td data-label={cols[0]}>{o.full_name}</td>
                    <td data-label={cols[1]}>{o.service_number}</td>
                    <td data-label={cols[2]}>{unitName(i18n, reference, officerUnit(o))}</td>
                    <td data-label={cols[3]}>{o.rank ? t(`rank.${o.rank}`) : '—'}</td>
                    <td data-label={cols[4]}>{o.sex ? t(`osex.${o.sex}`) : '—'}</td>
                    <td data-label={cols[5]}>
                      <TrBadge prefix="tpstatus" value={p.status} />
                    </td>
                    <td data-label={cols[6]}>{days ? `${attendancePct(p.attendance, days)}%` : '—'}</td>
                    <td data-label={cols[7]}>{formatScore(p.pre_score ?? p.scores?.pre, i18n.number)}</td>
                    <td data-label={cols[8]}>{formatScore(p.post_score ?? p.scores?.post, i18n.number)}</td>
                    <td data-label={cols[9]}>{formatScore(p.gain ?? p.scores?.gain, i18n.number)}</td>
                    <td data-label={cols[10]}>
                      {cert ? (
                        <a class="nowrap" href={`/api/v1/certificates/${encodeURIComponent(cert)}/pdf`} target="_blank" rel="noopener">
                          {cert}
                        </a>
                      ) : (
                        '—'
                      )}
                    </td>
                    {mayManage && (
                      <td>
                        {p.status === 'enrolled' && (
                          <button type="button" class="btn small" disabled={busyId === oid} onClick={() => setStatus(p, 'withdrawn')}>
                            {t('tr.part.withdraw')}
                          </button>
                        )}
                        {p.status === 'withdrawn' && (
                          <button type="button" class="btn small" disabled={busyId === oid} onClick={() => setStatus(p, 'enrolled')}>
                            {t('tr.part.reenrol')}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {mayManage && <EnrolForm api={api} reference={reference} course={course} onEnrolled={onChanged} />}
    </section>
  );
}
