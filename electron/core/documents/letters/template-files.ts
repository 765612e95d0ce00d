import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { assetsDir } from '../../assets-dir';
import { breachLabelsSchema, type BreachLabels } from '../breach-notices/breach-labels-schema';
import type { CaseType, DocumentKind } from '../../../shared/document-contract';
import {
  lawTableSchema,
  letterFrameSchema,
  letterLabelsSchema,
  letterTemplateFileSchema,
  type LawTable,
  type LetterFrame,
  type LetterLabels,
  type LetterTemplate,
} from './template-schema';

/**
 * Reads the letter templates and their reference data from `assets/templates/`, checks each
 * against its schema, and keeps them for the life of the process. A malformed file is a
 * build error, reported with its path.
 */
const cache = new Map<string, unknown>();

function readJson<T>(relative: string, schema: z.ZodType<T>): T {
  const hit = cache.get(relative);
  if (hit !== undefined) return hit as T;
  const path = join(assetsDir(), 'templates', relative);
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new Error(`The template file ${path} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  cache.set(relative, parsed.data);
  return parsed.data;
}

/** Where each case type's templates live under `assets/templates/`. */
const FOLDERS: Record<CaseType, string> = { request: 'requests', breach: 'breaches' };

/**
 * The template of one kind, for the case type it belongs to, opening and closing as the frame
 * says for its reader (one salutation per kind of reader in every letter; review C36).
 */
export function loadTemplate(caseType: CaseType, kind: DocumentKind): LetterTemplate {
  const file = readJson(`${FOLDERS[caseType]}/${kind}.json`, letterTemplateFileSchema);
  if (file.kind !== kind || file.caseType !== caseType) throw new Error(`The template file for ${kind} declares ${file.caseType}/${file.kind}`);
  const reader = file.reader ?? 'person';
  const words = loadFrame().readers[reader];
  return {
    ...file,
    reader,
    en: { ...file.en, salutation: words.salutation.en, closing: words.closing.en },
    it: { ...file.it, salutation: words.salutation.it, closing: words.closing.it },
  };
}

/** The words around every letter. */
export function loadFrame(): LetterFrame {
  return readJson('frame.json', letterFrameSchema);
}

/** Short names, territories and fixed authorities of the regimes letters serve. */
export function loadLawTable(): LawTable {
  return readJson('law.json', lawTableSchema);
}

/** Localised request types, identity needs and refusal grounds (request letters). */
export function loadLabels(): LetterLabels {
  return readJson('requests/labels.json', letterLabelsSchema);
}

/** Localised causes, categories, losses, levels and the phrases breach notices are built from. */
export function loadBreachLabels(): BreachLabels {
  return readJson('breaches/labels.json', breachLabelsSchema);
}
