import { originOf } from './renderer-origin';

/**
 * The URL patterns whose requests go through {@link isAllowedNetworkRequest}: every
 * request that could leave the machine. The renderer's own `app:` files, `blob:` and
 * `data:` URLs never touch the network and are not filtered here.
 */
export const networkUrlPatterns = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

/**
 * Decides a network request of the app's session. DPO Desk is offline: in production no
 * request reaches the network at all. With the electron-vite dev server, only that server
 * (its http origin and its hot-reload websocket) is reachable.
 */
export function isAllowedNetworkRequest(url: string, devServerOrigin: string | null): boolean {
  if (devServerOrigin === null) return false;
  const origin = originOf(url);
  if (origin === null) return false;
  const dev = devServerOrigin.toLowerCase();
  return origin === dev || origin === dev.replace(/^http/, 'ws');
}
