import { formatCivilDate } from '../../shared/pure/i18n/format';
import { writeFileSync } from 'node:fs';
import { AUTHORITY_PHASES, type AuthorityPhase } from '../../shared/breaches';
import { LETTER_LANGUAGES, type BreachNoticeKind, type LetterLanguage } from '../../shared/document-contract';
import { renderLetter } from '../../core/documents/letter-service';
import { CONFIRM_LANGUAGE_OPTION, finaliseFromCli } from './letter-finalise';
import { UsageError, type Command } from '../command';
import { withWorkSession } from '../work-session';
import { letterDateFlag, letterInputsFromFlags } from './letter-inputs';
import { NIS2_PHASES } from '../../core/documents/breach-notices/breach-field-catalogue';
import { msg } from '../../core/i18n';
import { vaultCliText } from '../cli-text';

const KINDS: Record<string, BreachNoticeKind> = { authority: 'authority-notification', subjects: 'subject-notice', client: 'client-notice', nis2: 'nis2-report' };
const isLanguage = (value: unknown): value is LetterLanguage => (LETTER_LANGUAGES as readonly unknown[]).includes(value);
const isPhase = (value: unknown): value is AuthorityPhase => (AUTHORITY_PHASES as readonly unknown[]).includes(value);
const NIS2_PHASE_NAMES = Object.keys(NIS2_PHASES);

/** The inputs the flags fix for each kind: the authority's phase, the client, the NIS2 report. */
function kindInputs(kind: BreachNoticeKind, phase: unknown, client: unknown): Record<string, string> {
  if (kind === 'authority-notification') {
    if (!isPhase(phase)) throw new UsageError(msg('msg.cli.usage.oneOf', { flag: '--phase', valid: AUTHORITY_PHASES.join(', ') }));
    return { 'notice.phase': phase };
  }
  if (kind === 'nis2-report') {
    if (typeof phase !== 'string' || !NIS2_PHASE_NAMES.includes(phase)) throw new UsageError(msg('msg.cli.usage.oneOf', { flag: '--phase', valid: NIS2_PHASE_NAMES.join(', ') }));
    return { 'csirt.phase': phase };
  }
  if (phase !== undefined) throw new UsageError(msg('msg.cli.usage.phaseOnly'));
  if (kind === 'client-notice') {
    if (typeof client !== 'string' || client.trim() === '') throw new UsageError(msg('msg.cli.usage.clientRequired'));
    return { 'notice.client': client };
  }
  return {};
}

export const notice: Command = {
  path: ['notice'],
  usage: 'notice BREACH_REF --to authority|subjects|client|nis2 [--phase preliminary|complete|supplementary | early-warning|notification|intermediate|progress|final] [--client ID] --lang en|it --out FILE.pdf [--set KEY=VALUE]… [--inputs FILE.json] [--date YYYY-MM-DD] [--finalise [--confirm-language]] --vault DIR [--json]',
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
    if (!kind) throw new UsageError(msg('msg.cli.usage.noticeTo'));
    const fixed = kindInputs(kind, phase, ctx.values.client);
    if (!isLanguage(lang)) throw new UsageError(msg('msg.cli.usage.letterLang'));
    if (typeof out !== 'string' || out === '') throw new UsageError(msg('msg.cli.usage.outPdf'));
    const sets = Array.isArray(ctx.values.set) ? ctx.values.set.map(String) : [];
    const given = await letterInputsFromFlags(typeof ctx.values.inputs === 'string' ? ctx.values.inputs : undefined, sets, ctx.readStdin);
    const inputs = { ...given, ...fixed };
    const request = { caseType: 'breach' as const, caseId: ctx.positionals[0] as string, kind, language: lang, inputs, ...letterDateFlag(ctx.values.date) };
    const result = await withWorkSession(ctx, async (session) => {
      await vaultCliText(ctx, session.db());
      if (ctx.values.finalise !== true) return { ...(await renderLetter(session.db(), request, new Date())), document: null };
      return finaliseFromCli(session.db(), request, ctx.values, session.actor, new Date());
    });
    writeFileSync(out, result.pdf);
    const { document } = result;
    const x = ctx.text();
    ctx.print(
      { file: out, kind, phase: typeof phase === 'string' ? phase : null, client: fixed['notice.client'] ?? null, language: lang, size: result.pdf.length, finalised: document, warnings: result.warnings.map((w) => ({ code: w.code, message: w.message.en, ...(w.field ? { field: w.field } : {}) })) },
      [
        `${x.t('msg.cli.wrote', { file: out, bytes: result.pdf.length })}${document ? '' : x.t('msg.cli.letter.draft')}`,
        ...(document ? [x.t('msg.cli.letter.finalised', { version: document.version, id: document.id, date: formatCivilDate(document.letterDate, x.language), sha: document.sha256 })] : []),
        ...result.warnings.map((w) => x.t('msg.cli.letter.warning', { message: w.message[x.language] })),
      ],
    );
  },
};
