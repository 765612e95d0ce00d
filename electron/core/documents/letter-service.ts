import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { GeneratedFile } from '../../shared/generated-file';
import { resolveCase } from './case-reference';
import type { CaseType, DocumentKindInfo, DocumentSummary, FinaliseRequest, LetterLanguage, LetterPreview, LetterRequest, LetterWarning } from '../../shared/document-contract';
import { withFollowUp } from './letter-dispatch';
import { deleteDraft } from './letter-drafts';
import { exportDocument, insertDocument, listDocuments } from './document-store';
import { printable } from './letters/compose-letter';
import { describeField, describeInput } from './letters/field-catalogue';
import { confirmedLanguageFields } from './letters/language-confirmation';
import { nounOf, prepareLetter, requireComplete, type PreparedLetter } from './letters/prepare-letter';
import { fillPlaceholders, missingMarker } from './letters/placeholders';
import { loadTemplate } from './letters/template-files';
import type { LetterTemplate } from './letters/template-schema';
import { renderLetterPdf } from './pdf/render-letter';
import { SOURCES } from './letter-sources';
import { AppError, fieldIssue } from '../errors';

/** The kinds that fit a case, in the order the case page offers them, with what each needs. */
export async function documentKinds(db: Kysely<Database>, caseType: CaseType, caseId: string, now: Date): Promise<DocumentKindInfo[]> {
  const source = SOURCES[caseType];
  const letterCase = await source.load(db, caseId, now);
  const title = (template: LetterTemplate, language: LetterLanguage) => {
    const fields = letterCase.fields(language, template.kind);
    return fillPlaceholders(template[language].title, (key) => printable(fields[key], language) ?? missingMarker(key));
  };
  return source.kinds
    .map((kind) => loadTemplate(caseType, kind))
    .filter((template) => letterCase.applies(template))
    .map((template) => ({
      kind: template.kind,
      caseType,
      title: { en: title(template, 'en'), it: title(template, 'it') },
      required: [...new Set(template.required)].map(describeField),
      inputs: template.inputs.map((key) => describeInput(key, template.required.includes(key), letterCase.defaultDate?.(template.kind) ?? letterCase.today)),
    }));
}

async function renderPrepared(letter: PreparedLetter, now: Date, draft: boolean): Promise<Buffer> {
  requireComplete(letter);
  return renderLetterPdf(letter.layout(now, draft));
}

/**
 * The preview: every field as printed, the editable inputs with their values, what is
 * missing (named), the text the DPO may edit and, once nothing is missing, the PDF.
 */
export async function previewLetter(db: Kysely<Database>, request: LetterRequest, now: Date): Promise<LetterPreview> {
  const letter = await prepareLetter(db, SOURCES, request, now);
  const { composed, template, inputs, fields } = letter;
  const pdf = composed.missing.length === 0 ? await renderPrepared(letter, now, true) : null;
  return {
    kind: request.kind,
    language: request.language,
    title: composed.title,
    fields: Object.fromEntries(composed.usedKeys.map((key) => [key, printable(fields[key], request.language)])),
    inputs: template.inputs.map((key) => ({ ...describeInput(key, template.required.includes(key), letter.date), value: inputs.values[key] ?? null })),
    missing: composed.missing,
    body: letter.body,
    date: letter.date,
    warnings: letter.warnings,
    pdfBase64: pdf ? pdf.toString('base64') : null,
  };
}

/** The PDF of a letter marked DRAFT / BOZZA on every page, with its warnings; or VALIDATION naming every missing field. */
export async function renderLetter(db: Kysely<Database>, request: LetterRequest, now: Date): Promise<{ pdf: Buffer; warnings: LetterWarning[]; date: string }> {
  const letter = await prepareLetter(db, SOURCES, request, now);
  return { pdf: await renderPrepared(letter, now, true), warnings: letter.warnings, date: letter.date };
}

/**
 * Generates the letter and stores it in the vault as the next version (never replacing one),
 * with its SHA-256 and the date it bears, records it in the case history and the audit chain
 * (kind, language, version, date, hash and size only: no personal data; and the fields whose
 * other-language text the DPO confirmed) and drops its draft. Text that looks written in the
 * other language is refused unless `confirmLanguage` is set.
 */
export async function finaliseLetter(db: Kysely<Database>, request: FinaliseRequest, actor: string, now: Date): Promise<{ document: DocumentSummary; pdf: Buffer; warnings: LetterWarning[] }> {
  const letter = await prepareLetter(db, SOURCES, request, now);
  requireComplete(letter);
  const held = letter.letterCase.notYet?.(request.kind, letter.date) ?? null;
  if (held) throw new AppError('ILLEGAL_TRANSITION', held, [fieldIssue('kind', held)]);
  const languageConfirmed = confirmedLanguageFields(letter.warnings, request.language, request.confirmLanguage === true, nounOf(letter.letterCase) === 'notice');
  const layout = letter.layout(now, false);
  const pdf = await renderLetterPdf(layout);
  const { letterCase } = letter;
  const document = await db.transaction().execute(async (trx) => {
    const stored = await insertDocument(trx, {
      caseType: letterCase.caseType,
      caseId: letterCase.caseId,
      kind: request.kind,
      language: request.language,
      title: letter.composed.title,
      pdf,
      body: letter.body,
      createdBy: actor,
      createdAt: now,
      letterDate: letter.date,
      recipient: layout.recipient.name,
    });
    await letterCase.recordFinalised(
      trx,
      {
        ...(letterCase.documentFacts?.(request.kind, request.inputs) ?? {}),
        documentId: stored.id,
        kind: stored.kind,
        language: stored.language,
        version: stored.version,
        sha256: stored.sha256,
        size: stored.size,
        letterDate: letter.date,
        ...(languageConfirmed.length > 0 ? { languageConfirmed } : {}),
      },
      actor,
      now,
    );
    await deleteDraft(trx, { caseType: letterCase.caseType, caseId: letterCase.caseId, kind: request.kind, language: request.language });
    return stored;
  });
  return { document, pdf, warnings: letter.warnings };
}

/** The finalised documents of a case, newest first, each with what recording its sending would also do. */
export async function caseDocuments(db: Kysely<Database>, caseType: CaseType, caseId: string): Promise<DocumentSummary[]> {
  const { id } = await resolveCase(db, caseType, caseId);
  return Promise.all((await listDocuments(db, caseType, id)).map((document) => withFollowUp(db, document)));
}

/** A finalised document's bytes, exactly as stored. */
export async function exportCaseDocument(db: Kysely<Database>, documentId: string): Promise<GeneratedFile> {
  return exportDocument(db, documentId, async (caseType, caseId) => (await resolveCase(db, caseType, caseId)).reference);
}
