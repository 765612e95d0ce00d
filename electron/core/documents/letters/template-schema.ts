import { z } from 'zod';
import { REGIMES } from '../../deadlines/regimes';
import { CASE_TYPES, DOCUMENT_KINDS } from '../document-contract';

/**
 * The shape of a letter template file (`assets/templates/<case>/<kind>.json`): which cases
 * it applies to, the fields it cannot do without, the inputs the DPO fills, and its text in
 * each language as blocks with `{{field.key}}` placeholders and optional conditions.
 */
const condition = z.union([z.string().regex(/^!?[a-z]+\.[a-zA-Z]+$/), z.array(z.string().regex(/^!?[a-z]+\.[a-zA-Z]+$/)).min(1)]);
const text = z.string().min(1);

const templateBlockSchema = z.union([
  z.object({ type: z.literal('heading'), text, when: condition.optional() }).strict(),
  z.object({ type: z.literal('paragraph'), text, when: condition.optional() }).strict(),
  z.object({ type: z.literal('list'), items: z.array(text).min(1), when: condition.optional() }).strict(),
  z.object({ type: z.literal('list'), from: z.string().regex(/^[a-z]+\.[a-zA-Z]+$/), when: condition.optional() }).strict(),
]);

const languageTextSchema = z
  .object({
    title: text,
    subject: text,
    blocks: z.array(templateBlockSchema).min(1),
  })
  .strict();

export const letterTemplateSchema = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    caseType: z.enum(CASE_TYPES),
    /** The regimes it serves, each with the request types it fits ("*" for any). */
    appliesTo: z.partialRecord(z.enum(REGIMES), z.union([z.literal('*'), z.array(z.string()).min(1)])),
    /** Fields that must be filled, besides the letter frame's and every placeholder in use. */
    required: z.array(z.string()),
    /** The editable fields the DPO fills or checks in the preview. */
    inputs: z.array(z.string()),
    en: languageTextSchema,
    it: languageTextSchema,
  })
  .strict();

export type LetterTemplate = z.infer<typeof letterTemplateSchema>;
export type TemplateBlock = z.infer<typeof templateBlockSchema>;
export type TemplateCondition = z.infer<typeof condition>;

const localised = z.object({ en: text, it: text }).strict();

/** The words around every letter: references, salutation, closing, page numbers. */
export const letterFrameSchema = z
  .object({
    date: localised,
    ourReference: localised,
    yourRequestOf: localised,
    dpoTitle: localised,
    salutation: localised,
    closing: localised,
    onBehalfOf: localised,
    page: localised,
    email: localised,
    phone: localised,
  })
  .strict();
export type LetterFrame = z.infer<typeof letterFrameSchema>;

/** Per regime: its short name, its territory and, where it is fixed by law, its authority. */
export const lawTableSchema = z.partialRecord(
  z.enum(REGIMES),
  z
    .object({
      short: text,
      outsideArea: localised.optional(),
      exemptionBasis: localised.optional(),
      authority: z.object({ name: localised, address: localised, website: z.url() }).strict().optional(),
    })
    .strict(),
);
export type LawTable = z.infer<typeof lawTableSchema>;

/** Localised names: request types, what each identity check needs, refusal grounds. */
export const letterLabelsSchema = z
  .object({
    requestTypes: z.record(z.string(), localised),
    identityNeeds: z.record(z.string(), localised),
    refusalGrounds: z.record(z.string(), localised),
  })
  .strict();
export type LetterLabels = z.infer<typeof letterLabelsSchema>;
