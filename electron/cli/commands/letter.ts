import { writeFileSync } from 'node:fs';
import { LETTER_LANGUAGES, REQUEST_LETTER_KINDS, type LetterLanguage, type RequestLetterKind } from '../../shared/document-contract';
import { renderLetter } from '../../core/documents/letter-service';
import { CONFIRM_LANGUAGE_HELP, CONFIRM_LANGUAGE_OPTION, finaliseFromCli } from './letter-finalise';
import { UsageError, type Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { letterDateFlag, letterInputsFromFlags } from './letter-inputs';

const isKind = (value: unknown): value is RequestLetterKind => (REQUEST_LETTER_KINDS as readonly unknown[]).includes(value);
const isLanguage = (value: unknown): value is LetterLanguage => (LETTER_LANGUAGES as readonly unknown[]).includes(value);

export const letter: Command = {
  path: ['letter'],
  summary: 'Generate a letter for a request as PDF; --finalise also stores it in the vault',
  usage: 'letter REF --kind K --lang en|it --out FILE.pdf [--set KEY=VALUE]… [--inputs FILE.json] [--date YYYY-MM-DD] [--finalise [--confirm-language]] --vault DIR [--json]',
  details: [
    `--kind       ${REQUEST_LETTER_KINDS.join(', ')}`,
    '--lang       en or it',
    '--out        where to write the PDF',
    '--set        a letter field, e.g. --set extension.reasons="…"; repeat a key for a list (access.purposes, access.enclosures)',
    '--inputs     a JSON object of letter fields (or - for standard input); --set wins over it',
    '--date       the date the letter bears, YYYY-MM-DD (default: today in the organisation\'s zone, the forwarding notice the day',
    '             the forwarding is recorded; never before the facts it states)',
    '--finalise   store the PDF in the vault as the next version, with its SHA-256, and audit it',
    CONFIRM_LANGUAGE_HELP,
    'A field the letter needs but the vault or the flags do not give is named, and nothing is written (exit 1).',
  ],
  options: {
    kind: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    set: { type: 'string', multiple: true },
    inputs: { type: 'string' },
    finalise: { type: 'boolean' },
    date: { type: 'string' },
    ...CONFIRM_LANGUAGE_OPTION,
  },
  positionals: { min: 1, max: 1, names: ['REF'] },
  async run(ctx) {
    const { kind, lang, out } = ctx.values;
    if (!isKind(kind)) throw new UsageError(`--kind must be one of: ${REQUEST_LETTER_KINDS.join(', ')}`);
    if (!isLanguage(lang)) throw new UsageError('--lang must be en or it');
    if (typeof out !== 'string' || out === '') throw new UsageError('--out FILE.pdf is required');
    const sets = Array.isArray(ctx.values.set) ? ctx.values.set.map(String) : [];
    const inputs = await letterInputsFromFlags(typeof ctx.values.inputs === 'string' ? ctx.values.inputs : undefined, sets, ctx.readStdin);
    const request = { caseType: 'request' as const, caseId: ctx.positionals[0] as string, kind, language: lang, inputs, ...letterDateFlag(ctx.values.date) };
    const result = await withUnlockedVault(ctx, async (session) => {
      if (ctx.values.finalise !== true) return { ...(await renderLetter(session.db(), request, new Date())), document: null };
      return finaliseFromCli(session.db(), request, ctx.values, session.actor, new Date());
    });
    writeFileSync(out, result.pdf);
    const { document } = result;
    ctx.print(
      { file: out, kind, language: lang, size: result.pdf.length, finalised: document, warnings: result.warnings.map((w) => ({ code: w.code, message: w.message.en, ...(w.field ? { field: w.field } : {}) })) },
      [
        `Wrote ${out} (${result.pdf.length} bytes)${document ? '' : ', marked DRAFT'}`,
        ...(document ? [`Finalised as version ${document.version} (id ${document.id}), dated ${document.letterDate}, SHA-256 ${document.sha256}`] : []),
        ...result.warnings.map((w) => `Warning: ${w.message[lang]}`),
      ],
    );
  },
};
