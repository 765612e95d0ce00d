import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDestination } from '../files/file-destinations';
import { destinationSinks } from './destination-sinks';

describe('report files written straight to their destinations', () => {
  let dir: string;
  const abandoned: string[] = [];
  const at = (name: string): FileDestination => {
    const path = join(dir, name);
    return { path, delivered: (bytes) => ({ fileName: name, mimeType: 'text/csv', bytes, savedTo: path }), abandoned: () => void abandoned.push(name) };
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpo-desk-sinks-'));
    abandoned.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps each file under a temporary name until all are complete, then names them and tells them in the order chosen', async () => {
    const sinks = destinationSinks(new Map([['summary.csv', at('a-summary.csv')], ['requests.csv', at('a-requests.csv')]]));
    const requests = await sinks.open('requests.csv');
    await requests.write('reference\r\n');
    await requests.write('2026-0001\r\n');
    await requests.close();
    const summary = await sinks.open('summary.csv');
    await summary.write('métrique,1\r\n');
    await summary.close();
    expect(readdirSync(dir).every((name) => name.endsWith('.part'))).toBe(true);
    expect(sinks.commit()).toEqual([
      { fileName: 'a-summary.csv', mimeType: 'text/csv', bytes: Buffer.byteLength('métrique,1\r\n'), savedTo: join(dir, 'a-summary.csv') },
      { fileName: 'a-requests.csv', mimeType: 'text/csv', bytes: 22, savedTo: join(dir, 'a-requests.csv') },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a-requests.csv', 'a-summary.csv']);
    expect(readFileSync(join(dir, 'a-requests.csv'), 'utf8')).toBe('reference\r\n2026-0001\r\n');
  });

  it('leaves nothing under any name when the writing is given up half way, and forgets every destination', async () => {
    const sinks = destinationSinks(new Map([['summary.csv', at('b-summary.csv')], ['requests.csv', at('b-requests.csv')]]));
    const requests = await sinks.open('requests.csv');
    await requests.write('x'.repeat(1 << 20));
    await sinks.discard();
    expect(readdirSync(dir)).toEqual([]);
    expect(abandoned.sort()).toEqual(['b-requests.csv', 'b-summary.csv']);
    expect(existsSync(join(dir, 'b-requests.csv'))).toBe(false);
  });

  it('refuses a file no destination was chosen for, and one whose folder is not there', async () => {
    const sinks = destinationSinks(new Map([['report.json', { ...at('c.json'), path: join(dir, 'missing', 'c.json') }]]));
    await expect(sinks.open('other.json')).rejects.toThrow('No destination was chosen for other.json');
    await expect(sinks.open('report.json')).rejects.toThrow(/ENOENT/);
    await sinks.discard();
    expect(readdirSync(dir)).toEqual([]);
  });
});
