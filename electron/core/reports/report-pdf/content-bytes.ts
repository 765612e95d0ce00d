/** Texts up to this long are copied byte by byte. */
const SHORT = 24;

/**
 * Text for a PDF (a row's content operators, the objects of an object stream) gathered as bytes in one buffer kept from row to row, rather
 * than as a string built piece by piece (each piece a string of its own, the whole copied
 * again to bytes): texts are copied in as they are (one byte a character, `latin1`, as pdfkit
 * writes content), whole numbers as their digits, and `take` hands back the bytes gathered
 * so far as a buffer of their own.
 */
export class ContentBytes {
  private buffer = Buffer.allocUnsafe(1 << 14);
  private length = 0;

  /** Appends `text`, one byte a character (a short text byte by byte here: a call into the runtime costs more than it). */
  text(text: string): void {
    this.room(text.length);
    if (text.length > SHORT) {
      this.length += this.buffer.write(text, this.length, 'latin1');
      return;
    }
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < text.length; i += 1) buffer[at++] = text.charCodeAt(i) & 0xff;
    this.length = at;
  }

  /** Appends bytes as they are. */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Appends what `other` has gathered (left as it is). */
  append(other: ContentBytes): void {
    this.room(other.length);
    other.buffer.copy(this.buffer, this.length, 0, other.length);
    this.length += other.length;
  }

  /** Forgets what was gathered since the last {@link take}, or all but its first `length` bytes. */
  truncate(length: number): void {
    this.length = Math.min(this.length, length);
  }

  /** Forgets what was gathered since the last {@link take}. */
  clear(): void {
    this.length = 0;
  }

  /** What was gathered since the last {@link take}, as a string of one character a byte; kept. */
  latin1(): string {
    return this.buffer.toString('latin1', 0, this.length);
  }

  /** Appends a whole number (not negative) as its decimal digits. */
  digits(n: number): void {
    let width = 1;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) width += 1;
    this.room(width);
    let rest = n;
    for (let at = this.length + width - 1; at >= this.length; at -= 1) {
      this.buffer[at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.length += width;
  }

  /** How many bytes were gathered since the last {@link take}. */
  size(): number {
    return this.length;
  }

  /** Whether nothing was gathered since the last {@link take}. */
  empty(): boolean {
    return this.length === 0;
  }

  /** The bytes gathered since the last call, copied out; the buffer starts again empty. */
  take(): Buffer {
    const bytes = Buffer.from(this.buffer.subarray(0, this.length));
    this.length = 0;
    return bytes;
  }

  private room(more: number): void {
    if (this.length + more <= this.buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + more));
    this.buffer.copy(larger, 0, 0, this.length);
    this.buffer = larger;
  }
}
