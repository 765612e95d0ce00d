import type { LetterInputs } from '../../../shared/document-contract';
import type { RequestType } from '../../../shared/requests';
import { AppError, fieldIssue } from '../../errors';
import { msg } from '../../i18n';
import type { LocalName, MessageParam } from '../../../shared/pure/i18n/message';
import { DPA_CHOICES, DPA_PARAGRAPHS } from './dpa-exemptions';

/**
 * The request types each exemption can answer: Art. 17(3) is an exception to erasure only,
 * Art. 21(1) to an objection, Art. 22(2) to an Art. 22 request; Art. 23 (a restriction by law)
 * to any right. Art. 15(4) limits only the copy, so it is never a refusal of the whole request.
 */
const FITS: Record<string, readonly RequestType[] | 'any' | 'partial-access'> = {
  'art-15-4': 'partial-access',
  'art-17-3-a': ['erasure'],
  'art-17-3-b': ['erasure'],
  'art-17-3-c': ['erasure'],
  'art-17-3-d': ['erasure'],
  'art-17-3-e': ['erasure'],
  'art-21-1': ['objection'],
  'art-22-2': ['automated-decision'],
  'art-23': 'any',
};

const chosen = (given: LetterInputs | undefined, key: string): string | null => {
  const value = given?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
};

/** What a refusal on an exemption is checked against: the request and where the controller is established. */
export interface ExemptionCase {
  reference: string;
  types: readonly RequestType[];
  /** An Italian controller under the GDPR: an Art. 23 restriction must name the Italian law (art. 2-undecies). */
  italian: boolean;
  /** A UK GDPR request: an Art. 23 restriction must name the Data Protection Act 2018 paragraph relied on. */
  uk: boolean;
  /** A request type in words, in each language ("access", "accesso"). */
  typeName(type: RequestType): LocalName;
}

/**
 * Refuses (VALIDATION, naming the provision and the request) an exemption that cannot be the
 * legal basis of this refusal: a provision that does not answer every right the request
 * asks for (Art. 17(3) for an access request), Art. 15(4) (the partial access letter), a
 * 2-undecies letter without Art. 23 or for a controller not established in Italy, an Art. 17(3)
 * exception after the rest of the data was erased (the partial erasure confirmation), and, for
 * an Italian controller, Art. 23 without the national law that restricts the right; under the
 * UK GDPR, Art. 23 without the DPA 2018 paragraph relied on (a record made before the paragraph
 * was asked for too: the refusal says what is missing, never a letter citing Art. 23 alone), a
 * paragraph with another provision or outside the UK GDPR, and one that does not disapply every
 * right the request exercises (review 6, F20).
 */
export function checkExemption(ctx: ExemptionCase, given: LetterInputs | undefined): void {
  const provision = chosen(given, 'refusal.exemptionProvision');
  const letter = chosen(given, 'refusal.undeciesLetter');
  const dpa = chosen(given, 'refusal.dpaProvision');
  const refuse = (path: string, key: string, params: Record<string, MessageParam>) => {
    const detail = msg(`msg.error.letter.exemption.${key}`, { reference: ctx.reference, ...params });
    throw new AppError('VALIDATION', detail, [fieldIssue(path, detail)]);
  };
  if (letter !== null && !ctx.italian) refuse('refusal.undeciesLetter', 'undeciesNotItalian', {});
  if (letter !== null && provision !== 'art-23') refuse('refusal.undeciesLetter', 'undeciesNeeds23', {});
  if (dpa !== null && !ctx.uk) refuse('refusal.dpaProvision', 'dpaNotUk', {});
  if (dpa !== null && provision !== 'art-23') refuse('refusal.dpaProvision', 'dpaNeeds23', {});
  if (provision === null) return;
  const fits = FITS[provision];
  if (fits === 'partial-access') refuse('refusal.exemptionProvision', 'partialAccess', {});
  if (Array.isArray(fits)) {
    const others = ctx.types.filter((t) => !fits.includes(t));
    if (others.length > 0) refuse('refusal.exemptionProvision', `only.${provision}`, { types: others.map((t) => msg('msg.error.letter.quotedField', { label: ctx.typeName(t) })) });
  }
  // Art. 17(3): "to the extent that processing is necessary"; what it does not cover was erased, and a refusal would say the opposite (review 5, E18).
  if (provision.startsWith('art-17-3-') && chosen(given, 'refusal.exemptionExtent') === 'part') refuse('refusal.exemptionExtent', 'partErased', {});
  if (provision === 'art-23' && ctx.italian && letter === null) refuse('refusal.undeciesLetter', 'nameTheLaw', {});
  if (provision === 'art-23' && ctx.uk && dpa === null) refuse('refusal.dpaProvision', 'nameTheDpaParagraph', { choices: DPA_CHOICES });
  const paragraph = dpa === null ? undefined : DPA_PARAGRAPHS[dpa];
  if (paragraph !== undefined) {
    const others = ctx.types.filter((t) => !paragraph.answers.includes(t));
    if (others.length > 0) {
      const types = others.map((t) => msg('msg.error.letter.quotedField', { label: ctx.typeName(t) }));
      refuse('refusal.dpaProvision', paragraph.answers.length === 1 ? 'dpaAccessOnly' : 'dpaNotListed', { citation: paragraph.citation, types });
    }
  }
}
