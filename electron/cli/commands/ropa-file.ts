import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { describeZodError, firstIssue } from '../../core/api/zod-issues';
import { organisationToday } from '../../core/calendar/organisation-today';
import { AppError } from '../../core/errors';
import { msg } from '../../core/i18n';
import { UsageError } from '../command';
import { fileProblem, sourceName } from '../file-problem';

/** Reads a register entry from a JSON file ("-" for standard input); errors name the file. */
export async function readEntryFile(source: unknown, readStdin: () => Promise<string>): Promise<Record<string, unknown>> {
  if (typeof source !== 'string') throw new UsageError(msg('msg.cli.usage.entryFile'));
  let text: string;
  try {
    text = source === '-' ? await readStdin() : await readFile(source, 'utf8');
  } catch (error) {
    throw new AppError('NOT_FOUND', msg('msg.error.cli.cannotRead', { source: [sourceName(source)], why: [fileProblem(error)] }));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AppError('VALIDATION', msg('msg.error.cli.notJson', { source: [sourceName(source)], cause: error instanceof Error ? error.message : String(error) }));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new AppError('VALIDATION', msg('msg.error.cli.notObject', { source: [sourceName(source)] }));
  return parsed as Record<string, unknown>;
}

/** Parses an entry with its schema; a refusal lists every field's problem. */
export function parseEntry<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const { issues } = describeZodError(parsed.error);
    throw new AppError('VALIDATION', firstIssue(issues), issues);
  }
  return parsed.data;
}

/** Today in the organisation's zone (the register's review dates count from it). */
export async function registerToday(db: Parameters<typeof organisationToday>[0]): Promise<string> {
  return (await organisationToday(db, new Date())).today;
}

/** Replaces names with ids where a name matches (`"Zendesk, Inc."` → its id), so files may name what they link to. */
export function idsByName(values: unknown, byName: Map<string, string>): unknown {
  if (!Array.isArray(values)) return values;
  return values.map((v) => (typeof v === 'string' ? (byName.get(v.toLowerCase()) ?? v) : v));
}
