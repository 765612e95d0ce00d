import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../electron/shared/result';
import { startLoopbackServer, type LoopbackServer } from '../../electron/loopback/server';
import { tempDir } from './temp-vault';

describe('loopback transport', () => {
  let tmp: ReturnType<typeof tempDir>;
  let server: LoopbackServer;
  beforeEach(async () => {
    tmp = tempDir();
    server = await startLoopbackServer({ vaultDir: join(tmp.dir, 'vault'), rendererDir: 'test/fixtures/renderer' });
  });
  afterEach(async () => {
    await server.close();
    tmp.cleanup();
  });

  async function signIn(): Promise<string> {
    const response = await fetch(server.url, { redirect: 'manual' });
    expect(response.status).toBe(303);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^dpo_session=[\w-]+; HttpOnly; SameSite=Strict; Path=\/$/);
    return cookie.split(';')[0] as string;
  }

  const api = (cookie: string, channel: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}/__dpo/api/${channel}`, {
      method: 'POST',
      headers: { cookie, origin: server.origin, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('exchanges the one-time token for a session cookie, once', async () => {
    const cookie = await signIn();
    expect((await fetch(server.url, { redirect: 'manual' })).status).toBe(403);
    const page = await fetch(`${server.origin}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<script src="/__dpo/bridge.js"></script>');
  });

  it('serves the same registry as IPC, with validation and the Result envelope', async () => {
    const cookie = await signIn();
    const status = await (await api(cookie, 'vault.status', {})).json();
    expect(status).toMatchObject({ ok: true, value: { state: 'absent', lockedBy: 'start' } });
    const bad = (await (await api(cookie, 'vault.unlock', { method: 'fingerprint', secret: 'x' })).json()) as Result<unknown>;
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!bad.ok && bad.error.message).toMatch(/^method: /);
    const locked = await (await api(cookie, 'settings.get', {})).json();
    expect(locked).toEqual({ ok: false, error: { code: 'VAULT_LOCKED', message: 'The vault is locked; unlock it to continue', detail: { key: 'msg.error.vault.locked' } } });
    const unknown = await (await api(cookie, 'vault.export', {})).json();
    expect(unknown).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown API channel: vault.export' } });
  });

  it('refuses requests without the cookie, from another origin, or for another host', async () => {
    const cookie = await signIn();
    expect((await fetch(`${server.origin}/`)).status).toBe(401);
    expect((await api('', 'vault.status', {})).status).toBe(401);
    expect((await api(cookie, 'vault.status', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api(cookie, 'vault.status', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    const port = new URL(server.origin).port;
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port, path: '/', headers: { host: `rebound.example:${port}`, cookie } }, (res) => resolve(res.statusCode ?? 0)).end();
    });
    expect(status).toBe(421);
  });

  it('answers a malformed % escape with 400 and a body over 32 MiB with 413, and every page is no-store', async () => {
    const cookie = await signIn();
    const huge = await api(cookie, 'vault.status', { padding: 'x'.repeat(33 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    const malformed = await fetch(`${server.origin}/__dpo/api/vault.status%E0%A4%A`, {
      method: 'POST',
      headers: { cookie, origin: server.origin, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toBe('The request path holds a malformed % escape');
    expect((await fetch(`${server.origin}/`, { headers: { cookie } })).headers.get('cache-control')).toBe('no-store');
  });
});
