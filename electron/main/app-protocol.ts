import { readFile } from 'node:fs/promises';
import { protocol, type Protocol } from 'electron';
import { contentTypeFor, resolveAppFile } from './security/app-file';
import { APP_SCHEME } from './security/renderer-origin';

/**
 * Declares the `app:` scheme privileged. Must run before `app` is ready. `standard` gives
 * it real origins (`app://dpo-desk`), relative URLs and web storage; `secure` makes it a
 * secure context; `supportFetchAPI` lets module scripts load; `codeCache` keeps V8's cache.
 * `corsEnabled` and `bypassCSP` stay off: nothing else may read from it cross-origin and
 * its pages obey their Content-Security-Policy.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Serves the built renderer (`rootDir`, i.e. `out/renderer`) on `app://dpo-desk/`, read-only,
 * with the given Content-Security-Policy on every response. Requests that would leave
 * `rootDir`, use another host or are malformed get 403/400; missing files get 404.
 */
export function serveRendererFiles(target: Protocol, rootDir: string, contentSecurityPolicy: string): void {
  const securityHeaders = {
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  };
  target.handle(APP_SCHEME, async (request) => {
    const resolution = resolveAppFile(rootDir, request.url);
    if (!resolution.ok) return new Response(null, { status: resolution.status, headers: securityHeaders });
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: securityHeaders });
    try {
      const body = await readFile(resolution.path);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...securityHeaders, 'content-type': contentTypeFor(resolution.path) },
      });
    } catch {
      return new Response(null, { status: 404, headers: securityHeaders });
    }
  });
}
