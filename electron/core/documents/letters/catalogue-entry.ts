import type { LetterField, LetterInputSpec, Localised } from '../../../shared/document-contract';
import type { LeadIn } from './lead-in';

/** A field of the catalogue: its name in both languages, where it is set and, for inputs, its type. */
export interface CatalogueEntry {
  label: Localised;
  source: LetterField['source'];
  type?: LetterInputSpec['type'];
  /** For a `choice` input: its values with their names, in the order offered. */
  options?: { value: string; label: Localised }[];
  /** For a text input the template prints after a lead-in: the lead-in's words, trimmed from what the DPO types. */
  leadIn?: LeadIn;
  /** For a text input a template prints inside its own sentence as a list of things: read and joined as one (`itemsInSentence`). */
  items?: true;
  /**
   * An example of the value, with `{{day}}` where a day goes: named after the label with a day
   * a little after the document's own date, never a fixed date that falls into the past.
   */
  example?: Localised;
}

/** A field the DPO sets in the organisation settings. */
export const settings = (en: string, it: string): CatalogueEntry => ({ label: { en, it }, source: 'settings' });
/** A field read from the case. */
export const fromCase = (en: string, it: string): CatalogueEntry => ({ label: { en, it }, source: 'case' });
/** An editable field of the letter itself. */
export const input = (type: Exclude<LetterInputSpec['type'], 'choice'>, en: string, it: string, leadIn?: LeadIn): CatalogueEntry => ({
  label: { en, it },
  source: 'input',
  type,
  ...(leadIn ? { leadIn } : {}),
});
/** An editable field that takes one of `options` (value → name in each language). */
export const choice = (options: Record<string, Localised>, en: string, it: string): CatalogueEntry => ({
  label: { en, it },
  source: 'input',
  type: 'choice',
  options: Object.entries(options).map(([value, label]) => ({ value, label })),
});
