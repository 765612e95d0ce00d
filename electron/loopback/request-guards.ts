import { timingSafeEqual } from 'node:crypto';

/**
 * Pure checks for the loopback transport, kept apart so they can be tested on their own.
 * Host must name our own address (defeats DNS rebinding); Origin, when a browser sends
 * one, must be our own origin (defeats cross-site requests); secrets compare in constant time.
 */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}`;
}

export function originAllowed(origin: string | undefined, expected: string): boolean {
  return origin === expected;
}

export function secretEquals(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Whether a Content-Type header says JSON: the media type exactly `application/json`
 * (any case, parameters such as a charset allowed), not merely a type that starts so.
 */
export function isJsonContentType(header: string | undefined): boolean {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** Resolves a URL path inside a folder, or null when it would leave the folder. */
export function safeStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const parts = decoded.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..' || p.includes('\\'))) return null;
  return [root.replace(/\/+$/, ''), ...parts].join('/');
}
