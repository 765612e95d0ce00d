import type { LetterBody, LetterLanguage } from '../../../shared/document-contract';

/**
 * Everything the PDF of a letter shows, already in words: the layout neither reads the
 * vault nor knows templates, so requests, breach notices and reports can share it.
 */
export interface LetterLayout {
  language: LetterLanguage;
  /** Document title (metadata and window title); no personal data. */
  title: string;
  organisation: { name: string; addressLines: string[] };
  dpo: { title: string; name: string; email: string; phone: string | null };
  /** Who signs when it is not the DPO (a NIS2 report signed by the person reporting to the CSIRT), with the role they sign in; null: the DPO. */
  signatory: { name: string; title: string; contact: string | null } | null;
  recipient: { name: string; onBehalfOf: string | null; lines: string[] };
  /** Label/value pairs beside the recipient: date, our reference, their request's date. */
  references: { label: string; value: string }[];
  salutation: string;
  body: LetterBody;
  closing: string;
  /** Printed in the footer of every page, e.g. "Noventia Srl · Our reference 2026-0001". */
  footer: string;
  /** "Page {{page.number}} of {{page.count}}" in the letter's language. */
  pageLabel: string;
  /** "DRAFT" / "BOZZA" across every page of a preview; null on a finalised document. */
  draftMark: string | null;
  /** Contact labels, and the word after a heading repeated above the rest of its table on a new page ("continued", "segue"). */
  labels: { email: string; phone: string; continued: string };
  metadata: { subject: string; keywords: string[]; createdAt: Date };
}
