// The head of a counts table (what, how many, a bar), shared by the
// overview's case counts and the victim statistics.
import { useI18n } from '../i18n/index.js';

export function CountsHead({ countLabel }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{t('dash.col.what')}</th>
        <th scope="col" class="num">
          {countLabel}
        </th>
        <th scope="col">
          <span class="visually-hidden">{t('dash.col.bar')}</span>
        </th>
      </tr>
    </thead>
  );
}
