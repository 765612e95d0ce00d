import { z } from 'zod';
import { OUTCOMES, REFUSAL_GROUNDS, type RefusalGround, type RequestOutcome } from './requests';

/**
 * The documents part of the API contract: kinds, the editable letter body, inputs and the
 * shapes the document channels return. zod only, so `electron/shared/contract.ts` can use it
 * and the renderer can import its types.
 */
export const CASE_TYPES = ['request', 'breach'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const LETTER_LANGUAGES = ['en', 'it'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/**
 * The letters a rights request can produce; each has a template in `assets/templates/requests/`.
 * The last two serve a request held in processor capacity: the holding reply to the person and
 * the forwarding notice to the client (the controller).
 */
export const REQUEST_LETTER_KINDS = [
  'acknowledgement',
  'identity-verification',
  'extension-notice',
  'access-response',
  'access-partial',
  'portability-response',
  'no-data-held',
  'erasure-confirmation',
  'rectification-confirmation',
  'restriction-confirmation',
  'objection-confirmation',
  'opt-out-confirmation',
  'withdrawal-confirmation',
  'refusal',
  'ccpa-response',
  'ccpa-denial',
  'lgpd-acknowledgement',
  'lgpd-confirmation',
  'lgpd-declaration',
  'lgpd-reply',
  'pipeda-acknowledgement',
  'pipeda-response',
  'pipeda-extension',
  'pipeda-refusal',
  'fadp-acknowledgement',
  'fadp-later-date',
  'fadp-response',
  'fadp-refusal',
  'processor-holding-reply',
  'client-forwarding-notice',
] as const;
export type RequestLetterKind = (typeof REQUEST_LETTER_KINDS)[number];

/**
 * The notices a personal-data breach can produce, each with a template in
 * `assets/templates/breaches/`: the notification to the supervisory authority (Art. 33,
 * laid out as the Garante's model), the notice to the people affected (Art. 34), the notice
 * to a client whose data we process (Art. 33(2), one per client) and the NIS2 reports to the
 * CSIRT (Directive (EU) 2022/2555 Art. 23(4)).
 */
export const BREACH_NOTICE_KINDS = ['authority-notification', 'subject-notice', 'client-notice', 'nis2-report'] as const;
export type BreachNoticeKind = (typeof BREACH_NOTICE_KINDS)[number];

/** Every document kind. */
export const DOCUMENT_KINDS = [...REQUEST_LETTER_KINDS, ...BREACH_NOTICE_KINDS] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** One line of a form-like table: what is asked and the answer (lines separated by \n). */
export interface LetterTableRow {
  label: string;
  value: string;
}

/** One block of a letter's body, as the DPO sees and edits it. */
export type LetterBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; rows: LetterTableRow[] };

/** The text of a letter below the recipient block: subject line and body. */
export interface LetterBody {
  subject: string;
  blocks: LetterBlock[];
}

const line = z.string().trim().min(1, 'A block cannot be empty').max(10_000);
export const letterBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: line.max(300) }).strict(),
  z.object({ type: z.literal('paragraph'), text: line }).strict(),
  z.object({ type: z.literal('list'), items: z.array(line.max(2000)).min(1).max(200) }).strict(),
  z.object({ type: z.literal('table'), rows: z.array(z.object({ label: line.max(300), value: line }).strict()).min(1).max(100) }).strict(),
]);
export const letterBodySchema = z
  .object({ subject: z.string().trim().min(1, 'Write the subject line').max(300), blocks: z.array(letterBlockSchema).min(1).max(300) })
  .strict();

/** Values the DPO gives for a letter's editable fields: text, a date (YYYY-MM-DD) or a list. */
export const letterInputsSchema = z
  .record(z.string().regex(/^[a-z]+\.[a-zA-Z]+$/, 'An input key looks like access.purposes'), z.union([z.string().max(10_000), z.array(z.string().trim().max(2000)).max(200)]))
  .refine((r) => Object.keys(r).length <= 50, 'Too many inputs');
export type LetterInputs = z.input<typeof letterInputsSchema>;

/** A calendar day written YYYY-MM-DD (checked as a real day where it is used). */
const civilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD');

/** How a finalised letter or notice went out. */
export const DISPATCH_CHANNELS = ['email', 'pec', 'post', 'registered-post', 'hand', 'portal', 'web-form'] as const;
export type DispatchChannel = (typeof DISPATCH_CHANNELS)[number];

const caseRef = {
  caseType: z.enum(CASE_TYPES).default('request'),
  caseId: z.string().trim().min(1).max(64),
};

export const documentKindsSchema = z.object(caseRef).strict();
export const documentListSchema = z.object(caseRef).strict();
export const documentPreviewSchema = z
  .object({
    ...caseRef,
    kind: z.enum(DOCUMENT_KINDS),
    language: z.enum(LETTER_LANGUAGES),
    inputs: letterInputsSchema.optional(),
    /** The edited text; without it the letter is composed from its template. */
    body: letterBodySchema.optional(),
    /** The date the letter bears; today in the organisation's zone when not given. */
    date: civilDate.optional(),
  })
  .strict();
/**
 * Finalising: the letter as previewed, plus the DPO's confirmation that free text the
 * preview found in the other language is meant to stay as it is (without it, such a letter
 * is refused, naming the fields).
 */
export const documentFinaliseSchema = documentPreviewSchema.extend({ confirmLanguage: z.boolean().optional() });
export type FinaliseRequest = z.output<typeof documentFinaliseSchema>;
/**
 * Closing the request with a decision letter's sending: the outcome the letter gives (and,
 * for a refusal, its ground) and the reason kept in the case history. The request is closed
 * as responded on the day the letter was sent.
 */
export const sentCloseSchema = z
  .object({
    outcome: z.enum(OUTCOMES),
    refusalGround: z.enum(REFUSAL_GROUNDS).optional(),
    reason: z.string().trim().min(1, 'Give the reason: it is kept in the case history').max(2000),
  })
  .strict()
  .refine((v) => v.outcome !== 'refused' || v.refusalGround !== undefined, { path: ['refusalGround'], message: 'A refusal needs its legal ground' });

/**
 * Records that a finalised document was sent: on which day, by which channel, to whom; with
 * `close`, a decision letter's sending also closes its request (in the same transaction).
 */
export const documentSentSchema = z
  .object({
    documentId: z.uuid(),
    sentOn: civilDate,
    channel: z.enum(DISPATCH_CHANNELS),
    recipient: z.string().trim().min(1, 'Say to whom it was sent').max(300),
    /** The recipient's own reference for it (the Garante's protocol number), kept on the breach's notification. */
    reference: z.string().trim().min(1).max(500).optional(),
    close: sentCloseSchema.optional(),
  })
  .strict();
export type DocumentSentInput = z.output<typeof documentSentSchema>;
/** Keeps the DPO's unfinished letter (date, inputs, edited text) so it comes back when the page is reopened. */
/**
 * A draft to keep: the letter as previewed, and the draft version the editor last read or
 * saved (0 when there was no draft). A save made on a version someone else has saved over
 * since is refused with a {@link DraftConflict}; left out, the save is kept whatever is there.
 */
export const documentDraftSaveSchema = documentPreviewSchema.extend({ expectedDraftVersion: z.number().int().min(0).max(2_147_483_647).optional() }).strict();
export type DraftSaveRequest = z.output<typeof documentDraftSaveSchema>;
export const documentDraftGetSchema = z.object({ ...caseRef, kind: z.enum(DOCUMENT_KINDS), language: z.enum(LETTER_LANGUAGES) }).strict();
export type DocumentDraftKey = z.output<typeof documentDraftGetSchema>;
export const documentExportSchema = z.object({ documentId: z.uuid() }).strict();
export type LetterRequest = z.output<typeof documentPreviewSchema>;

/** A label in each letter language. */
export type Localised = Record<LetterLanguage, string>;

/** A field a letter needs, named so the DPO knows what to fill and where. */
export interface LetterField {
  key: string;
  label: Localised;
  /** Where it comes from: the organisation settings, the case, or the letter's own inputs. */
  source: 'settings' | 'case' | 'input';
}

/** An editable field of a letter (filled or edited in the preview). */
export interface LetterInputSpec extends LetterField {
  /** `choice`: one of `options` by its value (a notification's phase, for one). */
  type: 'text' | 'list' | 'date' | 'choice';
  required: boolean;
  options?: { value: string; label: Localised }[];
}

/** A kind offered for a case, with what it needs. */
export interface DocumentKindInfo {
  kind: DocumentKind;
  caseType: CaseType;
  title: Localised;
  /** Fields that must be set before the letter can be generated. */
  required: LetterField[];
  inputs: LetterInputSpec[];
}

/** A field that is empty but needed: named, with where to set it. */
export interface MissingField {
  key: string;
  label: string;
  source: LetterField['source'];
}

/** What the preview shows: the fields, what is missing, the editable text and the PDF. */
export interface LetterPreview {
  kind: DocumentKind;
  language: LetterLanguage;
  title: string;
  /** Every field the letter uses, as printed (null when empty). */
  fields: Record<string, string | null>;
  inputs: (LetterInputSpec & { value: string | string[] | null })[];
  missing: MissingField[];
  /** The composed (or edited) text; missing fields appear as ⟦label⟧. */
  body: LetterBody;
  /** The date the letter bears (YYYY-MM-DD). */
  date: string;
  /** What to look at before finalising (dated after its deadline, another language's text). */
  warnings: LetterWarning[];
  /** The PDF, base64, marked DRAFT / BOZZA on every page; null while a field is missing. */
  pdfBase64: string | null;
}

/** A finalised document as listed on its case (the bytes come from `documents.export`). */
export interface DocumentSummary {
  id: string;
  caseType: CaseType;
  caseId: string;
  kind: string;
  language: LetterLanguage;
  title: string;
  version: number;
  status: 'finalised';
  sha256: string;
  size: number;
  createdAt: string;
  createdBy: string;
  /** The date the letter bears (YYYY-MM-DD). */
  letterDate: string;
  /** Whom it is addressed to, as printed; null for documents finalised before it was kept. */
  recipient: string | null;
  /** Every recorded sending, oldest first; empty until it is sent. */
  dispatches: DocumentDispatch[];
  /** What recording its sending would also do to the case now (listed documents only). */
  onSent?: SentFollowUp;
}

/**
 * What recording a letter as sent also does: an acknowledgement letter records the
 * acknowledgement of an open request not yet acknowledged; a decision letter on an open
 * request offers to close it with the outcome it gives (`refusalGround` null when the DPO
 * must choose it, as for a CCPA denial).
 */
export interface SentFollowUp {
  acknowledges: boolean;
  close: { outcome: RequestOutcome; refusalGround: RefusalGround | null } | null;
}

/** One recorded sending of a finalised document. */
export interface DocumentDispatch {
  id: string;
  sentOn: string;
  channel: DispatchChannel;
  recipient: string;
  recordedAt: string;
  recordedBy: string;
}

/**
 * Something the DPO should look at before finalising. A late date does not stop the letter;
 * text in the other language (`language-mix`, naming its `field`) must be confirmed or edited.
 */
export interface LetterWarning {
  code: 'dated-after-deadline' | 'language-mix' | 'identity-not-verified' | 'forwarded-earlier' | 'action-delayed' | 'subjects-told-earlier' | 'subjects-not-to-be-told' | 'subjects-undecided' | 'subjects-ordered' | 'register-measures' | 'decided-before-late' | 'description-states-time' | 'description-states-data' | 'effects-unconfirmed' | 'facts-not-yet-known' | 'same-prejudice' | 'extension-month-over' | 'no-mandate' | 'identity-clock-running' | 'processor-instructions' | 'fadp-withheld-disclosed' | 'fadp-later-date-over' | 'enclosure-twice';
  message: Localised;
  /** The field whose text looks written in the other language (language-mix only). */
  field?: string;
}

/** A kept draft of a letter: what the DPO had entered; null when there is none. */
export interface LetterDraft {
  date: string | null;
  inputs: LetterInputs;
  body: LetterBody | null;
  updatedAt: string;
  /** Who saved it last (a team member's login, or the local DPO). */
  updatedBy: string;
  /** 1 at the first save, up by one with each save after it. */
  version: number;
}

/** A draft just saved, with the version its case moved to (the save is an audited change of the case). */
export interface SavedLetterDraft extends LetterDraft {
  caseVersion: number;
}

/**
 * A draft save refused because the draft changed since the editor read it: the version read,
 * the version kept now (0: the draft is gone, finalised or dropped), and who saved it last and when.
 */
export interface DraftConflict {
  caseType: CaseType;
  caseId: string;
  kind: DocumentKind;
  language: LetterLanguage;
  readVersion: number;
  currentVersion: number;
  changedBy: string | null;
  changedAt: string | null;
}
