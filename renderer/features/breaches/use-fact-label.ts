import { useTranslation } from 'react-i18next';
import { isFactName } from './fact-names';

/** A triage fact's name in the UI language ("subjects" → "Approximate number of people"); unknown names as they are. */
export function useFactLabel(): (name: string) => string {
  const { t } = useTranslation();
  return (name) => (isFactName(name) ? t(`breaches.facts.names.${name}`) : name);
}
