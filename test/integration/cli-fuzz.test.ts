import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../electron/cli/commands';
import type { Command } from '../../electron/cli/command';
import { seededRandom, type Random } from '../../electron/core/demo/seeded-random';
import { auditCounter } from '../support/audit-count';
import { cli } from '../support/cli';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * Fuzzes the command line with a fixed seed and a bounded count (`FUZZ_CLI_COUNT`, default
 * 40; `FUZZ_SEED` changes the seed): every command gets random and malformed flags, values
 * and positionals. Each run exits 0, 1 (refused: one `Error:` line) or 2 (usage error: a
 * `Usage error:` line and nothing on stdout), and an unknown flag is always a usage error.
 * No output holds a stack trace, a source path or a JavaScript error's own words. A run
 * that does not succeed writes nothing: the audit trail does not grow and no file appears.
 * The CLI runs in a working folder inside the temp folder, so relative paths land there.
 */
const COUNT = Number(process.env.FUZZ_CLI_COUNT ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const WEIRD = ['', ' ', '\u0000', '../../etc/passwd', '%', '-', '-1', '0', '1e309', '7d', 'abc', '\u202Eevil', 'x'.repeat(5000), '💥', 'null', '{"a":1}', 'KEY=VALUE', '=', 'a=b=c'];
const DATES = ['2026-05-04', '2026-02-30', '2026-13-01', '2026-05-04T09:00:00Z', '2026-05-04T25:61:00+01:00', 'now', 'yesterday', '31/12/2026'];
const WORDS = ['gdpr', 'ccpa', 'access', 'erasure', 'email', 'post', 'en', 'it', 'fr', 'pdf', 'csv', 'json', 'authority', 'subjects', 'received', 'in-progress', 'responded', 'refused', 'preliminary', 'clarification', 'start', 'end'];
const SETTINGS = ['organisation.name', 'organisation.country', 'organisation.timeZone', 'commitments.responseDays', 'security.autoLockMinutes', 'organisation.colour'];
const BOGUS = ['--bogus', '--passphrase', '-q', '--no-such-flag=1', '--VAULT'];
/** What a JavaScript error or a leak looks like in output; none of it may reach the user. */
const LEAK = /\n\s+at \S|node_modules|\.ts:\d+|TypeError|ReferenceError|SyntaxError: |Cannot read propert|is not a function|is not iterable|SQLITE_|\[object Object\]/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe(`the CLI under ${COUNT} fuzzed invocations (seed ${SEED})`, () => {
  const tmp = tempDir();
  const vault = join(tmp.dir, 'vault');
  const cwd = join(tmp.dir, 'a', 'b', 'cwd');
  const home = process.cwd();
  const real: string[] = [];
  let counter: Awaited<ReturnType<typeof auditCounter>>;

  beforeAll(async () => {
    const app = appOver(tmp.dir, () => new Date('2026-05-05T08:00:00Z'));
    await app.session.create(PASSPHRASE);
    await app.dispatch('settings.update', { changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome' } });
    const request = await app.dispatch('requests.create', { request: { regime: 'gdpr', types: ['access'], receivedAt: '2026-05-04T09:00:00Z', channel: 'email', subjectName: 'Mario Rossi' } });
    const breach = await app.dispatch('breaches.create', { breach: { title: 'Lost laptop', awareAt: '2026-05-04T10:00:00Z' } });
    for (const result of [request, breach]) {
      if (!result.ok) throw new Error(result.error.message);
      const { id, reference } = result.value as { id: string; reference: string };
      real.push(id, reference);
    }
    await app.dispose();
    counter = await auditCounter(vault, PASSPHRASE);
    mkdirSync(cwd, { recursive: true });
    writeFileSync(join(cwd, 'junk.json'), '{"title": 42, "awareAt": "2026-02-30"');
    writeFileSync(join(cwd, 'list.json'), '[1, "two", null]');
    process.chdir(cwd);
  });
  afterAll(() => {
    process.chdir(home);
    counter.dispose();
    tmp.cleanup();
  });

  function fuzzValue(random: Random): string {
    const pool = random.pick([WEIRD, DATES, DATES, WORDS, WORDS, SETTINGS, real, real, ['junk.json', 'list.json', 'missing.json', 'out.pdf', 'out-dir']]);
    return pool.length > 0 ? random.pick(pool) : 'x';
  }

  function invocation(random: Random, command: Command): { argv: string[]; bogus: boolean } {
    const argv = [...command.path];
    const names = Object.keys(command.options ?? {});
    const limits = command.positionals ?? { min: 0, max: 0, names: [] };
    const positionals = random.chance(0.85) ? random.int(limits.min, limits.max) : random.pick([limits.min - 1, limits.max + 1]);
    for (let i = positionals; i > 0; i--) argv.push(fuzzValue(random));
    for (let i = random.int(0, 4); i > 0 && names.length > 0; i--) {
      const name = random.pick(names);
      const spec = command.options?.[name];
      if (spec?.type === 'boolean') argv.push(random.chance(0.9) ? `--${name}` : `--${name}=${fuzzValue(random)}`);
      else if (random.chance(0.85)) argv.push(`--${name}`, fuzzValue(random));
      else argv.push(`--${name}=${fuzzValue(random)}`);
    }
    if (random.chance(0.3)) argv.push('--json');
    if (random.chance(0.9)) argv.push('--vault', vault);
    const bogus = random.chance(0.1);
    if (bogus) argv.splice(random.int(command.path.length, argv.length), 0, random.pick(BOGUS));
    return { argv, bogus };
  }

  it('exits 0, 1 or 2 with a clear line, never a stack or a path, and writes nothing when it refuses', async () => {
    const random = seededRandom(SEED);
    const codes = [0, 0, 0];
    for (let i = 0; i < COUNT; i++) {
      const command = random.pick(commands);
      const { argv, bogus } = invocation(random, command);
      const stdin = random.pick(['', '{}', '{"title":', '\u0000\u0001', JSON.stringify({ title: 'x'.repeat(300), awareAt: '2026-05-04T09:00:00Z' }), 'a,b,c\n1,2']);
      const before = counter.count();
      const files = filesUnder(tmp.dir).filter((path) => !path.startsWith(vault));
      const run = await cli(argv, { stdin });
      const where = `#${i} ${argv.map((a) => a.slice(0, 40)).join(' ')} → ${run.code}: ${run.stderr.slice(0, 300)}`;
      expect([0, 1, 2], where).toContain(run.code);
      codes[run.code] = (codes[run.code] ?? 0) + 1;
      expect(run.stdout + run.stderr, where).not.toMatch(LEAK);
      expect(run.stdout + run.stderr, where).not.toContain(home);
      if (bogus) expect(run.code, where).toBe(2);
      if (run.code === 0) continue;
      if (run.code === 2) {
        expect(run.stderr, where).toMatch(/^(Usage error: |Unknown command)/);
        expect(run.stdout, where).toBe('');
      } else {
        expect(run.stderr, where).toMatch(/^Error: \S/);
      }
      expect(counter.count(), where).toBe(before);
      expect(filesUnder(tmp.dir).filter((path) => !path.startsWith(vault)).map((path) => relative(tmp.dir, path)), where).toEqual(files.map((path) => relative(tmp.dir, path)));
    }
    process.stdout.write(`CLI fuzz (seed ${SEED}): ${COUNT} invocations, ${codes[0]} ok, ${codes[1]} refused, ${codes[2]} usage errors\n`);
    expect(codes[2]).toBeGreaterThan(COUNT / 10);
    expect(codes[1]).toBeGreaterThan(COUNT / 10);
    const verify = await cli(['audit', 'verify', '--vault', vault, '--json']);
    expect(verify.code, verify.stderr).toBe(0);
  }, 600_000);
});
