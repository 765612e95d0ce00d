import { describe, expect, it } from 'vitest';
import { isAllowedDownload } from './downloads';
import { APP_ORIGIN } from './renderer-origin';

describe('isAllowedDownload', () => {
  it('allows a Blob URL made by the trusted renderer', () => {
    expect(isAllowedDownload('blob:app://dpo-desk/4f1c1d2e-7c3a-4b8e-9d0f-0a1b2c3d4e5f', APP_ORIGIN)).toBe(true);
    expect(isAllowedDownload('blob:http://localhost:5173/4f1c', 'http://localhost:5173')).toBe(true);
  });

  it('cancels every other download', () => {
    for (const url of [
      'https://example.org/file.pdf',
      'data:application/pdf;base64,JVBERi0=',
      'file:///etc/passwd',
      'blob:https://evil.example/4f1c',
      'blob:app://other/4f1c',
      'blob:null/4f1c',
      'app://dpo-desk/index.html',
    ]) {
      expect(isAllowedDownload(url, APP_ORIGIN)).toBe(false);
    }
  });
});
