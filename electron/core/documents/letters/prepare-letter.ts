import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import { AppError } from '../../errors';
import type { LetterBody, LetterRequest } from '../../../shared/document-contract';
import type { LetterLayout } from '../pdf/letter-layout';
import { buildLetterLayout, COMMON_FRAME_KEYS } from './build-letter-layout';
import { composeLetter, type ComposedLetter } from './compose-letter';
import type { FieldValues } from './field-catalogue';
import { resolveInputs, type ResolvedInputs } from './letter-inputs';
import type { LetterCase, LetterSource } from './letter-source';
import { hasUnfilledText } from './placeholders';
import { loadFrame, loadTemplate } from './template-files';
import type { LetterTemplate } from './template-schema';

/** A letter ready to preview or print: the case, its template, fields and the composed text. */
export interface PreparedLetter {
  letterCase: LetterCase;
  template: LetterTemplate;
  inputs: ResolvedInputs;
  fields: FieldValues;
  composed: ComposedLetter;
  /** The text that will be printed: the DPO's edit when given, else the composed text. */
  body: LetterBody;
  layout(createdAt: Date): LetterLayout;
}

function blockTexts(block: LetterBody['blocks'][number]): string[] {
  if (block.type === 'list') return block.items;
  if (block.type === 'table') return block.rows.flatMap((row) => [row.label, row.value]);
  return [block.text];
}

/** Refuses edited text that still holds a ⟦missing⟧ marker, a {{placeholder}} or "undefined". */
function checkEditedBody(body: LetterBody): void {
  const texts = [body.subject, ...body.blocks.flatMap(blockTexts)];
  const bad = texts.findIndex(hasUnfilledText);
  if (bad >= 0) {
    const path = bad === 0 ? 'body.subject' : `body.blocks`;
    throw new AppError('VALIDATION', `The edited text still has a field to fill: “${texts[bad]?.slice(0, 80)}”`, [{ path, message: 'Replace the ⟦…⟧ marker or placeholder with the real text' }]);
  }
}

/**
 * Loads the case, picks the template, merges the DPO's inputs over the case's defaults and
 * composes the text. Refuses a kind that does not fit the case (VALIDATION).
 */
export async function prepareLetter(db: Kysely<Database>, sources: Record<string, LetterSource>, request: LetterRequest, now: Date): Promise<PreparedLetter> {
  const source = sources[request.caseType];
  if (!source || !source.kinds.includes(request.kind)) {
    throw new AppError('VALIDATION', `There is no ${request.kind} letter for a ${request.caseType}`, [{ path: 'kind', message: `Choose one of: ${source?.kinds.join(', ') ?? 'none yet'}` }]);
  }
  const letterCase = await source.load(db, request.caseId, now);
  const template = loadTemplate(request.caseType, request.kind);
  if (!letterCase.applies(template)) {
    throw new AppError('VALIDATION', `A ${request.kind} letter does not fit ${letterCase.description}`, [{ path: 'kind', message: 'Choose a kind listed for this case' }]);
  }
  const { language } = request;
  const inputs = resolveInputs(template.inputs, letterCase.inputDefaults(language, request.kind), request.inputs, language);
  const fields = { ...letterCase.fields(language, request.kind), ...inputs.fields };
  const composed = composeLetter(template, language, fields, [...COMMON_FRAME_KEYS, ...letterCase.frameKeys]);
  if (request.body) checkEditedBody(request.body);
  const body = request.body ?? composed.body;
  return {
    letterCase,
    template,
    inputs,
    fields,
    composed,
    body,
    layout: (createdAt) =>
      buildLetterLayout({
        language,
        kind: request.kind,
        title: composed.title,
        body,
        salutation: composed.salutation,
        closing: composed.closing,
        fields,
        frame: loadFrame(),
        reference: letterCase.reference,
        extraReferences: letterCase.extraReferences(language, fields),
        createdAt,
      }),
  };
}

/** VALIDATION naming every missing field, or nothing when the letter can be generated. */
export function requireComplete(letter: PreparedLetter): void {
  const { missing } = letter.composed;
  if (missing.length === 0) return;
  throw new AppError(
    'VALIDATION',
    `Fill these before generating the letter: ${missing.map((m) => `${m.label} [${m.key}]`).join('; ')}`,
    missing.map((m) => ({ path: m.key, message: m.label })),
  );
}
