/**
 * The renderer's origin and the one comparison every guard uses. The packaged renderer is
 * served from the privileged `app://dpo-desk` scheme, so "is this our page?" is an exact
 * origin match rather than the "any file:// URL on the disk" that `loadFile` would give.
 */

/** The custom scheme the built renderer is served from (registered as standard and secure). */
export const APP_SCHEME = 'app';
/** The single host of that scheme; any other host is refused by the protocol handler. */
export const APP_HOST = 'dpo-desk';
/** The origin of the packaged renderer. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads in production. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const hierarchicalSchemes = new Set([`${APP_SCHEME}:`, 'http:', 'https:', 'ws:', 'wss:']);

/** Parses a URL, or returns null when it is not one (never throws). */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The `scheme://host[:port]` origin of a URL, or null when the URL is unparsable, uses a
 * scheme without a host origin, or carries credentials. Computed by hand because WHATWG
 * `URL.origin` is `"null"` for non-special schemes such as `app:`.
 */
export function originOf(url: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed || !hierarchicalSchemes.has(parsed.protocol)) return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** True when `url` belongs to the trusted renderer origin (exact scheme, host and port). */
export function isTrustedRendererUrl(url: string, allowedOrigin: string): boolean {
  const origin = originOf(url);
  return origin !== null && origin === allowedOrigin.toLowerCase();
}
