import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '../../electron/core/demo/seeded-random';
import { channels } from '../../electron/shared/channels';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * Fuzzes the API's validation path (the one `dispatch` both transports use) with a fixed
 * seed and a bounded count (`FUZZ_COUNT`, default 400): random JSON to every channel that
 * does not manage the vault itself. No request may crash the dispatch, answer INTERNAL, or
 * leak a stack trace or a path; a rejected request writes nothing (the audit trail does not grow).
 */
const COUNT = Number(process.env.FUZZ_COUNT ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const WEIRD = ['', ' ', '\u0000', '../../etc/passwd', '%', '2026-02-30', '9999-99-99T99:99:99Z', '\u202Eevil', 'x'.repeat(5000), '💥', 'null', '{"a":1}', '-1', '1e309'];
const KEYS = ['id', 'caseId', 'caseType', 'request', 'breach', 'changes', 'limit', 'offset', 'from', 'to', 'format', 'kind', 'language', 'text', 'step', 'transition', 'on', 'rule', 'passphrase', 'fileName', 'base64', 'documentId', 'all', 'ids'];

function value(random: Random, depth: number): unknown {
  const pick = random.int(0, depth > 2 ? 4 : 7);
  if (pick === 0) return null;
  if (pick === 1) return random.chance(0.5);
  if (pick === 2) return random.pick([0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308, random.int(-1000, 1000)]);
  if (pick === 3 || pick === 4) return random.pick(WEIRD);
  if (pick === 5) return Array.from({ length: random.int(0, 4) }, () => value(random, depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = random.int(0, 4); i > 0; i--) object[random.pick(KEYS)] = value(random, depth + 1);
  return object;
}

describe(`the API under ${COUNT} fuzzed requests (seed ${SEED})`, () => {
  const tmp = tempDir();
  const app = appOver(tmp.dir, () => new Date('2026-05-05T08:00:00Z'));
  const fuzzed = channels.filter((c) => !c.startsWith('vault.') && !c.startsWith('backup.') && c !== 'session.activity');
  const events = async () => (await app.session.db().selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  beforeAll(async () => {
    await app.session.create(PASSPHRASE);
    await app.dispatch('settings.update', { changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome' } });
  });
  afterAll(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  it('never crashes, never answers INTERNAL or with a stack or path, and writes nothing when it refuses', async () => {
    const random = seededRandom(SEED);
    const codes = new Map<string, number>();
    for (let i = 0; i < COUNT; i++) {
      const channel = random.pick(fuzzed);
      const input = random.chance(0.8) ? value(random, 0) : Object.fromEntries(KEYS.filter(() => random.chance(0.3)).map((k) => [k, value(random, 1)]));
      const before = await events();
      const result = await app.dispatch(channel, input);
      const where = `#${i} ${channel} ${JSON.stringify(input).slice(0, 200)}`;
      if (result.ok) continue;
      codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1);
      expect(result.error.code, where).not.toBe('INTERNAL');
      expect(result.error.message, where).not.toMatch(/\n\s+at |\/work\/|node_modules|\.ts:\d+/);
      expect(await events(), where).toBe(before);
    }
    expect(codes.get('VALIDATION') ?? 0).toBeGreaterThan(COUNT / 4);
    expect(await app.session.verify()).toMatchObject({ ok: true });
    const refused = [...codes.values()].reduce((sum, n) => sum + n, 0);
    process.stdout.write(`API fuzz (seed ${SEED}): ${COUNT} requests, ${COUNT - refused} accepted, ${refused} refused ${JSON.stringify(Object.fromEntries([...codes].sort()))}, 0 INTERNAL, 0 writes on refusal\n`);
  }, 300_000);
});
