/**
 * The regimes (codes of `electron/shared/regimes.ts`) some request letter is written for:
 * those the templates' `appliesTo` name (a test keeps the two alike). A request under any
 * other regime the register accepts is answered outside the app, and the CLI and the case
 * page say so (review 7, G2).
 */
const LETTER_REGIMES: readonly string[] = ['gdpr', 'uk-gdpr', 'ccpa', 'lgpd', 'pipeda', 'ch-fadp'];

/** True when DPO Desk writes letters for requests under `regime`. */
export function hasLetters(regime: string): boolean {
  return LETTER_REGIMES.includes(regime);
}
