import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import { AppError, fieldIssue } from '../../errors';
import type { LetterBody, LetterLanguage, LetterRequest, LetterWarning } from '../../../shared/document-contract';
import type { LetterLayout } from '../pdf/letter-layout';
import { buildLetterLayout, COMMON_FRAME_KEYS } from './build-letter-layout';
import { composeLetter, type ComposedLetter } from './compose-letter';
import { addressedDefaults } from './letter-address';
import { FIELD_CATALOGUE, type FieldValues } from './field-catalogue';
import { formatCivilDate } from './format-date';
import { looksForeign } from './language-guess';
import { checkLetterDate } from './letter-dating';
import { polishBody } from './polish-text';
import { resolveInputs, type DocumentNoun, type ResolvedInputs } from './letter-inputs';
import type { LetterCase, LetterSource } from './letter-source';
import { hasUnfilledText } from './placeholders';
import { loadFrame, loadTemplate } from './template-files';
import type { LetterTemplate } from './template-schema';
import { msg, renderText, type Message } from '../../i18n';

/** A letter ready to preview or print: the case, its template, fields and the composed text. */
export interface PreparedLetter {
  letterCase: LetterCase;
  template: LetterTemplate;
  inputs: ResolvedInputs;
  fields: FieldValues;
  composed: ComposedLetter;
  /** The text that will be printed: the DPO's edit when given, else the composed text. */
  body: LetterBody;
  /** The date the letter bears (YYYY-MM-DD). */
  date: string;
  /** What the DPO should see before finalising. */
  warnings: LetterWarning[];
  /** The layout to print; `draft` marks every page DRAFT / BOZZA (a preview). */
  layout(createdAt: Date, draft: boolean): LetterLayout;
}

function blockTexts(block: LetterBody['blocks'][number]): string[] {
  if (block.type === 'list') return block.items;
  if (block.type === 'table') return block.rows.flatMap((row) => [row.label, row.value]);
  return [block.text];
}

/** The warning a draft carries while the case holds its finalising back (identity not yet verified, no decision on telling the people). */
function holdWarnings(held: Message | null, code: LetterWarning['code'] = 'identity-not-verified'): LetterWarning[] {
  return held ? [{ code, message: { en: renderText('en', held), it: renderText('it', held) } }] : [];
}

/** Refuses edited text that still holds a ⟦missing⟧ marker, a {{placeholder}} or "undefined". */
function checkEditedBody(body: LetterBody): void {
  const texts = [body.subject, ...body.blocks.flatMap(blockTexts)];
  const bad = texts.findIndex(hasUnfilledText);
  if (bad >= 0) {
    const path = bad === 0 ? 'body.subject' : `body.blocks`;
    throw new AppError('VALIDATION', msg('msg.error.letter.unfilled', { text: texts[bad]?.slice(0, 80) ?? '' }), [fieldIssue(path, msg('msg.error.letter.replaceMarker'))]);
  }
}

/**
 * Loads the case, picks the template, merges the DPO's inputs over the case's defaults and
 * composes the text. Refuses a kind that does not fit the case (VALIDATION).
 */
export async function prepareLetter(db: Kysely<Database>, sources: Record<string, LetterSource>, request: LetterRequest, now: Date): Promise<PreparedLetter> {
  const source = sources[request.caseType];
  if (!source || !source.kinds.includes(request.kind)) {
    throw new AppError('VALIDATION', msg(`msg.error.letter.noKind.${request.caseType}`, { kind: request.kind }), [fieldIssue('kind', msg('msg.error.letter.chooseKind', { kinds: source?.kinds.join(', ') ?? '—' }))]);
  }
  const letterCase = await source.load(db, request.caseId, now);
  const template = loadTemplate(request.caseType, request.kind);
  const barred = letterCase.whyNot?.(request.kind) ?? null;
  if (barred) throw new AppError('VALIDATION', barred, [fieldIssue('kind', barred)]);
  if (!letterCase.applies(template)) {
    // Name the kinds that do fit, when some do (review 7, G2).
    const fitting = source.kinds.filter((kind) => kind !== request.kind && letterCase.applies(loadTemplate(request.caseType, kind)));
    const misfit =
      fitting.length > 0
        ? msg('msg.error.letter.misfitListed', { kind: request.kind, case: [letterCase.description], kinds: fitting.join(', ') })
        : msg('msg.error.letter.misfit', { kind: request.kind, case: [letterCase.description] });
    throw new AppError('VALIDATION', misfit, [fieldIssue('kind', msg('msg.error.letter.chooseListed'))]);
  }
  const { language } = request;
  const dated = checkLetterDate(request.date, letterCase.defaultDate?.(request.kind) ?? letterCase.today, letterCase.dateRules(request.kind, request.inputs), nounOf(letterCase) === 'notice');
  const turn = letterCase.address?.(language, request.kind) ?? null;
  const defaults = addressedDefaults(letterCase.inputDefaults(language, request.kind, request.inputs, dated.date), turn);
  const inputs = resolveInputs(template.inputs, defaults, request.inputs, language, nounOf(letterCase));
  const fields = { ...letterCase.fields(language, request.kind, request.inputs, dated.date), ...inputs.fields, 'letter.date': formatCivilDate(dated.date, language) };
  const composed = composeLetter(template, language, fields, [...COMMON_FRAME_KEYS, ...letterCase.frameKeys], dated.date, turn);
  if (request.body) checkEditedBody(request.body);
  const body = request.body ? polishBody(request.body, language) : composed.body;
  return {
    letterCase,
    template,
    inputs,
    fields,
    composed,
    body,
    date: dated.date,
    warnings: [
      ...dated.warnings,
      ...holdWarnings(letterCase.notYet?.(request.kind, dated.date) ?? null, letterCase.holdCode),
      ...(letterCase.cautions?.(request.kind, dated.date, request.inputs) ?? []).map(({ code, message }) => ({ code, message: { en: renderText('en', message), it: renderText('it', message) } })),
      ...languageWarnings(composed.usedKeys, fields, language, nounOf(letterCase) === 'notice', registerVerbatim(inputs, defaults)),
      ...deferredWarnings(composed.deferred),
    ],
    layout: (createdAt, draft) =>
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
        draft,
      }),
  };
}

/**
 * Fields that hold proper names, whatever the letter's language ("Garante per la protezione
 * dei dati personali (Italy)"): never judged, so the warning is kept for real free text.
 */
const PROPER_NAMES: ReadonlySet<string> = new Set(['breach.competentAuthorities']);

/** Free text a notice prints as the breach register holds it: judged even when short (review 8, H11's remainder). */
const REGISTER_TEXTS: ReadonlySet<string> = new Set(['breach.title', 'breach.description']);

/**
 * The inputs the letter prints as the case gave them: the reason recorded on the request, the
 * register's purposes and sources, left as they stand (a short note such as "See the letter" is
 * then judged by its words; what the DPO wrote or changed is judged as before).
 */
function registerVerbatim(inputs: ResolvedInputs, defaults: Record<string, string | null>): ReadonlySet<string> {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  return new Set(
    Object.entries(inputs.values).flatMap(([key, value]) => {
      const given = defaults[key];
      if (value === null || given === null || given === undefined || flat(given) === '') return [];
      return flat(Array.isArray(value) ? value.join(' ') : value) === flat(given) ? [key] : [];
    }),
  );
}

/**
 * The facts a notice prints as "not yet known" (a deferred field left empty), named as the
 * field catalogue names them, so the DPO confirms or fills each before finalising: the
 * description, the register or the DPO's own assessment may already state them (review 4,
 * D9, D29, D34; Art. 33(3)-(4) GDPR, D.Lgs. 138/2024 art. 25, comma 5).
 */
function deferredWarnings(keys: string[]): LetterWarning[] {
  if (keys.length === 0) return [];
  const labels = keys.map((key) => FIELD_CATALOGUE[key]?.label ?? { en: key, it: key });
  const fields = { en: labels.map((l) => l.en).join('; '), it: labels.map((l) => l.it).join('; ') };
  const message = msg('msg.letterWarning.factsNotYetKnown', { fields });
  return [{ code: 'facts-not-yet-known', message: { en: renderText('en', message), it: renderText('it', message) } }];
}

/**
 * Free text from the case or the DPO's inputs that reads as the other language ("Che
 * cosa è successo: The processor reported…"): one warning naming each such field.
 */
function languageWarnings(keys: string[], fields: FieldValues, language: LetterLanguage, notice: boolean, verbatim: ReadonlySet<string>): LetterWarning[] {
  const other: LetterLanguage = language === 'en' ? 'it' : 'en';
  const names = { en: 'English', it: 'Italian' } as const;
  const nomi = { en: 'inglese', it: 'italiano' } as const;
  return keys
    .filter((key) => FIELD_CATALOGUE[key]?.source !== 'settings' && !PROPER_NAMES.has(key))
    .filter((key) => {
      const value = fields[key];
      const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
      return looksForeign(text, language, verbatim.has(key) || REGISTER_TEXTS.has(key));
    })
    .map((key) => {
      const label = FIELD_CATALOGUE[key]?.label ?? { en: key, it: key };
      return {
        code: 'language-mix' as const,
        field: key,
        message: {
          en: `“${label.en}” looks written in ${names[other]}, but this ${notice ? 'notice' : 'letter'} is in ${names[language]}.`,
          it: `“${label.it}” sembra scritto in ${nomi[other]}, ma ${notice ? 'questa comunicazione' : 'questa lettera'} è in ${nomi[language]}.`,
        },
      };
    });
}

/** A breach's documents are notices (to the authority, a client, the people, the CSIRT), a request's are letters. */
export const nounOf = (letterCase: LetterCase): DocumentNoun => (letterCase.caseType === 'breach' ? 'notice' : 'letter');

/** VALIDATION naming every missing field, or nothing when the letter can be generated. */
export function requireComplete(letter: PreparedLetter): void {
  const { missing } = letter.composed;
  if (missing.length === 0) return;
  throw new AppError(
    'VALIDATION',
    msg(nounOf(letter.letterCase) === 'notice' ? 'msg.error.letter.incompleteNotice' : 'msg.error.letter.incomplete', { fields: missing.map((m) => `${m.label} [${m.key}]`).join('; ') }),
    missing.map((m) => fieldIssue(m.key, msg('msg.error.letter.missingField', { label: m.label }))),
  );
}
