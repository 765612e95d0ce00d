import { APP_ENTRY_URL, APP_ORIGIN, originOf, parseUrl } from './renderer-origin';

/** Where the window loads the renderer from, and the only origin trusted as its sender. */
export interface RendererSource {
  url: string;
  origin: string;
  /** True when the renderer comes from electron-vite's dev server (hot reload). */
  dev: boolean;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Picks the renderer source. The dev server URL (`ELECTRON_RENDERER_URL`, set by
 * `electron-vite dev`) is honoured only in an unpackaged app and only for an http URL on
 * the loopback interface, so an environment variable can never point a shipped build, or
 * a dev build, at a remote page that would then be trusted with the API.
 */
export function resolveRendererSource(options: { isPackaged: boolean; devServerUrl: string | undefined }): RendererSource {
  const { isPackaged, devServerUrl } = options;
  if (!isPackaged && devServerUrl) {
    const parsed = parseUrl(devServerUrl);
    const origin = originOf(devServerUrl);
    if (parsed && origin && parsed.protocol === 'http:' && loopbackHosts.has(parsed.hostname)) {
      return { url: devServerUrl, origin, dev: true };
    }
  }
  return { url: APP_ENTRY_URL, origin: APP_ORIGIN, dev: false };
}
