/** One CSV field: quoted when it holds a comma, a quote, a line break or leading/trailing space. */
function field(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line (RFC 4180: comma-separated, CRLF-terminated). */
export function csvLine(values: readonly (string | number | boolean | null)[]): string {
  return values.map(field).join(',') + '\r\n';
}

/** The byte-order mark that makes spreadsheet programs read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';
