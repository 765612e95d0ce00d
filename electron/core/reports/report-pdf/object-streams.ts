import { deflateSync } from 'node:zlib';
import { ContentBytes } from './content-bytes';
import type { DeflateQueue } from './deflate-queue';

/** A pdfkit (0.20) indirect object: its number, its dictionary, and the stream data written to it. */
export interface PdfReference {
  id: number;
  data: Record<string, unknown>;
  write(chunk: Uint8Array): void;
  end(): void;
}

/** The part of pdfkit's document that numbers its objects and counts those not yet written. */
export interface DocumentObjects {
  _offsets: (number | null)[];
  _waiting: number;
  _refEnd(ref: { id: number; offset: number | null }): void;
  ref(data?: Record<string, unknown>): PdfReference;
}

/** An object stream is closed once its objects' text reaches this many bytes, or it holds this many objects. */
const STREAM_TEXT = 1 << 16;
const STREAM_OBJECTS = 1 << 12;
/** Object numbers per page of the table of places (made as objects of that range are packed). */
const PAGE = 1 << 16;

/**
 * Objects written into compressed object streams (`/Type /ObjStm`, PDF 1.5) rather than as
 * text of their own: each object's dictionary or array is gathered until some 64 kB are
 * waiting, then written as one stream (its header of numbers and offsets, then the objects,
 * compressed at zlib's fastest level, off the main thread when a {@link DeflateQueue} is
 * given) through pdfkit's own objects, so its offset is in pdfkit's table. Where each packed object went is kept for the cross-reference stream.
 * The stream being filled does not count among the objects pdfkit waits for before it can
 * finish the file (finishing closes it); the caller says when a packed object of pdfkit's
 * own is written. Only objects without a stream of their own may be packed.
 */
export class ObjectStreams {
  /** The stream being filled (made as its first object is packed), its header (`n offset …`), its objects' text and their count. */
  private open: PdfReference | null = null;
  private readonly header = new ContentBytes();
  private readonly text = new ContentBytes();
  private count = 0;
  /** The object number of each object stream written or being filled, in order. */
  private readonly numbers: number[] = [];
  /**
   * Per object number, in pages of {@link PAGE}: where it was packed, as its stream's place in
   * {@link numbers} plus one, times {@link STREAM_OBJECTS}, plus its index there (0: not packed).
   */
  private readonly places: (Uint32Array | undefined)[] = [];

  constructor(
    private readonly doc: DocumentObjects,
    /** Makes a stream object of pdfkit's (its own `ref`, before anything is packed through it). */
    private readonly makeStream: (data: Record<string, unknown>) => PdfReference,
    /** Where streams are compressed; none: at once, on this thread. */
    private readonly queue: DeflateQueue | null = null,
  ) {}

  /** Packs object `id`, its body as text (a dictionary or an array, one byte a character). */
  add(id: number, body: string): void {
    this.begin(id).text(body);
    this.end();
  }

  /**
   * Starts packing object `id`: its body (a dictionary or an array, one byte a character) is
   * written to what this returns, then {@link end} is called, before any other object is packed.
   */
  begin(id: number): ContentBytes {
    if (!this.open) {
      this.open = this.makeStream({ Type: 'ObjStm', Filter: 'FlateDecode' });
      this.numbers.push(this.open.id);
      this.doc._waiting -= 1;
    }
    const page = (this.places[Math.floor(id / PAGE)] ??= new Uint32Array(PAGE));
    page[id % PAGE] = this.numbers.length * STREAM_OBJECTS + this.count;
    this.header.digits(id);
    this.header.text(' ');
    this.header.digits(this.text.size());
    this.header.text(' ');
    return this.text;
  }

  /** Ends the object {@link begin} started. */
  end(): void {
    this.text.text('\n');
    this.count += 1;
    if (this.text.size() >= STREAM_TEXT || this.count === STREAM_OBJECTS) this.flush();
  }

  /**
   * Writes the objects waiting as one object stream: once compressed on the queue (pdfkit
   * counts the stream among the objects it waits for until then), or at once with `now` (the
   * last one, as the file ends).
   */
  flush(now = false): void {
    const stream = this.open;
    if (!stream) return;
    this.header.text('\n');
    const first = this.header.size();
    const text = Buffer.concat([this.header.take(), this.text.take()]);
    stream.data.N = this.count;
    stream.data.First = first;
    this.open = null;
    this.count = 0;
    this.doc._waiting += 1;
    const write = (compressed: Buffer) => {
      stream.write(compressed);
      stream.end();
    };
    if (now || !this.queue) write(deflateSync(text, { level: 1 }));
    else this.queue.deflate(text, write);
  }

  /** The number of the object stream object `id` was packed in (0 when it was not). */
  stream(id: number): number {
    const place = this.place(id);
    return place === 0 ? 0 : (this.numbers[Math.floor(place / STREAM_OBJECTS) - 1] ?? 0);
  }

  /** The index of object `id` in its object stream. */
  index(id: number): number {
    return this.place(id) % STREAM_OBJECTS;
  }

  /** Where object `id` was packed, as {@link places} holds it. */
  private place(id: number): number {
    return this.places[Math.floor(id / PAGE)]?.[id % PAGE] ?? 0;
  }
}
