import { useTranslation } from 'react-i18next';
import { openSettingsTab } from '../dashboard/open-case';
import type { MissingField } from './document-types';

/** Whether a label already says where it is set, as the catalogue's "DPO name (Settings → Organisation)" does; "Enclosures (the copy of the data)" does not. */
const saysWhere = (label: string): boolean => /\([^()]*→[^()]*\)\s*$/.test(label);

/** What the letter still needs, each named with where to set it; nothing is printed blank. */
export function MissingFields({ missing }: { missing: MissingField[] }) {
  const { t } = useTranslation();
  if (missing.length === 0) {
    return <p className="letter-ready">{t('documents.missing.none')}</p>;
  }
  const firstSetting = missing.find((field) => field.source === 'settings');
  return (
    <div className="letter-missing" role="group" aria-labelledby="letter-missing-title">
      <p id="letter-missing-title" className="letter-subtitle">
        {t('documents.missing.title')}
      </p>
      <ul className="letter-missing-list">
        {missing.map((field) => (
          <li key={field.key}>
            <span className="letter-missing-name">{field.label}</span>
            {saysWhere(field.label) ? null : <span className="letter-missing-where"> — {t(`documents.missing.where.${field.source}`)}</span>}
          </li>
        ))}
      </ul>
      {firstSetting ? (
        <button type="button" className="button" onClick={() => openSettingsTab('organisation', firstSetting.key)}>
          {t('documents.missing.openSettings')}
        </button>
      ) : null}
    </div>
  );
}
