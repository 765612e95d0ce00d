import { extname, relative, resolve, isAbsolute, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, parseUrl } from './renderer-origin';

/** Where an `app://dpo-desk/...` request maps on disk, or why it is refused. */
export type AppFileResolution = { ok: true; path: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps a request of the app scheme to a file under `rootDir` (the built renderer). Refuses
 * another scheme or host, malformed escapes, NUL bytes and any path that would escape the
 * root once decoded and normalised (`..`, encoded slashes or backslashes, absolute paths).
 * `/` maps to `index.html`; an extension-less path (a client-side route) maps to it too.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): AppFileResolution {
  const parsed = parseUrl(requestUrl);
  if (!parsed || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0')) return { ok: false, status: 400 };
  const relativePath = pathname.replace(/^[/\\]+/, '');
  const wanted = relativePath === '' || extname(relativePath) === '' ? 'index.html' : relativePath;
  if (isAbsolute(wanted) || /^[a-zA-Z]:/.test(wanted)) return { ok: false, status: 403 };
  const root = resolve(rootDir);
  const target = resolve(root, wanted);
  const inside = relative(root, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return { ok: false, status: 403 };
  return { ok: true, path: target };
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * The Content-Type for a renderer file, by extension. Sent with `nosniff`, so an unknown
 * type is served as inert bytes rather than guessed into something executable.
 */
export function contentTypeFor(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
