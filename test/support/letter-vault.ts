import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { LetterInputs, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { Settings } from '../../electron/shared/settings';
import type { ApiError } from '../../electron/shared/result';
import { appOver, PASSPHRASE, tempDir } from '../integration/temp-vault';

/** The organisation of the letter tests: Noventia Srl in Milan, its DPO, and the Garante as its authority. */
export const NOVENTIA = {
  'organisation.name': 'Noventia Srl',
  'organisation.address': 'Via Privata Bernardo Rucellai 12, 20126 Milano MI, Italia',
  'organisation.country': 'IT',
  'organisation.timeZone': 'Europe/Rome',
  'organisation.dpoName': 'Chiara Esposito',
  'organisation.dpoEmail': 'dpo@noventia.example',
  'organisation.authorityName': 'Garante per la protezione dei dati personali',
  'organisation.authorityAddress': 'Piazza Venezia 11, 00187 Roma',
  'organisation.authorityWebsite': 'https://www.garanteprivacy.it',
} as const satisfies Partial<Settings>;

/** Noventia with every contact a notification to the Garante prints: phones, VAT number, PEC and e-mail. */
export const NOVENTIA_WITH_CONTACTS = {
  ...NOVENTIA,
  'organisation.dpoPhone': '+39 02 1234 5678',
  'organisation.vatNumber': 'IT01234567890',
  'organisation.pec': 'noventia@pec.example.it',
  'organisation.email': 'privacy@noventia.example',
  'organisation.phone': '+39 02 8765 4321',
} as const satisfies Partial<Settings>;

/** Noventia as an important entity within NIS2, its reports to CSIRT Italia sent and signed by its CSIRT contact. */
export const NOVENTIA_NIS2 = {
  'nis2.scope': 'important',
  'nis2.authority': 'CSIRT Italia (Agenzia per la cybersicurezza nazionale)',
  'nis2.contactName': 'Luca Bianchi',
  'nis2.contactRole': 'Referente CSIRT',
  'nis2.contactEmail': 'csirt@noventia.example',
  'nis2.contactPhone': '+39 02 8765 4321',
} as const satisfies Partial<Settings>;

/**
 * A real vault for one describe block, its clock at `now` (fixed, or read at each call when a
 * function, for a block that moves time on) and the organisation set (Noventia unless
 * `settings` says otherwise): created before the block's tests, closed and removed after them.
 */
export function letterVault(now: Date | (() => Date), settings: Partial<Settings> = NOVENTIA) {
  const tmp = tempDir();
  const app = appOver(tmp.dir, typeof now === 'function' ? now : () => now);
  beforeAll(async () => {
    await app.session.create(PASSPHRASE);
    await app.handlers['settings.update']({ changes: settings });
  });
  afterAll(async () => {
    await app.dispose();
    tmp.cleanup();
  });
  /** Calls a channel through dispatch (so inputs are parsed as in the app) and unwraps it. */
  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }
  /** The error a channel answers with; throws when it is accepted. */
  async function refused(channel: string, input: unknown): Promise<ApiError> {
    const result = await app.dispatch(channel, input);
    if (result.ok) throw new Error(`${channel} was accepted`);
    return result.error;
  }
  /**
   * A request's letter previewed on `date` (nothing may be missing), as its PDF, the text
   * pdftotext reads of it and its warnings' codes.
   */
  async function requestLetter(reference: string, kind: RequestLetterKind, language: LetterLanguage, date: string, inputs: LetterInputs = {}) {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language, date, inputs });
    expect(preview.missing.map((m) => m.key), `${kind}/${language}`).toEqual([]);
    const pdf = Buffer.from(preview.pdfBase64 ?? '', 'base64');
    return { pdf, text: pdfText(pdf, tmp.dir), warnings: preview.warnings.map((w) => w.code) };
  }
  return { app, tmp, call, refused, requestLetter };
}

/**
 * The text of each page of a PDF as pdftotext reads it, white space runs made single. `raw`
 * keeps content order (and the diagonal DRAFT mark, which the default layout mode drops).
 */
export function pdfPages(pdf: Buffer, dir: string, { raw = false } = {}): string[] {
  const file = join(dir, `pages-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [...(raw ? ['-raw'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => page.replace(/\s+/g, ' '));
}

/** The whole text of a PDF as pdftotext reads it, white space runs made single. */
export function pdfText(pdf: Buffer, dir: string): string {
  return pdfPages(pdf, dir).join(' ').replace(/\s+/g, ' ');
}
