import type { DeflateQueue } from './deflate-queue';
import { ObjectStreams, type DocumentObjects, type PdfReference } from './object-streams';
import { compressedRows, xrefRows } from './xref-stream';

/** pdfkit's (0.20) object as it finishes: the stream data written to it (none for a plain dictionary), and how it writes itself. */
interface FinishingReference extends PdfReference {
  buffer: Uint8Array[];
  finalize(): void;
}

/** The part of pdfkit's document that writes the file's objects and, once all are written, its cross-reference table and trailer. */
interface DocumentEnd extends DocumentObjects {
  _offset: number;
  _ended: boolean;
  _root: PdfReference;
  _info: PdfReference;
  _id: Uint8Array;
  _write(data: unknown): void;
  _finalize(): void;
  push(chunk: Uint8Array | null): boolean;
  ref(data?: Record<string, unknown>): FinishingReference;
}

/**
 * Writes a pdfkit object without a stream (a structure element, a page's dictionary, the
 * structure parent tree) into the object streams instead of as text of its own: its
 * dictionary printed by pdfkit, as it would have written it (its own `finalize`, its output
 * taken aside), then packed.
 */
function packOnFinish(doc: DocumentEnd, ref: FinishingReference, streams: ObjectStreams): void {
  const finalize = ref.finalize.bind(ref);
  ref.finalize = () => {
    if (ref.buffer.length > 0) return finalize();
    const write = doc._write;
    const refEnd = doc._refEnd;
    const printed: unknown[] = [];
    doc._write = (data) => void printed.push(data);
    doc._refEnd = () => undefined;
    try {
      finalize();
    } finally {
      doc._write = write;
      doc._refEnd = refEnd;
    }
    // pdfkit printed `n 0 obj`, the dictionary, `endobj`; the object is written (packed) as far as pdfkit's count goes.
    streams.add(ref.id, String(printed[1]));
    refEnd.call(doc, { id: ref.id, offset: null });
  };
}

/**
 * Ends the file with a cross-reference stream (`/Type /XRef`, ISO 32000-1 7.5.8) in place of
 * pdfkit's table and trailer: the objects still waiting are packed first, then every
 * object's place (its offset, or its object stream and index) is written in binary,
 * compressed, with the trailer's entries (`/Root`, `/Info`, `/ID`, `/Size`) in the stream's
 * dictionary, as PDF/A-2 (ISO 19005-2, 6.1.3) allows.
 */
function finishWithXrefStream(doc: DocumentEnd, streams: ObjectStreams, makeRef: DocumentEnd['ref']): void {
  // pdfkit calls this once every object is written; the objects written from here on must not call it again.
  doc._ended = false;
  streams.flush(true);
  const id = doc._offsets.length + 1;
  const offset = doc._offset;
  const size = id + 1;
  const rows = xrefRows(size, {
    offset: (n) => (n === id ? offset : (doc._offsets[n - 1] ?? null)),
    stream: (n) => streams.stream(n),
    index: (n) => streams.index(n),
  });
  const xref = makeRef({
    Type: 'XRef',
    Size: size,
    W: rows.widths,
    Root: doc._root,
    Info: doc._info,
    ID: [doc._id, doc._id],
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 12, Columns: rows.columns },
  });
  if (xref.id !== id) throw new Error(`The cross-reference stream is object ${xref.id}, not ${id}`);
  xref.write(compressedRows(rows.data));
  xref.end();
  doc._write('startxref');
  doc._write(String(offset));
  doc._write('%%EOF');
  doc.push(null);
}

/**
 * Makes a pdfkit document write its objects without streams into compressed object streams
 * (PDF 1.5; the report's 1.5 million structure elements are most of its bytes as text) and
 * end with a cross-reference stream instead of a table of 20 bytes an object. Objects made
 * before this is called (the catalogue, the page tree) stay as they are. Returns the object
 * streams, where objects written as text elsewhere ({@link RawObjects}) are packed too;
 * given a `queue`, the object streams are compressed on it, off the main thread.
 * Replaces pdfkit's `ref` and `_finalize` on this document only.
 */
export function packObjects(document: PDFKit.PDFDocument, queue: DeflateQueue | null = null): ObjectStreams {
  const doc = document as unknown as DocumentEnd;
  const makeRef = doc.ref.bind(doc);
  const streams = new ObjectStreams(doc, makeRef, queue);
  doc.ref = (data) => {
    const ref = makeRef(data);
    packOnFinish(doc, ref, streams);
    return ref;
  };
  doc._finalize = () => finishWithXrefStream(doc, streams, makeRef);
  return streams;
}
