/** The part of pdfkit's document that writes the file: each piece pushed to its stream, its byte offset kept. */
interface DocumentOutput {
  push(chunk: Uint8Array | null): boolean;
  _write(data: unknown): void;
  _offset: number;
}

/** Pieces are gathered up to this many bytes before they go to the stream. */
const BATCH = 1 << 16;

/**
 * Gathers pdfkit's output into 64 kB chunks. pdfkit pushes every line of every object to its
 * stream as a buffer of its own, converted byte by byte: for a register of 100,000 requests
 * that is millions of tiny buffers, each handled by the stream and the file. Here the lines
 * are joined as text and converted once per chunk; the bytes and the offsets the cross-reference
 * table records are the same (pdfkit's lines are binary strings: one byte per character, the low
 * byte, as `latin1` takes it). Binary pieces (compressed streams, fonts) go through in order.
 * Replaces two of pdfkit's internal methods on this document only.
 */
export function batchOutput(doc: PDFKit.PDFDocument): void {
  const out = doc as unknown as DocumentOutput;
  const push = out.push.bind(out);
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    push(Buffer.from(pending.join(''), 'latin1'));
    pending = [];
    size = 0;
  };
  out._write = (data: unknown) => {
    if (data instanceof Uint8Array) {
      flush();
      push(data);
      out._offset += data.length;
      return;
    }
    const line = `${String(data)}\n`;
    pending.push(line);
    size += line.length;
    out._offset += line.length;
    if (size >= BATCH) flush();
  };
  out.push = (chunk) => {
    if (chunk === null) flush();
    return push(chunk);
  };
}
