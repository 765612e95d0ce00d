import { readFile, writeFile } from 'node:fs/promises';
import { exportRegister } from '../../core/ropa/export-register';
import { importRegisterCsv } from '../../core/ropa/import-csv';
import { AppError } from '../../core/errors';
import { UsageError, type Command } from '../command';
import { withWorkSession } from '../work-session';
import { registerToday } from './ropa-file';
import { fileProblem } from '../file-problem';
import { msg } from '../../core/i18n';
import { inVaultLanguage } from '../cli-text';

export const ropaImport: Command = {
  path: ['ropa', 'import'],
  usage: 'ropa import --csv FILE --vault DIR [--json]',
  options: { csv: { type: 'string' } },
  async run(ctx) {
    if (typeof ctx.values.csv !== 'string') throw new UsageError(msg('msg.cli.usage.csvFile'));
    const path = ctx.values.csv;
    const text = await readFile(path, 'utf8').catch((error: unknown) => {
      throw new AppError('NOT_FOUND', msg('msg.error.cli.cannotRead', { source: path, why: [fileProblem(error)] }));
    });
    const result = await withWorkSession(ctx, (session) => inVaultLanguage(ctx, session.db(), async () => importRegisterCsv(session.db(), text, await registerToday(session.db()), session.actor, new Date())));
    if (result.issues.length > 0) {
      const lines = result.issues.map((i) => `${ctx.text().t('msg.cli.ropa.row', { row: i.row })}${i.column ? `, ${i.column}` : ''}: ${ctx.text().text(i.detail)}`);
      throw new AppError('VALIDATION', msg('msg.error.cli.importFailed', { count: result.issues.length, path, lines: lines.join('\n') }), result.issues.map((i) => ({ path: `row ${i.row}.${i.column}`, message: i.message, detail: i.detail })));
    }
    ctx.print(result, [ctx.text().t('msg.cli.ropa.imported', { count: result.imported, path })]);
  },
};

const FORMATS = ['pdf', 'csv', 'json'] as const;

export const ropaExport: Command = {
  path: ['ropa', 'export'],
  usage: 'ropa export --format pdf|csv|json [--lang en|it] --out PATH --vault DIR [--json]',
  options: { format: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
  async run(ctx) {
    const { format, out } = ctx.values;
    const lang = ctx.values.lang ?? 'en';
    if (!FORMATS.includes(format as (typeof FORMATS)[number])) throw new UsageError(msg('msg.cli.usage.oneOf', { flag: '--format', valid: FORMATS.join(', ') }));
    if (lang !== 'en' && lang !== 'it') throw new UsageError(msg('msg.cli.usage.letterLang'));
    if (typeof out !== 'string') throw new UsageError(msg('msg.cli.usage.outFile'));
    const file = await withWorkSession(ctx, (session) => inVaultLanguage(ctx, session.db(), () => exportRegister(session.db(), format as (typeof FORMATS)[number], lang, new Date())));
    const bytes = Buffer.from(file.base64, 'base64');
    await writeFile(out, bytes, { mode: 0o600 });
    ctx.print({ path: out, format, language: lang, bytes: bytes.length }, [ctx.text().t('msg.cli.wrote', { file: out, bytes: bytes.length })]);
  },
};
