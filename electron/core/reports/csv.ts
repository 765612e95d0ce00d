/** One CSV field: quoted when it holds the separator, a quote, a line break or leading/trailing space. */
function field(value: string | number | boolean | null, separator: string): string {
  if (value === null) return '';
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return safe.includes(separator) || /["\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line (RFC 4180, CRLF-terminated), comma-separated unless another separator is given (`;` for Italian spreadsheets). */
export function csvLine(values: readonly (string | number | boolean | null)[], separator = ','): string {
  return values.map((value) => field(value, separator)).join(separator) + '\r\n';
}

/** The byte-order mark that makes spreadsheet programs read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';
