import { isTrustedRendererUrl, parseUrl } from './renderer-origin';

/**
 * What to do with a navigation or a `window.open`:
 * - `allow`: stay in the window (only a page of the trusted renderer origin, e.g. a reload);
 * - `open-external`: refuse in the app, hand a plain web link to the system browser;
 * - `deny`: refuse, do nothing else.
 */
export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/**
 * True for an http(s) URL without credentials: the only kind ever handed to
 * `shell.openExternal`, so a crafted `file:`, `smb:` or custom-scheme link cannot launch
 * a local program through the OS URL handlers.
 */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * Decides a top-level or frame navigation (`will-navigate`, `will-frame-navigate`,
 * `will-redirect`). The window never leaves the trusted origin: everything else is
 * refused, and web links open in the system browser instead.
 */
export function navigationDecision(url: string, trustedOrigin: string): NavigationDecision {
  if (isTrustedRendererUrl(url, trustedOrigin)) return 'allow';
  return isExternalWebUrl(url) ? 'open-external' : 'deny';
}

/**
 * Decides a `window.open` or `target="_blank"` link. The app never opens a second window,
 * not even of its own origin (it would get the API bridge too); web links go to the browser.
 */
export function windowOpenDecision(url: string): Exclude<NavigationDecision, 'allow'> {
  return isExternalWebUrl(url) ? 'open-external' : 'deny';
}
