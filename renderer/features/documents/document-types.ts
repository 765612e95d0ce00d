import type { Input, Output } from '../../lib/api';

/** The shapes the documents panel works with, derived from the API contract. */
export type KindInfo = Output<'documents.kinds'>[number];
export type LetterPreview = Output<'documents.preview'>;
export type DocumentSummary = Output<'documents.list'>[number];
export type LetterLanguage = LetterPreview['language'];
export type CaseType = KindInfo['caseType'];
export type DocumentKind = KindInfo['kind'];
export type LetterBody = LetterPreview['body'];
export type LetterBlock = LetterBody['blocks'][number];
export type PreviewInput = LetterPreview['inputs'][number];
export type MissingField = LetterPreview['missing'][number];
/** The DPO's values for a letter's editable fields, keyed like `access.purposes`. */
export type InputValues = Record<string, string | string[]>;
export type LetterRequest = Input<'documents.preview'>;

/** The case a panel belongs to. */
export interface CaseRef {
  caseType: CaseType;
  caseId: string;
}
