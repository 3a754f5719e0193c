// A case's evidence with download links (GET /api/v1/evidence/{id}/content;
// the cookie session authorises it and every download is audited).
import { useI18n } from '../i18n/index.js';

export function EvidenceTable({ items }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (items.length === 0) return <p class="empty">{t('case.evidence_empty')}</p>;
  return (
    <div class="table-wrap">
      <table class="responsive evidence">
        <thead>
          <tr>
            <th scope="col">{t('evidence.col.title')}</th>
            <th scope="col">{t('evidence.col.kind')}</th>
            <th scope="col">{t('evidence.col.file')}</th>
            <th scope="col">{t('evidence.col.size')}</th>
            <th scope="col">{t('evidence.col.collected')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td data-label={t('evidence.col.title')}>
                {e.title}
                {e.description && <span class="muted block">{e.description}</span>}
              </td>
              <td data-label={t('evidence.col.kind')}>{t(`evidencekind.${e.kind}`)}</td>
              <td data-label={t('evidence.col.file')}>
                <a href={e.download} download={e.file_name} aria-label={t('evidence.download_label', { file: e.file_name })}>
                  {e.file_name}
                </a>
              </td>
              <td data-label={t('evidence.col.size')} class="nowrap">
                {i18n.bytes(e.size_bytes)}
              </td>
              <td data-label={t('evidence.col.collected')}>{i18n.date(e.collected_on)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
