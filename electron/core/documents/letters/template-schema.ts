import { z } from 'zod';
import { REGIMES } from '../../../shared/regimes';
import { CASE_TYPES, DOCUMENT_KINDS } from '../../../shared/document-contract';

/**
 * The shape of a letter template file (`assets/templates/<case>/<kind>.json`): which cases
 * it applies to, the fields it cannot do without, the inputs the DPO fills, and its text in
 * each language as blocks with `{{field.key}}` placeholders and optional conditions.
 */
const term = z.string().regex(/^!?[a-z]+\.[a-zA-Z]+(=[a-z][a-z0-9-]*)?$/, 'A condition is a field key, !key, or key=choice');
const condition = z.union([term, z.array(term).min(1)]);
const text = z.string().min(1);
const fieldKey = z.string().regex(/^[a-z]+\.[a-zA-Z]+$/);

/** A row of a form-like table: a label and either text with placeholders or a list field (one line per item). */
const tableRowSchema = z.union([
  z.object({ label: text, value: text, when: condition.optional() }).strict(),
  z.object({ label: text, from: fieldKey, when: condition.optional() }).strict(),
]);

const templateBlockSchema = z.union([
  z.object({ type: z.literal('heading'), text, when: condition.optional() }).strict(),
  z.object({ type: z.literal('paragraph'), text, when: condition.optional() }).strict(),
  // Lines the template writes, then (`andFrom`) the lines of a list field when given: the "Enclosures" opened by the portable copy the letter encloses (review 8, H3 (c)).
  z.object({ type: z.literal('list'), items: z.array(text).min(1), andFrom: fieldKey.optional(), when: condition.optional() }).strict(),
  z.object({ type: z.literal('list'), from: fieldKey, when: condition.optional() }).strict(),
  z.object({ type: z.literal('table'), rows: z.array(tableRowSchema).min(1), when: condition.optional() }).strict(),
]);

/** Who reads a document, and so how it opens and closes (the frame's `readers`; review C36); `csirt` is the NIS2 CSIRT, greeted by its name (review 4, D30). */
export const READERS = ['person', 'client', 'authority', 'people', 'csirt'] as const;
export type Reader = (typeof READERS)[number];

/** A template's text in one language as its file holds it: no salutation or closing of its own. */
const languageFileSchema = z
  .object({
    title: text,
    subject: text,
    /** What a deferrable field prints while it may still wait (see `deferrable`). */
    deferred: text.optional(),
    blocks: z.array(templateBlockSchema).min(1),
  })
  .strict();


const templateShape = {
  kind: z.enum(DOCUMENT_KINDS),
  caseType: z.enum(CASE_TYPES),
  /** The regimes it serves, each with the request types it fits ("*" for any). */
  appliesTo: z.partialRecord(z.enum(REGIMES), z.union([z.literal('*'), z.array(z.string()).min(1)])),
  /** Fields that must be filled, besides the letter frame's and every placeholder in use. */
  required: z.array(z.string()),
  /** The editable fields the DPO fills or checks in the preview. */
  inputs: z.array(z.string()),
  /**
   * Fields that may be given later (Art. 33(4): information in phases): while `when` holds,
   * an empty one is not missing and prints the language's `deferred` text instead. A key in
   * `only` waits only while its own condition holds too (the law asks for it at some phases).
   */
  deferrable: z
    .object({ when: condition, keys: z.array(fieldKey).min(1), only: z.record(fieldKey, condition).optional() })
    .strict()
    .refine((d) => Object.keys(d.only ?? {}).every((key) => d.keys.includes(key)), { message: 'Every key of `only` is one of the deferrable keys' })
    .optional(),
};
const deferredSaid = (t: { deferrable?: unknown; en: { deferred?: string }; it: { deferred?: string } }) => !t.deferrable || (t.en.deferred !== undefined && t.it.deferred !== undefined);
const deferredMessage = { message: 'A template with deferrable fields says in each language what they print while deferred' };

/** A template file: its reader (a person unless it says otherwise) in place of its own salutation and closing. */
export const letterTemplateFileSchema = z
  .object({ ...templateShape, reader: z.enum(READERS).optional(), en: languageFileSchema, it: languageFileSchema })
  .strict()
  .refine(deferredSaid, deferredMessage);

/** A template's text in one language as loaded: with the salutation and closing of its reader, from the frame. */
type LanguageText = z.infer<typeof languageFileSchema> & { salutation: string; closing: string };
export type LetterTemplate = Omit<z.infer<typeof letterTemplateFileSchema>, 'reader' | 'en' | 'it'> & { reader: Reader; en: LanguageText; it: LanguageText };
export type TemplateBlock = z.infer<typeof templateBlockSchema>;
export type TemplateTableRow = z.infer<typeof tableRowSchema>;
export type TemplateCondition = z.infer<typeof condition>;

const localised = z.object({ en: text, it: text }).strict();

/** The words around every letter: references, salutation, closing, page numbers. */
export const letterFrameSchema = z
  .object({
    date: localised,
    ourReference: localised,
    yourRequestOf: localised,
    dpoTitle: localised,
    /** How a document opens and closes for each kind of reader: "Dear Giulia Bianchi," / "Spettabile Rossi Arredamenti Srl," / "Dear Sir or Madam,". */
    readers: z.object(Object.fromEntries(READERS.map((r) => [r, z.object({ salutation: localised, closing: localised }).strict()])) as Record<Reader, z.ZodObject<{ salutation: typeof localised; closing: typeof localised }>>).strict(),
    onBehalfOf: localised,
    page: localised,
    email: localised,
    phone: localised,
    draft: localised,
    /** After a section's heading repeated at the top of a page its table runs on to: "(continued)", "(segue)". */
    continued: localised,
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
      /** The provisions that give the one month to answer, cited alike in every letter (UK: Art. 12(3) with Art. 12A, DUAA 2025; review D38). */
      monthRule: localised.optional(),
      authority: z.object({ name: localised, address: localised, website: z.url() }).strict().optional(),
    })
    .strict(),
);
export type LawTable = z.infer<typeof lawTableSchema>;

/** One request type as a noun phrase: its article or none, its noun, and what it acts on. */
const typePhrase = z.object({ lead: z.string(), noun: text, object: text }).strict();

/** Localised names: request types, what each identity check needs, refusal grounds. */
export const letterLabelsSchema = z
  .object({
    requestTypes: z.record(z.string(), localised),
    /** The same types named for someone other than the person (the client a request is forwarded to): "the data subject’s", never "your". */
    subjectRequestTypes: z.record(z.string(), localised),
    /**
     * The types a subject is built from as parallel noun phrases (review 4, D21): "lead noun object",
     * nouns that share their lead and object joined ("the disclosure and deletion of your personal
     * information", "la conoscenza e la cancellazione dei Suoi dati personali"), in this order.
     */
    requestTypePhrases: z.record(z.string(), z.object({ en: typePhrase, it: typePhrase }).strict()),
    identityNeeds: z.record(z.string(), localised),
    refusalGrounds: z.record(z.string(), localised),
    /**
     * What each exception a refusal or a partial erasure rests on says, in words, after its
     * citation (review 5, E18: Art. 12(1), (4) want the reasons in clear and plain language).
     */
    exemptions: z.record(z.string(), localised),
  })
  .strict();
export type LetterLabels = z.infer<typeof letterLabelsSchema>;
