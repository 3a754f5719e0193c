// The live verdict beside a screening interview: the engine's assessment
// (POST /api/v1/indicators/assess, or a saved screening's `assessment`)
// overall and per dimension, with the indicators that made a dimension
// positive and the unknowns that could still change the verdict. Advice for
// the officer, who decides (the identification decision is a separate act).
import { useI18n } from '../i18n/index.js';

// The indicator texts for `ids` in the interface language.
function texts(byId, ids, lang) {
  return ids.map((id) => {
    const ind = byId.get(id);
    return { id, text: ind ? (lang === 'en' ? ind.text_en : ind.text_vi) : id };
  });
}

export function ScreeningVerdict({ set, assessment, error, pending }) {
  const { t, lang } = useI18n();
  const byId = new Map(set.indicators.map((i) => [i.id, i]));
  return (
    <aside class="verdict-panel panel" aria-labelledby="verdict-title" data-testid="live-verdict">
      <h2 id="verdict-title">{t('screening.verdict')}</h2>
      <p class="verdict-overall" role="status" aria-live="polite">
        {assessment ? (
          <span class={`badge verdict-${assessment.overall}`} data-testid="verdict-overall">
            {t(`verdict.${assessment.overall}`)}
          </span>
        ) : (
          <span class="muted">{t('app.loading')}</span>
        )}
        {pending && <span class="muted"> {t('screening.updating')}</span>}
      </p>
      {error && (
        <p class="error" role="alert">
          {t('screening.assess_failed')}
        </p>
      )}
      {assessment && (
        <>
          <ul class="plain-list verdict-dims">
            {assessment.dimensions.map((d) => (
              <li key={d.dimension} data-testid={`verdict-${d.dimension}`}>
                <span class="dim-name">{t(`dimension.${d.dimension}`)}</span>{' '}
                <span class={`badge dim-${d.verdict}`}>{t(`dimverdict.${d.verdict}`)}</span>
                {d.reasons.length > 0 && (
                  <ul class="reasons">
                    {texts(byId, d.reasons, lang).map((r) => (
                      <li key={r.id}>{r.text}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          {assessment.decisive_unknowns.length > 0 && (
            <details class="unknowns">
              <summary>{t('screening.decisive_unknowns', { count: assessment.decisive_unknowns.length })}</summary>
              <ul class="reasons">
                {texts(byId, assessment.decisive_unknowns.filter((id) => id !== 'act_of_recruitment'), lang).map((r) => (
                  <li key={r.id}>{r.text}</li>
                ))}
                {assessment.decisive_unknowns.includes('act_of_recruitment') && <li>{t('screening.act')}</li>}
              </ul>
            </details>
          )}
          <p class="muted explanation">{lang === 'en' ? assessment.explanation_en : assessment.explanation_vi}</p>
        </>
      )}
    </aside>
  );
}
