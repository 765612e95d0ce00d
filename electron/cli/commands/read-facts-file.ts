import { readFile } from 'node:fs/promises';
import { AppError } from '../../core/errors';
import { msg } from '../../core/i18n';
import { fileProblem, sourceName } from '../file-problem';

/**
 * Reads a JSON facts document from a file, or from standard input when `source` is "-",
 * and parses it. Errors name the file and what is wrong with it.
 */
export async function readFactsFile(source: string, readStdin: () => Promise<string>): Promise<unknown> {
  let text: string;
  if (source === '-') {
    text = await readStdin();
  } else {
    try {
      text = await readFile(source, 'utf8');
    } catch (error) {
      throw new AppError('NOT_FOUND', msg('msg.error.cli.factsUnreadable', { source, why: [fileProblem(error)] }));
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('VALIDATION', msg('msg.error.cli.factsNotJson', { source: [sourceName(source)], cause: error instanceof Error ? error.message : String(error) }));
  }
}
