// A course's knowledge gain (GET …/courses/{id}/gain): mean pre- and
// post-test scores, the mean gain and the normalized gain of the means
// ((post − pre) / (100 − pre)), per module the same, and per participant.
import { useI18n } from '../i18n/index.js';
import { formatScore, formatShare } from '../training_util.js';
import { ErrorNotice } from './error_notice.jsx';
import { FieldList } from './field_list.jsx';
import { TableHead } from './table_head.jsx';
import { useLoad, viEn } from './training_bits.jsx';

const courseOf = (g) => g.course ?? g.summary ?? g;

export function GainPanel({ api, course }) {
  const i18n = useI18n();
  const { t } = i18n;
  const gain = useLoad(() => api.get(`/api/v1/training/courses/${course.id}/gain`), [course.id]);
  const g = gain.data;
  const s = g ? courseOf(g) : null;
  const num = (x) => formatScore(x, i18n.number);
  const share = (x) => formatShare(x, i18n.number);
  const modCols = ['tr.gain.module', 'tr.gain.mean_pre', 'tr.gain.mean_post', 'tr.gain.mean_gain', 'tr.gain.normalized'].map((k) => t(k));
  const partCols = ['tr.officer.full_name', 'tr.part.pre', 'tr.part.post', 'tr.part.gain', 'tr.gain.normalized'].map((k) => t(k));
  const modules = g?.modules ?? [];
  const people = g?.participants ?? [];
  return (
    <section class="panel" aria-labelledby="gain-title" data-testid="gain">
      <h2 id="gain-title">{t('tr.gain.title')}</h2>
      {gain.error && <ErrorNotice error={gain.error} />}
      {s && (
        <FieldList
          rows={[
            ['tr.gain.mean_pre', num(s.mean_pre)],
            ['tr.gain.mean_post', num(s.mean_post)],
            ['tr.gain.mean_gain', num(s.mean_gain)],
            ['tr.gain.normalized', share(s.normalized_gain)],
          ]}
        />
      )}
      {modules.length > 0 && (
        <div class="table-wrap">
          <table class="responsive" data-testid="gain-modules">
            <caption>{t('tr.gain.by_module')}</caption>
            <TableHead labels={modCols} />
            <tbody>
              {modules.map((m, n) => {
                const mod = m.module ?? m;
                return (
                  <tr key={mod.id ?? mod.code ?? n}>
                    <td data-label={modCols[0]}>
                      {mod.code ?? mod.module_code} {viEn(i18n, mod, 'title')}
                    </td>
                    <td data-label={modCols[1]}>{num(m.mean_pre)}</td>
                    <td data-label={modCols[2]}>{num(m.mean_post)}</td>
                    <td data-label={modCols[3]}>{num(m.mean_gain ?? (m.mean_post != null && m.mean_pre != null ? m.mean_post - m.mean_pre : null))}</td>
                    <td data-label={modCols[4]}>{share(m.normalized_gain)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {people.length > 0 && (
        <details class="gain-people">
          <summary>{t('tr.gain.by_participant')}</summary>
          <div class="table-wrap">
            <table class="responsive">
              <TableHead labels={partCols} />
              <tbody>
                {people.map((p, n) => (
                  <tr key={p.officer_id ?? n}>
                    <td data-label={partCols[0]}>{p.full_name ?? p.officer?.full_name ?? p.name}</td>
                    <td data-label={partCols[1]}>{num(p.pre)}</td>
                    <td data-label={partCols[2]}>{num(p.post)}</td>
                    <td data-label={partCols[3]}>{num(p.gain)}</td>
                    <td data-label={partCols[4]}>{share(p.normalized_gain)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}
