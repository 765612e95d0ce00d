import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/use-api';
import { openBreach, openRequest } from '../dashboard/open-case';

/** The requests and breaches that name this activity or processor, each opening its case. */
export function LinkedCases({ kind, id }: { kind: 'activity' | 'processor'; id: string }) {
  const { t } = useTranslation();
  const linked = useApi('registers.linkedCases', { kind, id });
  const cases = linked.data ?? (linked.error ? [] : null);
  if (cases === null) return null;
  return (
    <section className="ropa-linked" aria-labelledby={`linked-${id}`}>
      <h3 id={`linked-${id}`} className="ropa-subtitle">
        {t('ropa.linked.title')}
      </h3>
      {cases.length === 0 ? (
        <p className="ropa-empty">{t('ropa.linked.none')}</p>
      ) : (
        <ul className="ropa-linked-list">
          {cases.map((c) => (
            <li key={`${c.caseType}-${c.caseId}`}>
              <button type="button" className="link-button" onClick={() => (c.caseType === 'breach' ? openBreach(c.caseId) : openRequest(c.caseId))}>
                {t(`ropa.linked.${c.caseType}`, { reference: c.reference })}
              </button>{' '}
              <span className="ropa-linked-title">{c.title}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
