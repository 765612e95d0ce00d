import { FIELD_CATALOGUE } from './field-catalogue';

/**
 * How a letter turns its words to the form of address its reader is due (Italian to a company:
 * the plural of courtesy, "Vi", "Vostra"; `LetterCase.address`). A placeholder of a name in the
 * text it is given stands for someone named in the third person.
 */
export type LetterAddress = (text: string) => string;

/**
 * A field whose words are the DPO's own once the letter is prepared: the organisation's settings
 * and what is typed into the letter's form. The form of address never rewrites them (a reason
 * typed as "il cliente ha chiesto" stays as typed); the form's defaults, which the product writes,
 * are turned before the DPO sees them (`addressedDefaults`).
 */
export function keepsOwnWords(key: string): boolean {
  const entry = FIELD_CATALOGUE[key];
  return entry !== undefined && (entry.source === 'settings' || (entry.source === 'input' && entry.type !== 'choice'));
}

/** The defaults of a letter's typed inputs in the letter's form of address, so the form offers them as the letter will print them. */
export function addressedDefaults(defaults: Record<string, string | null>, turn: LetterAddress | null): Record<string, string | null> {
  if (turn === null) return defaults;
  return Object.fromEntries(Object.entries(defaults).map(([key, value]) => [key, value !== null && keepsOwnWords(key) ? value.split('\n').map(turn).join('\n') : value]));
}
