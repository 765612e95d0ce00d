import { letterInputsSchema, type LetterInputs } from '../../shared/document-contract';
import { UsageError } from '../command';
import { readFactsFile } from './read-facts-file';
import { msg } from '../../core/i18n';
import { describeZodError, firstIssue } from '../../core/api/zod-issues';

/** `--date YYYY-MM-DD` as the letter request's `date`, or nothing when the flag is absent. */
export function letterDateFlag(value: unknown): { date?: string } {
  if (value === undefined) return {};
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(msg('msg.cli.usage.dateFlag'));
  return { date: value };
}

/**
 * The letter's editable fields from the command line: a JSON file (`--inputs FILE`, or `-`
 * for standard input) and `--set KEY=VALUE` flags on top of it. Repeating a key gives a
 * list (`--set access.purposes=Billing --set access.purposes=Support`).
 */
export async function letterInputsFromFlags(file: string | undefined, sets: string[], readStdin: () => Promise<string>): Promise<LetterInputs> {
  const base = file ? await readFactsFile(file, readStdin) : {};
  const collected: Record<string, string[]> = {};
  for (const set of sets) {
    const at = set.indexOf('=');
    if (at <= 0) throw new UsageError(msg('msg.cli.usage.setFormat', { given: set }));
    (collected[set.slice(0, at)] ??= []).push(set.slice(at + 1));
  }
  const fromSets = Object.fromEntries(Object.entries(collected).map(([key, values]) => [key, values.length === 1 ? (values[0] as string) : values]));
  const parsed = letterInputsSchema.safeParse({ ...(base as Record<string, unknown>), ...fromSets });
  if (!parsed.success) throw new UsageError(msg('msg.cli.usage.letterInputs', { problems: describeZodError(parsed.error).issues.map((issue) => firstIssue([issue])) }));
  return parsed.data;
}
