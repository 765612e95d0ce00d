/**
 * The line rule of iCalendar (RFC 5545 §3.1): content lines end in CRLF and are folded at
 * 75 octets, a continuation line starting with one space.
 */
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

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
