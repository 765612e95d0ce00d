import { writeFileSync } from 'node:fs';
import { AUTHORITY_PHASES, type AuthorityPhase } from '../../shared/breaches';
import { LETTER_LANGUAGES, type BreachNoticeKind, type LetterLanguage } from '../../shared/document-contract';
import { finaliseLetter, renderLetter } from '../../core/documents/letter-service';
import { UsageError, type Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { letterDateFlag, letterInputsFromFlags } from './letter-inputs';

const KINDS: Record<string, BreachNoticeKind> = { authority: 'authority-notification', subjects: 'subject-notice' };
const isLanguage = (value: unknown): value is LetterLanguage => (LETTER_LANGUAGES as readonly unknown[]).includes(value);
const isPhase = (value: unknown): value is AuthorityPhase => (AUTHORITY_PHASES as readonly unknown[]).includes(value);

export const notice: Command = {
  path: ['notice'],
  summary: 'Generate a breach notice as PDF: to the authority (Art. 33) or to the people (Art. 34); --finalise also stores it',
  usage: 'notice BREACH_REF --to authority|subjects [--phase preliminary|complete|supplementary] --lang en|it --out FILE.pdf [--set KEY=VALUE]… [--inputs FILE.json] [--date YYYY-MM-DD] [--finalise] --vault DIR [--json]',
  details: [
    '--to         authority: the notification to the supervisory authority, laid out as the Garante’s form',
    '             subjects: the notice to the people affected, in plain language',
    '--phase      the notification’s phase (Art. 33(4)); required with --to authority',
    '--lang       en or it',
    '--out        where to write the PDF',
    '--set        a notice field, e.g. --set breach.securityMeasures="…"; repeat a key for a list (breach.measuresTaken, notice.advice)',
    '--inputs     a JSON object of notice fields (or - for standard input); --set wins over it',
    '--finalise   store the PDF in the vault as the next version, with its SHA-256, and audit it',
    'A field the notice needs but the register or the flags do not give is named, and nothing is written (exit 1).',
  ],
  options: {
    to: { type: 'string' },
    phase: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    set: { type: 'string', multiple: true },
    inputs: { type: 'string' },
    finalise: { type: 'boolean' },
    date: { type: 'string' },
  },
  positionals: { min: 1, max: 1, names: ['BREACH_REF'] },
  async run(ctx) {
    const { to, phase, lang, out } = ctx.values;
    const kind = typeof to === 'string' ? KINDS[to] : undefined;
    if (!kind) throw new UsageError('--to must be authority or subjects');
    if (kind === 'authority-notification' && !isPhase(phase)) throw new UsageError(`--phase must be one of: ${AUTHORITY_PHASES.join(', ')}`);
    if (kind === 'subject-notice' && phase !== undefined) throw new UsageError('--phase applies only to --to authority');
    if (!isLanguage(lang)) throw new UsageError('--lang must be en or it');
    if (typeof out !== 'string' || out === '') throw new UsageError('--out FILE.pdf is required');
    const sets = Array.isArray(ctx.values.set) ? ctx.values.set.map(String) : [];
    const given = await letterInputsFromFlags(typeof ctx.values.inputs === 'string' ? ctx.values.inputs : undefined, sets, ctx.readStdin);
    const inputs = isPhase(phase) ? { ...given, 'notice.phase': phase } : given;
    const request = { caseType: 'breach' as const, caseId: ctx.positionals[0] as string, kind, language: lang, inputs, ...letterDateFlag(ctx.values.date) };
    const result = await withUnlockedVault(ctx, async (session) => {
      if (ctx.values.finalise !== true) return { ...(await renderLetter(session.db(), request, new Date())), document: null };
      return finaliseLetter(session.db(), request, session.actor, new Date());
    });
    writeFileSync(out, result.pdf);
    const { document } = result;
    ctx.print(
      { file: out, kind, phase: isPhase(phase) ? phase : null, language: lang, size: result.pdf.length, finalised: document, warnings: result.warnings.map((w) => ({ code: w.code, message: w.message.en })) },
      [
        `Wrote ${out} (${result.pdf.length} bytes)${document ? '' : ', marked DRAFT'}`,
        ...(document ? [`Finalised as version ${document.version} (id ${document.id}), dated ${document.letterDate}, SHA-256 ${document.sha256}`] : []),
        ...result.warnings.map((w) => `Warning: ${w.message.en}`),
      ],
    );
  },
};
