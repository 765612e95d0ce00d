import { formatCivilDate } from '../../shared/pure/i18n/format';
import { writeFileSync } from 'node:fs';
import { LETTER_LANGUAGES, REQUEST_LETTER_KINDS, type LetterLanguage, type RequestLetterKind } from '../../shared/document-contract';
import { renderLetter } from '../../core/documents/letter-service';
import { CONFIRM_LANGUAGE_OPTION, finaliseFromCli } from './letter-finalise';
import { UsageError, type Command } from '../command';
import { withWorkSession } from '../work-session';
import { letterDateFlag, letterInputsFromFlags } from './letter-inputs';
import { msg } from '../../core/i18n';
import { vaultCliText } from '../cli-text';

const isKind = (value: unknown): value is RequestLetterKind => (REQUEST_LETTER_KINDS as readonly unknown[]).includes(value);
const isLanguage = (value: unknown): value is LetterLanguage => (LETTER_LANGUAGES as readonly unknown[]).includes(value);

export const letter: Command = {
  path: ['letter'],
  helpParams: { kinds: REQUEST_LETTER_KINDS.join(', ') },
  usage: 'letter REF --kind K --lang en|it --out FILE.pdf [--set KEY=VALUE]… [--inputs FILE.json] [--date YYYY-MM-DD] [--finalise [--confirm-language]] --vault DIR [--json]',
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
    if (!isKind(kind)) throw new UsageError(msg('msg.cli.usage.oneOf', { flag: '--kind', valid: REQUEST_LETTER_KINDS.join(', ') }));
    if (!isLanguage(lang)) throw new UsageError(msg('msg.cli.usage.letterLang'));
    if (typeof out !== 'string' || out === '') throw new UsageError(msg('msg.cli.usage.outPdf'));
    const sets = Array.isArray(ctx.values.set) ? ctx.values.set.map(String) : [];
    const inputs = await letterInputsFromFlags(typeof ctx.values.inputs === 'string' ? ctx.values.inputs : undefined, sets, ctx.readStdin);
    const request = { caseType: 'request' as const, caseId: ctx.positionals[0] as string, kind, language: lang, inputs, ...letterDateFlag(ctx.values.date) };
    const result = await withWorkSession(ctx, async (session) => {
      await vaultCliText(ctx, session.db());
      if (ctx.values.finalise !== true) return { ...(await renderLetter(session.db(), request, new Date())), document: null };
      return finaliseFromCli(session.db(), request, ctx.values, session.actor, new Date());
    });
    writeFileSync(out, result.pdf);
    const { document } = result;
    const x = ctx.text();
    ctx.print(
      { file: out, kind, language: lang, size: result.pdf.length, finalised: document, warnings: result.warnings.map((w) => ({ code: w.code, message: w.message.en, ...(w.field ? { field: w.field } : {}) })) },
      [
        `${x.t('msg.cli.wrote', { file: out, bytes: result.pdf.length })}${document ? '' : x.t('msg.cli.letter.draft')}`,
        ...(document ? [x.t('msg.cli.letter.finalised', { version: document.version, id: document.id, date: formatCivilDate(document.letterDate, x.language), sha: document.sha256 })] : []),
        ...result.warnings.map((w) => x.t('msg.cli.letter.warning', { message: w.message[x.language] })),
      ],
    );
  },
};
