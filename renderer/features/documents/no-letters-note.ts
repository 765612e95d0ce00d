import type { TFunction } from 'i18next';
import { hasLetters } from '../../../electron/shared/pure/letter-regimes';
import type { Regime } from '../../../electron/shared/regimes';

/**
 * What the letters card says on a request under a regime DPO Desk writes no letters for: that
 * none exists, with the regime's proper name, and where to record the reply made outside the
 * app (review 7, G2); null under a regime some letter serves.
 */
export function noLettersNote(regime: Regime, t: TFunction): string | null {
  if (hasLetters(regime)) return null;
  return t('documents.noLettersForRegime', { regime: t(`requests.regimes.${regime}`) });
}
