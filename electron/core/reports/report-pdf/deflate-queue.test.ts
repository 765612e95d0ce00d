import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DeflateQueue } from './deflate-queue';

describe('compressing pieces off the main thread', () => {
  it('gives each piece back compressed, and lets the writer wait until few are left', async () => {
    const failures: Error[] = [];
    const queue = new DeflateQueue((error) => failures.push(error));
    const pieces = Array.from({ length: 12 }, (_, i) => Buffer.from(`BT /F1 7 Tf [<0012${i.toString(16).padStart(4, '0')}> 20] TJ ET\n`.repeat(2000 + i), 'latin1'));
    // Two run at once: either may finish first, each piece's own bytes come back to its own callback.
    const back: Buffer[] = [];
    pieces.forEach((piece, i) => queue.deflate(piece, (compressed) => (back[i] = compressed)));
    // Nothing is handed back on the turn the pieces were given: the writer goes on laying out meanwhile.
    expect(back.filter(Boolean)).toHaveLength(0);
    expect(queue.size()).toBe(12);
    await queue.room(4);
    expect(queue.size()).toBeLessThanOrEqual(4);
    await queue.room(0);
    expect(back.map((compressed) => inflateSync(compressed).toString('latin1'))).toEqual(pieces.map((piece) => piece.toString('latin1')));
    expect(back.every((compressed, i) => compressed.length < (pieces[i] as Buffer).length / 10)).toBe(true);
    expect(failures).toEqual([]);
  });
});
