import { useTranslation } from 'react-i18next';
import type { BreachRegisterFacts } from '../../../../../electron/shared/registers';
import { registerHasFacts } from './register-prefill';

interface RegisterFactsNoteProps {
  facts: BreachRegisterFacts;
  /** Adds the register's categories and number of people to the form; absent when the form already holds them. */
  onUse: (() => void) | null;
  disabled: boolean;
}

/**
 * What the register says about this breach, from the activities and processors it names:
 * the data categories and number of people a triage starts from, a warning where special
 * categories are processed, and who must notify whom by when under the contracts (Art. 33(2)).
 */
export function RegisterFactsNote({ facts, onUse, disabled }: RegisterFactsNoteProps) {
  const { t } = useTranslation();
  const hasFacts = registerHasFacts(facts);
  if (!hasFacts && facts.duties.length === 0) return null;
  const categories = facts.dataCategories.map((c) => t(`breaches.facts.categories.${c}`, { defaultValue: c })).join(', ');
  return (
    <div className="register-facts-note" data-testid="register-facts">
      <p className="register-facts-title">{t('ropa.breachFacts.title')}</p>
      {hasFacts ? (
        <p>
          {facts.dataCategories.length > 0 ? t('ropa.breachFacts.categories', { categories }) : null}{' '}
          {facts.subjects !== null ? t('ropa.breachFacts.subjects', { count: facts.subjects, formatted: facts.subjects.toLocaleString() }) : null}
        </p>
      ) : null}
      {facts.specialCategories ? <p className="warning-note">{t('ropa.breachFacts.special')}</p> : null}
      {facts.duties.length > 0 ? (
        <ul className="register-facts-duties">
          {facts.duties.map((d) => (
            <li key={`${d.notifies}-${d.party}`}>
              {d.notifies === 'us'
                ? d.hours === null
                  ? t('ropa.breachFacts.processorNoHours', { party: d.party })
                  : t('ropa.breachFacts.processorHours', { party: d.party, count: d.hours })
                : t('ropa.breachFacts.controller', { party: d.party })}
            </li>
          ))}
        </ul>
      ) : null}
      {onUse ? (
        <button type="button" className="button" onClick={onUse} disabled={disabled}>
          {t('ropa.breachFacts.use')}
        </button>
      ) : null}
    </div>
  );
}
