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

/**
 * A letter another part of the page asks the documents panel to open: its kind and the inputs
 * that pick what it is about (the client of a client notice, the NIS2 report's phase). `nonce`
 * tells two asks for the same letter apart, so asking again reopens it.
 */
export interface LetterPreset {
  kind: DocumentKind;
  inputs: InputValues;
  nonce: number;
}

/** The case a panel belongs to. */
export interface CaseRef {
  caseType: CaseType;
  caseId: string;
}

/**
 * A form-like table block (a breach notification's rows). Declared here as well as in the
 * contract so these components also build against a contract that has no tables yet.
 */
export interface TableBlock {
  type: 'table';
  rows: { label: string; value: string }[];
}

/** The choices of a `choice` input, where the contract offers them. */
export interface ChoiceSpec {
  options?: { value: string; label: Record<LetterLanguage, string> }[];
}

/** A copy of a table block with new rows, keeping the block's own type. */
export function withRows<B extends TableBlock>(block: B, rows: TableBlock['rows']): B {
  return { ...block, rows };
}
