import type { LetterBlock, LetterBody, LetterLanguage, LetterTableRow, MissingField } from '../../../shared/document-contract';
import { conditionHolds } from './conditions';
import { FIELD_CATALOGUE, isFilled, labelOn, type FieldValues } from './field-catalogue';
import { fillPlaceholders, missingMarker, placeholdersIn } from './placeholders';
import { keepsOwnWords, type LetterAddress } from './letter-address';
import { polishBody, polishSentence } from './polish-text';
import { continueOwnParagraphs } from './after-colon';
import type { LetterTemplate, TemplateBlock, TemplateTableRow } from './template-schema';

/** What composing a template gives: the title, the editable body and every missing field. */
export interface ComposedLetter {
  title: string;
  body: LetterBody;
  /** The salutation of the template's reader, filled. */
  salutation: string;
  /** The closing of the template's reader, filled. */
  closing: string;
  missing: MissingField[];
  /** Every field key the letter used (frame, required, placeholders), in order. */
  usedKeys: string[];
  /** The fields the letter prints as deferred ("not yet known: to follow"), in order. */
  deferred: string[];
}

function rowKeys(row: TemplateTableRow): string[] {
  return 'from' in row ? [row.from] : placeholdersIn(row.value);
}

function blockKeys(block: TemplateBlock): string[] {
  if (block.type === 'table') return block.rows.flatMap(rowKeys);
  if (block.type !== 'list') return placeholdersIn(block.text);
  if ('from' in block) return [block.from];
  return [...block.items.flatMap(placeholdersIn), ...(block.andFrom ? [block.andFrom] : [])];
}

/** The fields a letter prints only after lines of its own (`andFrom`): optional, never missing unless the template requires them. */
function optionalLists(blocks: readonly TemplateBlock[]): Set<string> {
  const after = blocks.flatMap((block) => (block.type === 'list' && 'items' in block && block.andFrom ? [block.andFrom] : []));
  const elsewhere = new Set(blocks.flatMap((block) => (block.type === 'list' && 'items' in block ? block.items.flatMap(placeholdersIn) : blockKeys(block))));
  return new Set(after.filter((key) => !elsewhere.has(key)));
}

/** Every field a template's text refers to in one language, whatever its conditions (for checking templates). */
export function templateKeys(template: LetterTemplate, language: LetterLanguage): string[] {
  const text = template[language];
  const heads = [text.title, text.subject, text.salutation, text.closing];
  return [...new Set([...heads.flatMap(placeholdersIn), ...text.blocks.flatMap(blockKeys)])];
}

/** A field as printed: lists joined as the language does ("a, b and c"), flags and missing values as null. */
export function printable(value: FieldValues[string] | undefined, language: LetterLanguage): string | null {
  if (!isFilled(value) || typeof value === 'boolean' || value === undefined || value === null) return null;
  if (Array.isArray(value)) return new Intl.ListFormat(language, { type: 'conjunction' }).format(value.filter((v) => v.trim() !== ''));
  return value;
}

/** The non-blank items of a list field (a text field counts as one item). */
function itemsOf(value: FieldValues[string] | undefined): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  return Array.isArray(value) ? value.map((item) => item.trim()).filter((item) => item !== '') : [];
}

/**
 * Fills a template for one language. The missing fields are the letter frame's, the
 * template's required ones and every placeholder in a block (or table row) whose condition
 * holds, when empty; in the composed text each stands as ⟦its name⟧, never blank. While the
 * template's `deferrable.when` holds, its deferrable fields (those in `only` while their own
 * condition holds too) are not missing when empty and print the language's `deferred` text
 * ("to follow in a later phase").
 */
export function composeLetter(
  template: LetterTemplate,
  language: LetterLanguage,
  fields: FieldValues,
  frameKeys: readonly string[],
  documentDate: string | null = null,
  turn: LetterAddress | null = null,
): ComposedLetter {
  const text = template[language];
  const holds = (block: { when?: TemplateBlock['when'] }) => conditionHolds(block.when, fields);
  const blocks = text.blocks
    .filter(holds)
    .map((block) => (block.type === 'table' ? { ...block, rows: block.rows.filter(holds) } : block))
    .filter((block) => block.type !== 'table' || block.rows.length > 0);
  const deferrable = template.deferrable;
  const deferred =
    deferrable && conditionHolds(deferrable.when, fields) ? new Set(deferrable.keys.filter((key) => conditionHolds(deferrable.only?.[key], fields))) : new Set<string>();
  // The salutation and closing may name the reader's words (a company's "Dear Sir or Madam," closes "Yours faithfully,"; review 7, G18).
  const salutationKeys = [...placeholdersIn(text.salutation), ...placeholdersIn(text.closing)];
  const usedKeys = [
    ...new Set([...frameKeys, ...template.required, ...placeholdersIn(text.title), ...placeholdersIn(text.subject), ...salutationKeys, ...blocks.flatMap(blockKeys)]),
  ];
  const optional = optionalLists(blocks);
  const missing: MissingField[] = usedKeys
    .filter((key) => !isFilled(fields[key]) && !deferred.has(key) && !(optional.has(key) && !template.required.includes(key)))
    .map((key) => {
      const entry = FIELD_CATALOGUE[key];
      if (!entry) throw new Error(`The ${template.kind} template uses the unknown field ${key}`);
      return { key, label: labelOn(entry, language, documentDate), source: entry.source };
    });
  const named = (key: string) => {
    const entry = FIELD_CATALOGUE[key];
    return entry ? labelOn(entry, language, documentDate) : key;
  };
  const placeholder = (key: string) => (deferred.has(key) && text.deferred ? text.deferred : missingMarker(named(key)));
  const value = (key: string) => printable(fields[key], language) ?? placeholder(key);
  const frame = (s: string) => fillPlaceholders(s, value);
  // The form of address turns the template's words and the words the product writes into fields, never what the DPO typed (`keepsOwnWords`).
  const addressed = (key: string, text: string) => (turn === null || keepsOwnWords(key) ? text : turn(text));
  const fill = turn === null ? frame : (s: string) => fillPlaceholders(turn(s), (key) => addressed(key, value(key)));
  // A field's lines after the template's own: none when it is empty (it is optional there).
  const givenItems = (key: string) => itemsOf(fields[key]).map((item) => addressed(key, item));
  const listItems = (key: string) => {
    const items = itemsOf(fields[key]);
    return items.length > 0 ? items.map((item) => addressed(key, item)) : [placeholder(key)];
  };
  const row = (r: TemplateTableRow): LetterTableRow => {
    if (!('from' in r)) return { label: fill(r.label), value: fill(r.value) };
    const items = listItems(r.from);
    return { label: fill(r.label), value: items.length > 1 ? items.map((item) => `• ${item}`).join('\n') : (items[0] as string) };
  };
  const composed: LetterBlock[] = blocks.map((block) => {
    if (block.type === 'table') return { type: 'table', rows: block.rows.map(row) };
    if (block.type !== 'list') return { type: block.type, text: fill(block.text) };
    if ('items' in block) return { type: 'list', items: [...block.items.map(fill), ...(block.andFrom ? givenItems(block.andFrom) : [])] };
    return { type: 'list', items: listItems(block.from) };
  });
  return {
    title: polishSentence(frame(text.title), language),
    // The template's own sentence under a line ending with a colon continues it (tenth review, K5).
    body: polishBody({ subject: fill(text.subject), blocks: continueOwnParagraphs(composed, blocks, language) }, language),
    salutation: frame(text.salutation),
    closing: frame(text.closing),
    missing,
    usedKeys,
    deferred: usedKeys.filter((key) => !isFilled(fields[key]) && deferred.has(key)),
  };
}
