import { readFile, writeFile } from 'node:fs/promises';
import { exportRegister } from '../../core/ropa/export-register';
import { CSV_COLUMNS } from '../../core/ropa/csv-layout';
import { importRegisterCsv } from '../../core/ropa/import-csv';
import { AppError } from '../../core/errors';
import { UsageError, type Command } from '../command';
import { withWorkSession } from '../work-session';
import { registerToday } from './ropa-file';
import { fileProblem } from '../file-problem';
import { msg } from '../../core/i18n';

export const ropaImport: Command = {
  path: ['ropa', 'import'],
  summary: 'Import processing activities from CSV (the Garante’s register layout); nothing is imported on any error',
  usage: 'ropa import --csv FILE --vault DIR [--json]',
  details: [
    'A header row names the columns, in English or Italian, in any order; only name is required.',
    'Lists: one item a line in the cell, or separated by ; (by | when the file is separated by ;).',
    ...CSV_COLUMNS.map((c) => `  ${c.key.padEnd(22)} ${c.it.padEnd(30)} ${c.help}`),
  ],
  options: { csv: { type: 'string' } },
  async run(ctx) {
    if (typeof ctx.values.csv !== 'string') throw new UsageError('Give the file with --csv FILE');
    const path = ctx.values.csv;
    const text = await readFile(path, 'utf8').catch((error: unknown) => {
      throw new AppError('NOT_FOUND', msg('msg.error.cli.cannotRead', { source: path, why: [fileProblem(error)] }));
    });
    const result = await withWorkSession(ctx, async (session) => importRegisterCsv(session.db(), text, await registerToday(session.db()), session.actor, new Date()));
    if (result.issues.length > 0) {
      const lines = result.issues.map((i) => `row ${i.row}${i.column ? `, ${i.column}` : ''}: ${i.message}`);
      throw new AppError('VALIDATION', msg('msg.error.cli.importFailed', { count: result.issues.length, path, lines: lines.join('\n') }), result.issues.map((i) => ({ path: `row ${i.row}.${i.column}`, message: i.message })));
    }
    ctx.print(result, [`Imported ${result.imported} activit${result.imported === 1 ? 'y' : 'ies'} from ${path}`]);
  },
};

const FORMATS = ['pdf', 'csv', 'json'] as const;

export const ropaExport: Command = {
  path: ['ropa', 'export'],
  summary: 'Export the register as PDF (PDF/A, for an inspector), CSV (the import layout) or JSON',
  usage: 'ropa export --format pdf|csv|json [--lang en|it] --out PATH --vault DIR [--json]',
  options: { format: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
  async run(ctx) {
    const { format, out } = ctx.values;
    const lang = ctx.values.lang ?? 'en';
    if (!FORMATS.includes(format as (typeof FORMATS)[number])) throw new UsageError(`--format must be one of: ${FORMATS.join(', ')}`);
    if (lang !== 'en' && lang !== 'it') throw new UsageError('--lang must be en or it');
    if (typeof out !== 'string') throw new UsageError('Give the output file with --out PATH');
    const file = await withWorkSession(ctx, (session) => exportRegister(session.db(), format as (typeof FORMATS)[number], lang, new Date()));
    const bytes = Buffer.from(file.base64, 'base64');
    await writeFile(out, bytes, { mode: 0o600 });
    ctx.print({ path: out, format, language: lang, bytes: bytes.length }, [`Wrote ${out} (${bytes.length} bytes)`]);
  },
};
