import { describe, expect, it } from 'vitest';
import { fileToBase64 } from './file-to-base64';

describe('fileToBase64', () => {
  it('encodes text and binary content, across chunk boundaries', async () => {
    expect(await fileToBase64(new Blob(['hello']))).toBe('aGVsbG8=');
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    const encoded = await fileToBase64(new Blob([bytes]));
    const decoded = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
    expect(decoded).toEqual(bytes);
  });
});
