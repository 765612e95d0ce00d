import type { LetterBody, LetterLanguage } from '../../../shared/document-contract';
import type { LetterLayout } from '../pdf/letter-layout';
import { printable } from './compose-letter';
import { isFilled, type FieldValues } from './field-catalogue';
import { fillPlaceholders } from './placeholders';
import type { LetterFrame } from './template-schema';

/**
 * The fields every letter's frame prints: letterhead, date, signature. The recipient
 * (`recipient.name`, `recipient.contact`) is each source's to require, as it knows what the
 * recipient is made from (the person, the authority's settings, "the people affected").
 */
export const COMMON_FRAME_KEYS = ['organisation.name', 'organisation.address', 'organisation.dpoName', 'organisation.dpoEmail', 'letter.date'] as const;

/** An address typed on one line ("Via Roma 1, 20121 Milano") is set on several in the letterhead. */
function addressLines(address: string): string[] {
  const lines = address.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return lines.length === 1 ? (lines[0] as string).split(/,\s+/) : lines;
}

export interface LayoutArgs {
  language: LetterLanguage;
  kind: string;
  title: string;
  body: LetterBody;
  /** The salutation and closing of the template's reader (the frame's `readers`). */
  salutation: string;
  closing: string;
  fields: FieldValues;
  frame: LetterFrame;
  reference: string;
  extraReferences: { label: string; value: string }[];
  createdAt: Date;
  /** A preview: every page is marked DRAFT / BOZZA. */
  draft: boolean;
}

/**
 * Turns the checked fields and the final text into what the PDF prints. Called only once
 * nothing is missing, so every frame field has a value here.
 */
export function buildLetterLayout(args: LayoutArgs): LetterLayout {
  const { language: lang, fields, frame } = args;
  const text = (key: string) => printable(fields[key], lang) ?? '';
  const fill = (template: string) => fillPlaceholders(template, text);
  const organisation = text('organisation.name');
  const law = printable(fields['law.short'], lang);
  return {
    language: lang,
    title: args.title,
    organisation: { name: organisation, addressLines: addressLines(text('organisation.address')) },
    // The sender beside the letterhead: the DPO, unless the document names another (a NIS2 report: the entity's CSIRT contact).
    dpo: isFilled(fields['sender.name'])
      ? { title: text('sender.title'), name: text('sender.name'), email: text('sender.email'), phone: printable(fields['sender.phone'], lang) }
      : { title: frame.dpoTitle[lang], name: text('organisation.dpoName'), email: text('organisation.dpoEmail'), phone: printable(fields['organisation.dpoPhone'], lang) },
    signatory: isFilled(fields['signatory.name']) ? { name: text('signatory.name'), title: text('signatory.title'), contact: printable(fields['signatory.contact'], lang) } : null,
    recipient: {
      name: text('recipient.name'),
      onBehalfOf: fields['request.byAgent'] === true ? fill(frame.onBehalfOf[lang]) : null,
      lines: text('recipient.contact').split('\n').filter((line) => line.trim() !== ''),
    },
    references: [
      { label: frame.date[lang], value: text('letter.date') },
      { label: frame.ourReference[lang], value: args.reference },
      ...args.extraReferences,
    ],
    salutation: args.salutation,
    body: args.body,
    closing: args.closing,
    footer: `${organisation}  ·  ${frame.ourReference[lang]} ${args.reference}`,
    pageLabel: frame.page[lang],
    draftMark: args.draft ? frame.draft[lang] : null,
    labels: { email: frame.email[lang], phone: frame.phone[lang], continued: frame.continued[lang] },
    metadata: { subject: args.body.subject, keywords: ['DPO Desk', args.kind, args.reference, ...(law ? [law] : []), lang], createdAt: args.createdAt },
  };
}
