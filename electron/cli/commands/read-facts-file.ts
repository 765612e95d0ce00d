import { readFile } from 'node:fs/promises';
import { AppError } from '../../core/errors';

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
      const code = error instanceof Error && 'code' in error ? String(error.code) : '';
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : error instanceof Error ? error.message : String(error);
      throw new AppError('NOT_FOUND', `Cannot read the facts file ${source}: ${why}`);
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new AppError('VALIDATION', `The facts in ${source === '-' ? 'standard input' : source} are not valid JSON: ${why}`);
  }
}
