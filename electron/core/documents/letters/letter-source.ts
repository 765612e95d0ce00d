import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../../db/schema';
import type { JsonValue } from '../../audit/canonical-json';
import type { CaseType, DocumentKind, LetterInputs, LetterLanguage, LetterWarning } from '../../../shared/document-contract';
import type { FieldValues } from './field-catalogue';
import type { DateRules } from './letter-dating';
import type { LetterTemplate } from './template-schema';
import type { LetterAddress } from './letter-address';
import type { Message } from '../../../shared/pure/i18n/message';

/**
 * A case as the letter engine sees it. Each case type (requests, breaches) provides one: its facts as fields, the defaults of the DPO's inputs, which templates fit
 * it, and how a finalised document is recorded in its history.
 */
export interface LetterCase {
  caseType: CaseType;
  /** The case's id (whatever id or reference it was looked up by). */
  caseId: string;
  reference: string;
  /** In words, for errors: "a GDPR request (access, erasure)". */
  description: Message;
  /** Fields the frame needs on top of the common ones (organisation, recipient, date). */
  frameKeys: readonly string[];
  /** Today in the organisation's zone (YYYY-MM-DD): the date a letter bears unless the DPO sets one. */
  today: string;
  /** The date a letter of `kind` bears unless the DPO sets one, when it is not today (the forwarding notice: the day the forwarding is recorded); null for today. Absent: always today. */
  defaultDate?(kind: DocumentKind): string | null;
  /**
   * What the DPO should weigh before finalising a letter of `kind` dated `date` with the
   * inputs `given`, beyond its date and language (a forwarding confirmed later than it was
   * made, an objection to marketing acted on days after it arrived); none when absent.
   */
  cautions?(kind: DocumentKind, date: string, given?: LetterInputs): { code: LetterWarning['code']; message: Message }[];
  /** The facts a letter of `kind` states, which its date cannot precede, and the deadline it concerns. */
  dateRules(kind: DocumentKind, given?: LetterInputs): DateRules;
  applies(template: LetterTemplate): boolean;
  /**
   * Why a kind the templates would fit must still not be written for this case (a
   * controller's letter on a request held as processor, say), in words that name what to send
   * instead; null when nothing stands in the way. Absent: nothing ever does.
   */
  whyNot?(kind: DocumentKind): Message | null;
  /**
   * Why a letter of `kind` dated `date` may be drafted (with a warning) but not finalised yet: a
   * letter that discloses personal data before the person's identity is verified (Arts 12(6),
   * 5(1)(f)), a notice to the people before any decision on telling them is recorded (Art.
   * 34(1)); null when it may be finalised. Absent: nothing holds it back.
   */
  notYet?(kind: DocumentKind, date: string): Message | null;
  /**
   * How the letter of `kind` in `language` turns its words to the form of address its reader is
   * due (Italian to a company: the plural of courtesy, "Vi", "Vostra"), applied to the subject,
   * the body and the reference lines, never to what the DPO typed; null or absent: as written.
   */
  address?(language: LetterLanguage, kind: DocumentKind): LetterAddress | null;
  /** The code of the warning a held draft carries (`identity-not-verified` when absent). */
  holdCode?: LetterWarning['code'];
  /**
   * The case's facts as fields for a letter of `kind` (the kind decides, e.g., who the
   * recipient is; `given`, the DPO's inputs, may pick a party of the case, e.g. the client a
   * breach notice is for). `date` is the date the letter bears (YYYY-MM-DD, today when
   * absent): a letter states as done only what had happened by then.
   */
  fields(language: LetterLanguage, kind: DocumentKind, given?: LetterInputs, date?: string): FieldValues;
  inputDefaults(language: LetterLanguage, kind: DocumentKind, given?: LetterInputs, date?: string): Record<string, string | null>;
  /** Facts recorded with a finalised document besides its kind, version and hash (e.g. the client it is for); none when absent. */
  documentFacts?(kind: DocumentKind, given?: LetterInputs): Record<string, JsonValue>;
  /** Reference lines beside the recipient besides date and our reference (e.g. "Your request of"). */
  extraReferences(language: LetterLanguage, fields: FieldValues): { label: string; value: string }[];
  /** Records the finalised document in the case's history and the audit chain, in `trx`. */
  recordFinalised(trx: Transaction<Database>, facts: Record<string, JsonValue>, actor: string, at: Date): Promise<void>;
  /** Records another step of one of its documents (sent, draft kept) in the case's history and the audit chain, in `trx`. */
  recordDocumentEvent(trx: Transaction<Database>, action: string, facts: Record<string, JsonValue>, actor: string, at: Date): Promise<void>;
}

/** Loads one case of a type for letters; NOT_FOUND when there is none. */
export interface LetterSource {
  caseType: CaseType;
  kinds: readonly DocumentKind[];
  load(db: Kysely<Database>, caseId: string, now: Date): Promise<LetterCase>;
}
