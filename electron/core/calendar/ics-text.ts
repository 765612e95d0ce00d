/**
 * The text rules of iCalendar (RFC 5545 §3.1 and §3.3.11): content lines end in CRLF and are
 * folded at 75 octets (a continuation line starts with one space), and TEXT values escape
 * backslash, semicolon, comma and line breaks.
 */
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value: `\` → `\\`, `;` → `\;`, `,` → `\,`, line breaks → `\n`. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Reverses {@link escapeText}. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * Splits one content line into lines of at most 75 octets of UTF-8, never inside a
 * character (a multi-byte character moves whole to the next line), and joins them with CRLF
 * and a leading space.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Joins content lines into a stream: each folded, each ended by CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
