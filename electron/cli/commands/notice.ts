import { writeFileSync } from 'node:fs';
import { AUTHORITY_PHASES, type AuthorityPhase } from '../../shared/breaches';
import { LETTER_LANGUAGES, type BreachNoticeKind, type LetterLanguage } from '../../shared/document-contract';
import { renderLetter } from '../../core/documents/letter-service';
import { CONFIRM_LANGUAGE_HELP, CONFIRM_LANGUAGE_OPTION, finaliseFromCli } from './letter-finalise';
import { UsageError, type Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { letterDateFlag, letterInputsFromFlags } from './letter-inputs';
import { NIS2_PHASES } from '../../core/documents/breach-notices/breach-field-catalogue';

const KINDS: Record<string, BreachNoticeKind> = { authority: 'authority-notification', subjects: 'subject-notice', client: 'client-notice', nis2: 'nis2-report' };
const isLanguage = (value: unknown): value is LetterLanguage => (LETTER_LANGUAGES as readonly unknown[]).includes(value);
const isPhase = (value: unknown): value is AuthorityPhase => (AUTHORITY_PHASES as readonly unknown[]).includes(value);
const NIS2_PHASE_NAMES = Object.keys(NIS2_PHASES);

/** The inputs the flags fix for each kind: the authority's phase, the client, the NIS2 report. */
function kindInputs(kind: BreachNoticeKind, phase: unknown, client: unknown): Record<string, string> {
  if (kind === 'authority-notification') {
    if (!isPhase(phase)) throw new UsageError(`--phase must be one of: ${AUTHORITY_PHASES.join(', ')}`);
    return { 'notice.phase': phase };
  }
  if (kind === 'nis2-report') {
    if (typeof phase !== 'string' || !NIS2_PHASE_NAMES.includes(phase)) throw new UsageError(`--phase must be one of: ${NIS2_PHASE_NAMES.join(', ')}`);
    return { 'csirt.phase': phase };
  }
  if (phase !== undefined) throw new UsageError('--phase applies only to --to authority and --to nis2');
  if (kind === 'client-notice') {
    if (typeof client !== 'string' || client.trim() === '') throw new UsageError('--client ID (or name) is required with --to client');
    return { 'notice.client': client };
  }
  return {};
}

export const notice: Command = {
  path: ['notice'],
  summary: 'Generate a breach notice as PDF: to the authority (Art. 33), the people (Art. 34), a client (Art. 33(2)) or the NIS2 CSIRT; --finalise also stores it',
  usage: 'notice BREACH_REF --to authority|subjects|client|nis2 [--phase preliminary|complete|supplementary | early-warning|notification|intermediate|progress|final] [--client ID] --lang en|it --out FILE.pdf [--set KEY=VALUE]… [--inputs FILE.json] [--date YYYY-MM-DD] [--finalise [--confirm-language]] --vault DIR [--json]',
  details: [
    '--to         authority: the notification to the supervisory authority, laid out as the Garante’s form',
    '             subjects: the notice to the people affected, in plain language',
    '             client: the notice to one client whose data we process (Art. 33(2)); needs --client',
    '             nis2: a report to the CSIRT (D.Lgs. 138/2024 art. 25; Directive (EU) 2022/2555 Art. 23(4)); needs --phase',
    '--phase      with --to authority, the notification’s phase (Art. 33(4)); with --to nis2,',
    '             early-warning (24 h), notification (72 h), intermediate (on request), progress (at the month',
    '             while the incident goes on, art. 25, comma 5, lett. e)) or final (one month)',
    '--client     the client (id or name) the notice is for, one of those the breach affects',
    '--lang       en or it',
    '--out        where to write the PDF',
    '--set        a notice field, e.g. --set breach.securityMeasures="…"; repeat a key for a list (breach.measuresTaken, notice.advice)',
    '--inputs     a JSON object of notice fields (or - for standard input); --set wins over it',
    '--finalise   store the PDF in the vault as the next version, with its SHA-256, and audit it',
    CONFIRM_LANGUAGE_HELP,
    'A field the notice needs but the register or the flags do not give is named, and nothing is written (exit 1).',
  ],
  options: {
    to: { type: 'string' },
    phase: { type: 'string' },
    client: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    set: { type: 'string', multiple: true },
    inputs: { type: 'string' },
    finalise: { type: 'boolean' },
    date: { type: 'string' },
    ...CONFIRM_LANGUAGE_OPTION,
  },
  positionals: { min: 1, max: 1, names: ['BREACH_REF'] },
  async run(ctx) {
    const { to, phase, lang, out } = ctx.values;
    const kind = typeof to === 'string' ? KINDS[to] : undefined;
    if (!kind) throw new UsageError('--to must be authority, subjects, client or nis2');
    const fixed = kindInputs(kind, phase, ctx.values.client);
    if (!isLanguage(lang)) throw new UsageError('--lang must be en or it');
    if (typeof out !== 'string' || out === '') throw new UsageError('--out FILE.pdf is required');
    const sets = Array.isArray(ctx.values.set) ? ctx.values.set.map(String) : [];
    const given = await letterInputsFromFlags(typeof ctx.values.inputs === 'string' ? ctx.values.inputs : undefined, sets, ctx.readStdin);
    const inputs = { ...given, ...fixed };
    const request = { caseType: 'breach' as const, caseId: ctx.positionals[0] as string, kind, language: lang, inputs, ...letterDateFlag(ctx.values.date) };
    const result = await withUnlockedVault(ctx, async (session) => {
      if (ctx.values.finalise !== true) return { ...(await renderLetter(session.db(), request, new Date())), document: null };
      return finaliseFromCli(session.db(), request, ctx.values, session.actor, new Date());
    });
    writeFileSync(out, result.pdf);
    const { document } = result;
    ctx.print(
      { file: out, kind, phase: typeof phase === 'string' ? phase : null, client: fixed['notice.client'] ?? null, language: lang, size: result.pdf.length, finalised: document, warnings: result.warnings.map((w) => ({ code: w.code, message: w.message.en, ...(w.field ? { field: w.field } : {}) })) },
      [
        `Wrote ${out} (${result.pdf.length} bytes)${document ? '' : ', marked DRAFT'}`,
        ...(document ? [`Finalised as version ${document.version} (id ${document.id}), dated ${document.letterDate}, SHA-256 ${document.sha256}`] : []),
        ...result.warnings.map((w) => `Warning: ${w.message[lang]}`),
      ],
    );
  },
};
