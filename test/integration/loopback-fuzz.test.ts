import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '../../electron/core/demo/seeded-random';
import { VaultSession } from '../../electron/core/vault/vault-session';
import { startLoopbackServer, type LoopbackServer } from '../../electron/loopback/server';
import { channels } from '../../electron/shared/channels';
import { auditCounter } from '../support/audit-count';
import { PASSPHRASE, tempDir } from './temp-vault';

/**
 * Fuzzes the raw HTTP layer of the loopback transport with a fixed seed and a bounded count
 * (`FUZZ_HTTP_COUNT`, default 300; `FUZZ_SEED` changes the seed): random methods, paths
 * (real, unknown, percent-escaped, malformed, traversing), hosts, origins, cookies (missing,
 * forged, doubled), sign-in tokens, content types and bodies (random JSON, malformed JSON,
 * invalid UTF-8, empty, one over the 32 MiB limit). The status of every answer is the one
 * the server's rules give (a small oracle restates them), never a 500 or a reset
 * connection; no answer carries a stack trace or a path; an API result is never INTERNAL;
 * and anything but a successful call writes nothing (the audit trail does not grow).
 */
const COUNT = Number(process.env.FUZZ_HTTP_COUNT ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const LEAK = /\n\s+at \S|node_modules|\.ts:\d+|\/work\/|TypeError|Cannot read propert/;
const WEIRD = ['', '\u0000', '../../etc/passwd', '%', '2026-02-30', '\u202Eevil', 'x'.repeat(3000), '💥', '1e309'];

interface Sent {
  method: string;
  path: string;
  host: 'ok' | 'wrong' | 'missing';
  cookie: 'ok' | 'missing' | 'forged' | 'forged-first' | 'empty';
  origin: 'ok' | 'missing' | 'evil' | 'null';
  contentType: string | null;
  body: Buffer | 'huge';
  /** Set when the path is an API call: the channel as sent (possibly escaped) and whether it decodes. */
  api: { decodes: boolean; known: boolean } | null;
  json: boolean;
  token: 'none' | 'forged';
}

interface Answer {
  status: number;
  body: string;
}

function jsonValue(random: Random, depth: number): unknown {
  const pick = random.int(0, depth > 1 ? 3 : 5);
  if (pick === 0) return null;
  if (pick === 1) return random.pick([0, -1, 1.5, 2 ** 53, true]);
  if (pick === 2 || pick === 3) return random.pick(WEIRD);
  if (pick === 4) return Array.from({ length: random.int(0, 3) }, () => jsonValue(random, depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = random.int(0, 3); i > 0; i--) object[random.pick(['id', 'changes', 'request', 'breach', 'limit', 'text', 'passphrase', '__proto__'])] = jsonValue(random, depth + 1);
  return object;
}

/** What the server's rules say the status must be (see electron/loopback/server.ts). */
function expectedStatus(sent: Sent): number {
  // Node's own HTTP parser answers a request without a Host header before the server sees it.
  if (sent.host === 'missing') return 400;
  if (sent.host !== 'ok') return 421;
  if (sent.method === 'GET' && sent.token === 'forged') return 403;
  if (sent.cookie !== 'ok') return 401;
  if (sent.api) {
    if (sent.method !== 'POST') return 405;
    if (sent.origin !== 'ok') return 403;
    if (sent.contentType === null || sent.contentType.split(';')[0]?.trim().toLowerCase() !== 'application/json') return 415;
    if (sent.body === 'huge') return 413;
    if (!sent.json) return 400;
    if (!sent.api.decodes) return 400;
    return 200;
  }
  if (sent.method !== 'GET') return 405;
  return 404;
}

describe(`the loopback transport's HTTP layer under ${COUNT} fuzzed requests (seed ${SEED})`, () => {
  const tmp = tempDir();
  const vaultDir = join(tmp.dir, 'vault');
  let server: LoopbackServer;
  let closed = false;
  let cookie = '';
  let counter: Awaited<ReturnType<typeof auditCounter>>;
  const safe = channels.filter((c) => !c.startsWith('vault.') && !c.startsWith('backup.') && c !== 'session.activity');

  function send(sent: Sent, query: string): Promise<Answer> {
    const { port, host } = new URL(server.origin);
    const headers: Record<string, string> = {};
    if (sent.host !== 'missing') headers.host = sent.host === 'ok' ? host : `rebound.example:${port}`;
    const forged = `dpo_session=${'A'.repeat(cookie.length - 'dpo_session='.length)}`;
    if (sent.cookie === 'ok') headers.cookie = cookie;
    if (sent.cookie === 'forged') headers.cookie = forged;
    if (sent.cookie === 'forged-first') headers.cookie = `${forged}; ${cookie}`;
    if (sent.cookie === 'empty') headers.cookie = 'dpo_session=';
    if (sent.origin !== 'missing') headers.origin = sent.origin === 'ok' ? server.origin : sent.origin === 'evil' ? 'http://evil.example' : 'null';
    if (sent.contentType !== null) headers['content-type'] = sent.contentType;
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: sent.method, path: sent.path + query, headers, setHost: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      if (sent.body === 'huge') {
        const mib = Buffer.alloc(1024 * 1024, 'x');
        for (let i = 0; i < 33; i++) req.write(mib);
        req.end();
      } else if (sent.method === 'GET' || sent.method === 'HEAD') {
        req.end();
      } else {
        req.end(sent.body);
      }
    });
  }

  function fuzzed(random: Random, hugeAt: number, i: number): { sent: Sent; query: string } {
    const method = random.chance(0.85) ? 'POST' : random.pick(['GET', 'PUT', 'DELETE', 'OPTIONS']);
    const kind = random.pick(['channel', 'channel', 'channel', 'unknown', 'escaped', 'malformed', 'static']);
    let path = '/__dpo/api/';
    let api: Sent['api'] = { decodes: true, known: true };
    if (kind === 'channel') path += random.pick(safe);
    if (kind === 'unknown') [path, api] = [path + random.pick(['vault.export', '', 'x'.repeat(2000), '..%2F..%2Fetc', 'requests.list/extra']), { decodes: true, known: false }];
    if (kind === 'escaped') path += random.pick(safe).replace('.', '%2E');
    if (kind === 'malformed') [path, api] = [path + random.pick(['%E0%A4%A', '%', 'a%zz', '%C0%80%']), { decodes: false, known: false }];
    if (kind === 'static') [path, api] = [random.pick(['/missing.js', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/%00', '/a%5Cb', '/__dpo/api']), null];
    const body = random.chance(0.75) ? 'json' : random.pick(['malformed', 'utf8', 'empty']);
    const bytes =
      body === 'json'
        ? Buffer.from(JSON.stringify(jsonValue(random, 0)))
        : body === 'malformed'
          ? Buffer.from(random.pick(['{', '{"a":', "{'a':1}", 'nul', '[1,]', '{"a":1}}']))
          : body === 'utf8'
            ? Buffer.from([0xff, 0xfe, 0x7b, 0x7d])
            : Buffer.alloc(0);
    const sent: Sent = {
      method,
      path,
      host: random.chance(0.95) ? 'ok' : random.pick(['wrong', 'missing']),
      cookie: random.chance(0.9) ? 'ok' : random.pick(['missing', 'forged', 'forged-first', 'empty']),
      origin: random.chance(0.9) ? 'ok' : random.pick(['missing', 'evil', 'null']),
      contentType: random.chance(0.9) ? random.pick(['application/json', 'application/json; charset=utf-8']) : random.pick([null, 'text/plain', 'application/jsonx', 'multipart/form-data', '']),
      body: i === hugeAt ? 'huge' : bytes,
      api,
      json: body === 'json',
      token: random.chance(0.05) ? 'forged' : 'none',
    };
    if (i === hugeAt) {
      // The one body over the limit goes where only its size can be wrong, so the server reads it all.
      Object.assign(sent, { method: 'POST', path: '/__dpo/api/settings.get', host: 'ok', cookie: 'ok', origin: 'ok', contentType: 'application/json', token: 'none', api: { decodes: true, known: true } });
    }
    return { sent, query: sent.token === 'forged' ? `?token=${'B'.repeat(43)}` : '' };
  }

  beforeAll(async () => {
    server = await startLoopbackServer({ vaultDir, rendererDir: 'test/fixtures/renderer' });
    const signIn = await fetch(server.url, { redirect: 'manual' });
    cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const post = (channel: string, body: unknown) =>
      fetch(`${server.origin}/__dpo/api/${channel}`, { method: 'POST', headers: { cookie, origin: server.origin, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(await (await post('vault.create', { passphrase: PASSPHRASE })).json()).toMatchObject({ ok: true });
    await post('settings.update', { changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome' } });
    counter = await auditCounter(vaultDir, PASSPHRASE);
  });
  afterAll(async () => {
    counter.dispose();
    if (!closed) await server.close();
    tmp.cleanup();
  });

  it('answers every request with the status its rules give, never a crash, a stack or a path, and writes nothing when it refuses', async () => {
    const random = seededRandom(SEED);
    const hugeAt = random.int(0, COUNT - 1);
    const statuses = new Map<number, number>();
    for (let i = 0; i < COUNT; i++) {
      const { sent, query } = fuzzed(random, hugeAt, i);
      const before = counter.count();
      const answer = await send(sent, query);
      const where = `#${i} ${sent.method} ${sent.path.slice(0, 80)} host=${sent.host} cookie=${sent.cookie} origin=${sent.origin} type=${sent.contentType} token=${sent.token} body=${sent.body === 'huge' ? 'huge' : sent.body.toString('utf8').slice(0, 80)} → ${answer.status} ${answer.body.slice(0, 200)}`;
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      expect(answer.status, where).toBe(expectedStatus(sent));
      expect(answer.body, where).not.toMatch(LEAK);
      let succeeded = false;
      if (answer.status === 200) {
        const result = JSON.parse(answer.body) as { ok: boolean; error?: { code: string } };
        if (!sent.api?.known) expect(result, where).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
        expect(result.error?.code, where).not.toBe('INTERNAL');
        succeeded = result.ok;
      }
      if (!succeeded) expect(counter.count(), where).toBe(before);
    }
    process.stdout.write(`HTTP fuzz (seed ${SEED}): ${COUNT} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}\n`);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(COUNT / 5);
    const status = await fetch(`${server.origin}/__dpo/api/vault.status`, { method: 'POST', headers: { cookie, origin: server.origin, 'content-type': 'application/json' }, body: '{}' });
    expect(await status.json()).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    await server.close();
    closed = true;
    const session = new VaultSession({ dir: vaultDir, actor: 'test' });
    await session.unlock('passphrase', PASSPHRASE);
    try {
      expect(await session.verify()).toMatchObject({ ok: true, dataBreaks: [] });
    } finally {
      await session.lock();
    }
  }, 300_000);
});
