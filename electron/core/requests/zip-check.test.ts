import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderText } from '../i18n';
import { isAppError } from '../errors';
import { checkAttachment } from './attachment-policy';
import { checkZipArchive } from './zip-check';

/** A ZIP archive written by hand: local headers, central directory, end record (sizes as declared, or lied about). */
function zip(entries: { name: string; content: Buffer; store?: boolean; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = entry.store ? entry.content : deflateRawSync(entry.content);
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(entry.store ? 0 : 8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(entry.declaredSize ?? entry.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.store ? 0 : 8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(entry.declaredSize ?? entry.content.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    if (isAppError(error) && error.detail) return { code: error.code, en: renderText('en', error.detail), it: renderText('it', error.detail) };
    throw error;
  }
  throw new Error('accepted');
};

describe('the zip-bomb check of office attachments', () => {
  const document = zip([
    { name: '[Content_Types].xml', content: Buffer.from('<Types/>'.repeat(50)) },
    { name: 'word/document.xml', content: Buffer.from('<w:p>Gentile Titolare, chiedo copia dei miei dati.</w:p>'.repeat(200)) },
    { name: 'mimetype', content: Buffer.from('application/vnd.oasis.opendocument.text'), store: true },
  ]);

  it('accepts a real document', () => {
    expect(checkAttachment('request.docx', document)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(checkAttachment('request.odt', document)).toBe('application/vnd.oasis.opendocument.text');
  });

  it('refuses an archive that expands too far, even when its directory lies about the size, in English and Italian', () => {
    const bomb = zip([{ name: 'word/document.xml', content: Buffer.alloc(120 * 1024 * 1024), declaredSize: 1000 }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const refused = refusal(() => checkAttachment('cv.docx', bomb));
    expect(refused).toMatchObject({ code: 'VALIDATION', en: expect.stringContaining('cv.docx would expand to more than') as string, it: expect.stringContaining('sembra una «zip bomb»') as string });
    expect(refusal(() => checkZipArchive('ratio.docx', zip([{ name: 'a.xml', content: Buffer.alloc(5 * 1024 * 1024) }]))).en).toContain('looks like a zip bomb');
  });

  it('refuses too many entries, damaged archives and foreign compression', () => {
    const many = zip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.xml`, content: Buffer.from('x') })));
    expect(refusal(() => checkZipArchive('many.docx', many, { maxEntries: 20, maxExpandedBytes: 1 << 20, maxRatio: 100 })).en).toBe('many.docx holds 30 files inside; at most 20 are accepted. It was not stored.');
    expect(refusal(() => checkAttachment('cut.docx', document.subarray(0, document.length - 40))).en).toContain('is not a readable Office or OpenDocument file');
    const foreign = Buffer.from(document);
    foreign.writeUInt16LE(12, foreign.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10);
    expect(refusal(() => checkAttachment('bzip.docx', foreign)).it).toBe('bzip.docx usa un metodo di compressione (12) che i documenti d\'ufficio non usano; non è stato salvato.');
  });
});
