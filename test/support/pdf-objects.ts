import { inflateSync } from 'node:zlib';

/** The type of an object stream, in its dictionary. */
const OBJECT_STREAM = /\/Type\s*\/ObjStm\b/g;

const entry = (dictionary: string, key: string): number => {
  const value = new RegExp(`/${key}\\s+(\\d+)`).exec(dictionary)?.[1];
  if (value === undefined) throw new Error(`An object stream has no /${key}`);
  return Number(value);
};

/**
 * A PDF's bytes with the objects packed in its compressed object streams (`/Type /ObjStm`,
 * as the audit report writes its structure) appended in the clear, each as `n 0 obj … endobj`,
 * so checks that read the bytes (a tag, `/JavaScript`, the structure tree) see every object
 * whichever way it was written. The file as written comes first, unchanged. An object stream
 * that does not inflate, or whose header does not match its `/N`, throws.
 */
export function plainObjects(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const unpacked: string[] = [];
  for (const m of text.matchAll(OBJECT_STREAM)) {
    // `n 0 obj << … /Type /ObjStm … >> stream`, then the data.
    const open = text.lastIndexOf(' 0 obj', m.index);
    const name = /(\d+)$/.exec(text.slice(Math.max(0, open - 12), open))?.[1] ?? '?';
    const streamAt = text.indexOf('stream', m.index);
    const dictionary = text.slice(text.lastIndexOf('<<', m.index), streamAt);
    if (!/\/Filter\s*\/FlateDecode/.test(dictionary)) throw new Error(`Object stream ${name} is not compressed with FlateDecode`);
    const start = streamAt + (text.startsWith('stream\r\n', streamAt) ? 8 : 7);
    const data = inflateSync(pdf.subarray(start, start + entry(dictionary, 'Length'))).toString('latin1');
    const count = entry(dictionary, 'N');
    const first = entry(dictionary, 'First');
    const header = data.slice(0, first).trim().split(/\s+/).map(Number);
    if (header.length !== 2 * count) throw new Error(`Object stream ${name} lists ${header.length / 2} objects, not its /N ${count}`);
    for (let i = 0; i < count; i++) {
      const from = first + (header[2 * i + 1] ?? 0);
      const to = i + 1 < count ? first + (header[2 * i + 3] ?? 0) : data.length;
      unpacked.push(`${header[2 * i]} 0 obj\n${data.slice(from, to).trim()}\nendobj\n`);
    }
  }
  return unpacked.length === 0 ? pdf : Buffer.concat([pdf, Buffer.from(`\n${unpacked.join('')}`, 'latin1')]);
}
