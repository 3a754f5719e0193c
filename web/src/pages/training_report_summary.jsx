// The assessments summarized by province and theme on the reports page
// (GET /api/v1/training/assessments/summary): per province, a bar chart of
// the themes named in each section, and the texts written, for reading.
import { useI18n } from '../i18n/index.js';
import { ASSESSMENT_SECTIONS } from '../training_vocab.js';
import { BarChart } from './bar_chart.jsx';
import { ErrorNotice } from './error_notice.jsx';
import { useLoad } from './training_bits.jsx';

// A breakdown as [{key, value}] whether the API sends a list of records
// ({key|code|…, count}) or an object of counts.
export function pairs(x) {
  if (!x) return [];
  if (Array.isArray(x)) {
    return x.map((o) => {
      const unit = typeof o.unit === 'object' && o.unit ? o.unit : null;
      return {
        key: o.key ?? unit?.code ?? o.code ?? o.province_code ?? o.province ?? o.unit_code ?? o.sex ?? o.rank ?? o.theme ?? '',
        value: o.count ?? o.trained ?? o.answers ?? o.officers ?? o.value ?? 0,
        record: unit ?? o,
      };
    });
  }
  return Object.entries(x).map(([key, value]) => ({ key, value: typeof value === 'object' ? (value.count ?? 0) : value }));
}

export function AssessmentSummary({ api, filters, reference }) {
  const i18n = useI18n();
  const { t } = i18n;
  const sum = useLoad(() => api.get('/api/v1/training/assessments/summary', filters), [filters.year, filters.province]);
  const provinces = sum.data?.provinces ?? sum.data?.items ?? [];
  return (
    <section class="panel" aria-labelledby="rep-assess" data-testid="report-assessments">
      <h2 id="rep-assess">{t('tr.rep.assessments')}</h2>
      {sum.error && <ErrorNotice error={sum.error} />}
      {sum.data && provinces.length === 0 && <p class="empty">{t('tr.assess.none')}</p>}
      {provinces.map((p) => {
        const code = p.province_code ?? p.province ?? p.code;
        const sections = p.sections ?? {};
        return (
          <details key={code} class="rep-province" data-province={code} open={provinces.length <= 2}>
            <summary>
              <strong>{i18n.name(reference?.provinces.get(code)) || code}</strong>
              {(p.assessments ?? p.answers) != null && <span class="muted"> · {t('tr.rep.answers', { n: p.assessments ?? p.answers })}</span>}
            </summary>
            <div class="dash-grid">
              {ASSESSMENT_SECTIONS.map((s) => {
                const sec = Array.isArray(sections) ? sections.find((x) => x.section === s) : sections[s];
                const themes = pairs(sec?.themes ?? sec).filter((x) => x.value > 0).sort((a, b) => b.value - a.value);
                const texts = (sec?.texts ?? []).filter((x) => (x.text ?? x).length > 0);
                return (
                  <div key={s} data-section={s}>
                    <BarChart
                      id={`rep-${code}-${s}`}
                      title={t(`asection.${s}`)}
                      items={themes.map((x) => ({ label: t(`theme.${x.key}`), value: x.value }))}
                      format={(v) => i18n.number(v)}
                      emptyText={t('tr.rep.none')}
                    />
                    {texts.length > 0 && (
                      <details class="rep-texts">
                        <summary>{t('tr.rep.texts', { n: texts.length })}</summary>
                        <ul>
                          {texts.map((x, n) => (
                            <li key={n} class="summary">
                              {x.text ?? x}
                              {x.course_code && <span class="muted"> — {x.course_code}</span>}
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </div>
                );
              })}
            </div>
          </details>
        );
      })}
    </section>
  );
}

