/** A parsed CSV file: its delimiter and its records (each a list of fields). */
export interface ParsedCsv {
  delimiter: ',' | ';';
  records: string[][];
  /** Set when a quoted field is never closed: the 1-based line where it opened. */
  unterminatedAt: number | null;
}

/** Comma, unless the header line holds more semicolons (as Italian spreadsheets write CSV). */
function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * RFC 4180 CSV: quoted fields may hold delimiters, quotes (doubled) and line breaks; CRLF
 * or LF ends a record; a leading BOM is dropped; blank lines are skipped. The delimiter is
 * found from the header line.
 */
export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let openedAt = 0;
  const endRecord = () => {
    record.push(field);
    if (record.length > 1 || record[0] !== '') records.push(record);
    record = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      openedAt = line;
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRecord();
    } else field += ch;
  }
  if (quoted) return { delimiter, records, unterminatedAt: openedAt };
  if (field !== '' || record.length > 0) endRecord();
  return { delimiter, records, unterminatedAt: null };
}
