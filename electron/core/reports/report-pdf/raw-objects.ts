import type { ContentBytes } from './content-bytes';
import type { ObjectStreams } from './object-streams';

/** The part of pdfkit's document (0.20) that numbers its objects. */
interface DocumentObjects {
  _offsets: (number | null)[];
}

/**
 * Objects written into a pdfkit document as text, beside pdfkit's own: numbered from the
 * same counter, packed into the same object streams (so the cross-reference stream holds
 * their places). pdfkit does not wait for them: each is written as its row is drawn, long
 * before the document ends, and one never written stops the file at its end rather than
 * leave it without the object. For the registers' structure elements (one per table cell, 1.6 million for 100,000
 * requests), whose dictionaries are known in full when they are written: pdfkit would build
 * an object, a closure and a parent link for each. `reference` and `printed` make values
 * that pdfkit prints as written when they sit in one of its own dictionaries or arrays.
 */
export class RawObjects {
  private readonly doc: DocumentObjects;
  private readonly referencePrototype: object;

  /** `sample` is any of pdfkit's references (a structure element's dictionary): its class is how pdfkit recognises a reference. */
  constructor(
    doc: PDFKit.PDFDocument,
    private readonly streams: ObjectStreams,
    sample: object,
  ) {
    this.doc = doc as unknown as DocumentObjects;
    const abstract = Object.getPrototypeOf(Object.getPrototypeOf(sample)) as object;
    this.referencePrototype = Object.create(abstract, {
      toString: {
        value(this: { id: number }) {
          return `${this.id} 0 R`;
        },
      },
    }) as object;
  }

  /** A new object number, to be written later ({@link begin}). */
  allocate(): number {
    this.doc._offsets.push(null);
    return this.doc._offsets.length;
  }

  /**
   * Starts writing object `id` (allocated with {@link allocate}) into the object streams: its
   * dictionary or array as text (`<< /S /TD … >>`) goes to what this returns, then {@link end} closes it.
   */
  begin(id: number): ContentBytes {
    return this.streams.begin(id);
  }

  /** Closes the object {@link begin} started. */
  end(): void {
    this.streams.end();
  }

  /** A reference to object `id` that pdfkit prints as `id 0 R` (an entry of the structure parent tree). */
  reference(id: number): { id: number; gen: number } {
    const reference = Object.create(this.referencePrototype) as { id: number; gen: number };
    reference.id = id;
    reference.gen = 0;
    return reference;
  }

  /** A value pdfkit prints as `text`, as it is (several references in one entry of an array). */
  printed(text: string): object {
    return Object.create(this.referencePrototype, { toString: { value: () => text } }) as object;
  }
}
