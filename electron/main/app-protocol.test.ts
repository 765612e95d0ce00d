import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));

const { serveRendererFiles } = await import('./app-protocol');

type Handler = (request: Request) => Promise<Response>;

describe('serveRendererFiles', () => {
  let root: string;
  let handler: Handler;
  let scheme: string | undefined;

  beforeAll(() => {
    const base = mkdtempSync(join(tmpdir(), 'dpo-desk-protocol-'));
    root = join(base, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>DPO Desk</title>');
    writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
    writeFileSync(join(base, 'secret.txt'), 'outside');
    const fake = {
      handle: (name: string, listener: Handler) => {
        scheme = name;
        handler = listener;
      },
    };
    serveRendererFiles(fake as unknown as Protocol, root, "default-src 'none'");
  });

  afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

  it('serves the renderer on the app scheme with its type and the security headers', async () => {
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://dpo-desk/assets/index.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers client-side routes with index.html', async () => {
    const response = await handler(new Request('app://dpo-desk/settings'));
    expect(await response.text()).toContain('<title>DPO Desk</title>');
  });

  it('refuses traversal, other hosts and writes; 404 for missing files', async () => {
    expect((await handler(new Request('app://dpo-desk/..%2fsecret.txt'))).status).toBe(403);
    expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(403);
    expect((await handler(new Request('app://dpo-desk/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const missing = await handler(new Request('app://dpo-desk/assets/missing.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe("default-src 'none'");
  });
});
