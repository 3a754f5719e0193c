// The attendance grid of a course: one row per participant (withdrawn ones
// left out), one column per course day, a box per cell; trainers save a day
// at a time (PUT …/attendance/{day} with the present and absent officers).
// The server's field errors (e.g. present[2]) are shown with the day.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { TRAINING_MANAGE_ROLES } from '../training_vocab.js';
import { attendanceDays } from '../training_util.js';
import { mayDo } from '../vocab.js';
import { ErrorNotice } from './error_notice.jsx';
import { officerIdOf, officerOf } from './training_participants.jsx';

// {officerId: {day: bool}} from the participants' recorded attendance.
function recorded(people) {
  return Object.fromEntries(people.map((p) => [officerIdOf(p), attendanceDays(p.attendance)]));
}

export function Attendance({ api, me, course, days, people, onSaved }) {
  const i18n = useI18n();
  const { t } = i18n;
  const rows = people.filter((p) => p.status !== 'withdrawn');
  const [marks, setMarks] = useState(() => recorded(rows));
  const [busyDay, setBusyDay] = useState(null);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState('');
  const mayManage = mayDo(me.roles, TRAINING_MANAGE_ROLES) && course.status !== 'completed' && course.status !== 'cancelled';
  const isMarked = (oid, day) => marks[oid]?.[day];
  const set = (oid, day, on) => setMarks((old) => ({ ...old, [oid]: { ...(old[oid] ?? {}), [day]: on } }));
  const saveDay = async (day) => {
    setBusyDay(day);
    setError(null);
    setSaved('');
    const present = [];
    const absent = [];
    for (const p of rows) (isMarked(officerIdOf(p), day) ? present : absent).push(officerIdOf(p));
    try {
      await api.put(`/api/v1/training/courses/${course.id}/attendance/${day}`, { present, absent });
      setSaved(t('tr.att.saved', { day: i18n.date(day), present: present.length, total: rows.length }));
      onSaved?.();
    } catch (err) {
      setError({ err, day });
    } finally {
      setBusyDay(null);
    }
  };
  return (
    <section class="panel" aria-labelledby="att-title" data-testid="attendance">
      <h2 id="att-title">{t('tr.att.title')}</h2>
      <p class="muted">{t('tr.att.intro', { pct: course.min_attendance_pct })}</p>
      {error && (
        <>
          <p class="error">{t('tr.att.failed', { day: i18n.date(error.day) })}</p>
          <ErrorNotice error={error.err} />
        </>
      )}
      <div class="table-wrap">
        <table class="attendance-grid">
          <thead>
            <tr>
              <th scope="col">{t('tr.officer.full_name')}</th>
              {days.map((d) => (
                <th scope="col" key={d} class="day">
                  <time dateTime={d}>{i18n.date(d)}</time>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => {
              const oid = officerIdOf(p);
              const name = officerOf(p).full_name;
              return (
                <tr key={oid}>
                  <th scope="row">{name}</th>
                  {days.map((d) => (
                    <td key={d} class="day">
                      <input
                        type="checkbox"
                        aria-label={t('tr.att.cell', { name, day: i18n.date(d) })}
                        checked={!!isMarked(oid, d)}
                        disabled={!mayManage}
                        onChange={(e) => set(oid, d, e.currentTarget.checked)}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
          {mayManage && (
            <tfoot>
              <tr>
                <th scope="row">{t('tr.att.save_day')}</th>
                {days.map((d) => (
                  <td key={d} class="day">
                    <button
                      type="button"
                      class="btn small"
                      disabled={busyDay !== null}
                      aria-label={t('tr.att.save_for', { day: i18n.date(d) })}
                      onClick={() => saveDay(d)}
                    >
                      {t('tr.save')}
                    </button>
                  </td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <p class="notice" role="status" aria-live="polite">
        {saved}
      </p>
    </section>
  );
}
