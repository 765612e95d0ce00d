import type { LetterBlock, LetterBody, LetterLanguage, MissingField } from '../document-contract';
import { conditionHolds } from './conditions';
import { FIELD_CATALOGUE, isFilled, type FieldValues } from './field-catalogue';
import { fillPlaceholders, missingMarker, placeholdersIn } from './placeholders';
import type { LetterTemplate, TemplateBlock } from './template-schema';

/** What composing a template gives: the title, the editable body and every missing field. */
export interface ComposedLetter {
  title: string;
  body: LetterBody;
  missing: MissingField[];
  /** Every field key the letter used (frame, required, placeholders), in order. */
  usedKeys: string[];
}

function blockKeys(block: TemplateBlock): string[] {
  if (block.type !== 'list') return placeholdersIn(block.text);
  if ('from' in block) return [block.from];
  return block.items.flatMap(placeholdersIn);
}

/** A field as printed: lists joined as the language does ("a, b and c"), flags and missing values as null. */
export function printable(value: FieldValues[string] | undefined, language: LetterLanguage): string | null {
  if (!isFilled(value) || typeof value === 'boolean' || value === undefined || value === null) return null;
  if (Array.isArray(value)) return new Intl.ListFormat(language, { type: 'conjunction' }).format(value.filter((v) => v.trim() !== ''));
  return value;
}

/**
 * Fills a template for one language. The missing fields are the letter frame's, the
 * template's required ones and every placeholder in a block whose condition holds, when
 * empty; in the composed text each stands as ⟦its name⟧, never blank.
 */
export function composeLetter(template: LetterTemplate, language: LetterLanguage, fields: FieldValues, frameKeys: readonly string[]): ComposedLetter {
  const text = template[language];
  const blocks = text.blocks.filter((block) => conditionHolds(block.when, fields));
  const usedKeys = [
    ...new Set([...frameKeys, ...template.required, ...placeholdersIn(text.title), ...placeholdersIn(text.subject), ...blocks.flatMap(blockKeys)]),
  ];
  const missing: MissingField[] = usedKeys
    .filter((key) => !isFilled(fields[key]))
    .map((key) => {
      const entry = FIELD_CATALOGUE[key];
      if (!entry) throw new Error(`The ${template.kind} template uses the unknown field ${key}`);
      return { key, label: entry.label[language], source: entry.source };
    });
  const value = (key: string) => printable(fields[key], language) ?? missingMarker(FIELD_CATALOGUE[key]?.label[language] ?? key);
  const fill = (s: string) => fillPlaceholders(s, value);
  const composed: LetterBlock[] = blocks.map((block) => {
    if (block.type !== 'list') return { type: block.type, text: fill(block.text) };
    if ('items' in block) return { type: 'list', items: block.items.map(fill) };
    const list = fields[block.from];
    const items = Array.isArray(list) ? list.map((item) => item.trim()).filter((item) => item !== '') : [];
    return { type: 'list', items: items.length > 0 ? items : [value(block.from)] };
  });
  return { title: fill(text.title), body: { subject: fill(text.subject), blocks: composed }, missing, usedKeys };
}
