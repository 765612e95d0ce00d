import type { DocumentKind, LetterInputs } from '../../../shared/document-contract';
import type { RequestDetail } from '../../../shared/requests';

/** Words of a format that name no format: "CSV and JSON in a ZIP archive" is named by CSV, JSON and ZIP. */
const NOT_A_FORMAT = new Set(['and', 'in', 'an', 'the', 'with', 'of', 'or', 'archive', 'file', 'files', 'format', 'un', 'una', 'con', 'archivio', 'formato']);

/** The lines of a list input as given (a list, or text one line each). */
function linesOf(value: LetterInputs[string] | undefined): string[] {
  const lines = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\r?\n/) : [];
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

/**
 * Whether the letter's "Enclosures" list opens with the portable copy the letter says it
 * encloses (review 8, H3 (c)): the portability response unless the data went by direct
 * transmission only (nothing enclosed), and the access response, in full or in part, on a
 * request for portability too (its section says "We enclose it in …").
 */
export function listsPortableCopy(detail: RequestDetail, kind: DocumentKind, given: LetterInputs | undefined): boolean {
  if (kind === 'access-response' || kind === 'access-partial') return detail.types.includes('portability');
  if (kind !== 'portability-response') return false;
  return given?.['portability.transmission'] !== 'done' || linesOf(given['access.enclosures']).length > 0;
}

/**
 * The first line the DPO typed under "Enclosures" that seems to name the portable copy the
 * letter already lists (it names the chosen format, "CSV", "export.json", or says "copy" /
 * "copia"), or null: the caution before finalising that the list may name the copy twice.
 */
export function portableCopyNamedTwice(detail: RequestDetail, kind: DocumentKind, given: LetterInputs | undefined): string | null {
  const format = typeof given?.['portability.format'] === 'string' ? given['portability.format'].trim() : '';
  // Without its format the line is not written yet: the letter names the format as missing first.
  if (format === '' || !listsPortableCopy(detail, kind, given)) return null;
  const names = (format.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? []).filter((word) => word.length >= 2 && !NOT_A_FORMAT.has(word));
  const sameCopy = (line: string) => {
    const words = new Set(line.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? []);
    return words.has('copy') || words.has('copia') || names.some((name) => words.has(name));
  };
  return linesOf(given?.['access.enclosures']).find(sameCopy) ?? null;
}
