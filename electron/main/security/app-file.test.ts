import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppFile } from './app-file';

const root = resolve('/srv/dpo-desk/out/renderer');

describe('resolveAppFile', () => {
  it('maps the root and client-side routes to index.html', () => {
    expect(resolveAppFile(root, 'app://dpo-desk/')).toEqual({ ok: true, path: join(root, 'index.html') });
    expect(resolveAppFile(root, 'app://dpo-desk/requests/42')).toEqual({ ok: true, path: join(root, 'index.html') });
  });

  it('maps asset paths under the root, decoding escapes', () => {
    expect(resolveAppFile(root, 'app://dpo-desk/assets/index-abc.js')).toEqual({ ok: true, path: join(root, 'assets', 'index-abc.js') });
    expect(resolveAppFile(root, 'app://dpo-desk/assets/Inter%20Var.woff2')).toEqual({ ok: true, path: join(root, 'assets', 'Inter Var.woff2') });
  });

  it('refuses paths that would climb out of the root once decoded', () => {
    expect(resolveAppFile(root, 'app://dpo-desk/..%2f..%2f..%2fetc%2fhosts.txt')).toEqual({ ok: false, status: 403 });
    expect(resolveAppFile(root, 'app://dpo-desk/assets/..%2F..%2F..%2Fsecret.txt')).toEqual({ ok: false, status: 403 });
    expect(resolveAppFile(root, 'app://dpo-desk/C:%5cWindows%5cwin.ini')).toEqual({ ok: false, status: 403 });
  });

  it('keeps dot segments, doubled and encoded slashes inside the root', () => {
    expect(resolveAppFile(root, 'app://dpo-desk/assets/%2e%2e/%2e%2e/%2e%2e/secret.txt')).toEqual({ ok: true, path: join(root, 'secret.txt') });
    expect(resolveAppFile(root, 'app://dpo-desk//etc/hosts.txt')).toEqual({ ok: true, path: join(root, 'etc', 'hosts.txt') });
    expect(resolveAppFile(root, 'app://dpo-desk/%2fetc%2fhosts.txt')).toEqual({ ok: true, path: join(root, 'etc', 'hosts.txt') });
  });

  it('never resolves outside the root, whatever the separators of the platform', () => {
    const result = resolveAppFile(root, 'app://dpo-desk/assets/..%5c..%5c..%5csecret.txt');
    if (result.ok) expect(relative(root, result.path).startsWith('..')).toBe(false);
    else expect(result.status).toBe(403);
  });

  it('refuses other hosts and schemes, bad escapes and NUL bytes', () => {
    expect(resolveAppFile(root, 'app://evil/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppFile(root, 'file:///srv/dpo-desk/out/renderer/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppFile(root, 'app://dpo-desk/%E0%A4%A.js')).toEqual({ ok: false, status: 400 });
    expect(resolveAppFile(root, 'app://dpo-desk/index.html%00.js')).toEqual({ ok: false, status: 400 });
  });
});

describe('contentTypeFor', () => {
  it('knows the renderer file types and falls back to inert bytes', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
