import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from './renderer-origin';
import { resolveRendererSource } from './renderer-source';

const production = { url: APP_ENTRY_URL, origin: APP_ORIGIN, dev: false };

describe('resolveRendererSource', () => {
  it('serves the built renderer from the app scheme by default', () => {
    expect(resolveRendererSource({ isPackaged: false, devServerUrl: undefined })).toEqual(production);
  });

  it('uses the electron-vite dev server in an unpackaged app', () => {
    expect(resolveRendererSource({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toEqual({
      url: 'http://localhost:5173',
      origin: 'http://localhost:5173',
      dev: true,
    });
    expect(resolveRendererSource({ isPackaged: false, devServerUrl: 'http://127.0.0.1:5173/' }).dev).toBe(true);
  });

  it('ignores the dev server URL in a packaged app', () => {
    expect(resolveRendererSource({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toEqual(production);
  });

  it('ignores a dev server URL that is remote, not http or not a URL', () => {
    for (const devServerUrl of ['http://example.com:5173', 'https://localhost:5173', 'file:///tmp/index.html', 'nonsense']) {
      expect(resolveRendererSource({ isPackaged: false, devServerUrl })).toEqual(production);
    }
  });
});
