// Small pieces shared by the scan alert pages and the dashboard: an
// alert's reasons in words, its status, and where its post came from.
import { useI18n } from '../i18n/index.js';
import { alertSource, reasonKeys } from '../scan_alert_vocab.js';

export function AlertReasons({ alert }) {
  const { t } = useI18n();
  const keys = reasonKeys(alert);
  if (keys.length === 0) return <span class="muted">—</span>;
  return <span data-testid="alert-reasons">{keys.map((r) => t(r.key, r.params)).join('; ')}</span>;
}

export function AlertStatus({ status }) {
  const { t } = useI18n();
  return (
    <span class={`badge alert-status status-${status}`} data-status={status}>
      {t(`salert.status.${status}`)}
    </span>
  );
}

// "posts.jsonl, dòng 2 (fb-2)" as text.
export function AlertSourceText({ alert }) {
  const { t } = useI18n();
  const { source, item, postId } = alertSource(alert);
  const parts = [source || '—'];
  if (item != null) parts.push(t('salert.item', { n: item }));
  return (
    <span class="break">
      {parts.join(', ')}
      {postId && <> ({t('salert.post_id', { id: postId })})</>}
    </span>
  );
}
