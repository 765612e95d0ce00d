import type { LetterLanguage } from '../../../shared/document-contract';
import { fillPlaceholders } from '../letters/placeholders';
import type { BreachLabels, BreachPhrase } from './breach-labels-schema';
import { bareReference } from './bare-reference';
import { joinItems } from './join-items';

/** The breach labels in one language, with their phrases filled from named values. */
export interface BreachWords {
  language: LetterLanguage;
  labels: BreachLabels;
  /** A phrase of labels.json with its `{{a.b}}` slots filled; `notice.reference` follows the phrase's own label, so it goes without the one it was recorded with. */
  phrase(key: BreachPhrase, values?: Record<string, string>): string;
  /** Items joined as the language does: "a, b and c", "a, b e c"; "…, nonché c" when an item holds "e" itself (see `joinItems`). */
  list(items: readonly string[]): string;
  /** A number with two decimals in the language's notation (3.25, 3,25). */
  score(value: number): string;
}

/** Words for breach notices in one language. */
export function breachWords(labels: BreachLabels, language: LetterLanguage): BreachWords {
  const locale = language === 'it' ? 'it-IT' : 'en-GB';
  return {
    language,
    labels,
    phrase: (key, values = {}) => fillPlaceholders(labels.phrases[key][language], (slot) => (slot === 'notice.reference' && values[slot] ? bareReference(values[slot]) : (values[slot] ?? ''))),
    list: (items) => joinItems(items, language),
    score: (value) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value),
  };
}

/** The first letter in capitals ("preliminary notification…" at the start of a line). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
