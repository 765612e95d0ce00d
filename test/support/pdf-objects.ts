import { inflateSync } from 'node:zlib';

/** An object stream's dictionary and where its data starts: `n 0 obj << … /Type /ObjStm … >> stream`. */
const OBJECT_STREAM = /(\d+) 0 obj\s*<<((?:(?!>>)[\s\S])*\/Type\s*\/ObjStm(?:(?!>>)[\s\S])*)>>\s*stream\r?\n/g;

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
    const dictionary = m[2] ?? '';
    if (!/\/Filter\s*\/FlateDecode/.test(dictionary)) throw new Error(`Object stream ${m[1]} is not compressed with FlateDecode`);
    const start = (m.index ?? 0) + m[0].length;
    const data = inflateSync(pdf.subarray(start, start + entry(dictionary, 'Length'))).toString('latin1');
    const count = entry(dictionary, 'N');
    const first = entry(dictionary, 'First');
    const header = data.slice(0, first).trim().split(/\s+/).map(Number);
    if (header.length !== 2 * count) throw new Error(`Object stream ${m[1]} lists ${header.length / 2} objects, not its /N ${count}`);
    for (let i = 0; i < count; i++) {
      const from = first + (header[2 * i + 1] ?? 0);
      const to = i + 1 < count ? first + (header[2 * i + 3] ?? 0) : data.length;
      unpacked.push(`${header[2 * i]} 0 obj\n${data.slice(from, to).trim()}\nendobj\n`);
    }
  }
  return unpacked.length === 0 ? pdf : Buffer.concat([pdf, Buffer.from(`\n${unpacked.join('')}`, 'latin1')]);
}
