import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VaultSession } from '../../electron/core/vault/vault-session';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/** The vault's own files; the delay record beside them is checked on its own. */
function snapshot(dir: string) {
  return readdirSync(dir).filter((name) => name !== '.unlock-delay.json').map((name) => {
    const path = join(dir, name);
    return { name, size: statSync(path).size, mtime: statSync(path).mtimeMs, bytes: readFileSync(path).toString('base64') };
  });
}

describe('unlocking a vault', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('refuses a wrong passphrase with a clear error, a growing delay, and writes nothing', async () => {
    let clock = Date.parse('2026-11-25T09:00:00Z');
    const app = appOver(tmp.dir, () => new Date(clock));
    await app.session.create(PASSPHRASE);
    await app.session.lock();
    const before = snapshot(app.session.files.dir);

    const first = await app.dispatch('vault.unlock', { method: 'passphrase', secret: 'not the passphrase' });
    expect(first).toEqual({ ok: false, error: { code: 'WRONG_SECRET', message: 'That passphrase does not open this vault.', detail: { key: 'msg.error.vault.wrongPassphrase' } } });
    expect(app.session.status()).toMatchObject({ state: 'locked', failedAttempts: 1, retryAfterMs: 1000 });

    const tooSoon = await app.dispatch('vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(tooSoon.ok).toBe(false);
    expect(!tooSoon.ok && tooSoon.error.code).toBe('THROTTLED');

    clock += 1000;
    await app.dispatch('vault.unlock', { method: 'passphrase', secret: 'still wrong' });
    expect(app.session.status()).toMatchObject({ failedAttempts: 2, retryAfterMs: 2000 });
    clock += 2000;
    await app.dispatch('vault.unlock', { method: 'passphrase', secret: 'wrong again' });
    expect(app.session.status().retryAfterMs).toBe(4000);

    expect(snapshot(app.session.files.dir)).toEqual(before);
    const delay = JSON.parse(readFileSync(join(app.session.files.dir, '.unlock-delay.json'), 'utf8')) as unknown;
    expect(delay).toEqual({ failures: 3, nextAllowedAt: clock + 4000 });
    const restarted = appOver(tmp.dir, () => new Date(clock));
    expect(restarted.session.status()).toMatchObject({ failedAttempts: 3, retryAfterMs: 4000 });
    const cliTooSoon = await restarted.dispatch('vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(!cliTooSoon.ok && cliTooSoon.error.code).toBe('THROTTLED');
    await restarted.dispose();

    clock += 4000;
    const ok = await app.dispatch('vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(ok).toMatchObject({ ok: true, value: { state: 'unlocked', failedAttempts: 0, retryAfterMs: 0 } });
    await app.dispose();
  });

  it('opens with the recovery key, typed loosely, and refuses a mistyped one by length', async () => {
    const app = appOver(tmp.dir);
    const { recoveryKey } = await app.session.create(PASSPHRASE);
    await app.handlers['settings.update']({ changes: { 'organisation.name': 'Noventia Srl' } });
    await app.session.lock();

    const short = await app.dispatch('vault.unlock', { method: 'recovery-key', secret: recoveryKey.slice(0, -2) });
    expect(!short.ok && short.error.message).toBe('A recovery key has 52 characters; this one has 50');

    const loose = recoveryKey.toLowerCase().replace(/-/g, ' ');
    const opened = await app.dispatch('vault.unlock', { method: 'recovery-key', secret: loose });
    expect(opened.ok).toBe(true);
    expect((await app.handlers['settings.get']({}))['organisation.name']).toBe('Noventia Srl');
    await app.dispose();
  });

  it('changes the passphrase without rewriting the database, keeping the data and the recovery key', async () => {
    let clock = Date.parse('2026-11-25T09:00:00Z');
    const app = appOver(tmp.dir, () => new Date(clock));
    const { recoveryKey } = await app.session.create(PASSPHRASE);
    await app.handlers['settings.update']({ changes: { 'organisation.dpoEmail': 'dpo@noventia.example' } });
    await app.session.lock();
    const dbBefore = readFileSync(app.session.files.database);
    await app.session.unlock('passphrase', PASSPHRASE);

    const weak = await app.dispatch('vault.changePassphrase', { current: PASSPHRASE, next: 'password123' });
    expect(!weak.ok && weak.error.code).toBe('WEAK_PASSPHRASE');
    const wrongCurrent = await app.dispatch('vault.changePassphrase', { current: 'nope nope nope', next: 'meadow-quartz-violin-harbour' });
    expect(!wrongCurrent.ok && wrongCurrent.error.code).toBe('WRONG_SECRET');
    const tooSoon = await app.dispatch('vault.changePassphrase', { current: PASSPHRASE, next: 'meadow-quartz-violin-harbour' });
    expect(!tooSoon.ok && tooSoon.error.code).toBe('THROTTLED');
    clock += 1000;

    const changed = await app.dispatch('vault.changePassphrase', { current: PASSPHRASE, next: 'meadow-quartz-violin-harbour' });
    expect(changed).toEqual({ ok: true, value: { changed: true } });
    await app.session.lock();
    expect(readFileSync(app.session.files.database).subarray(0, 4096).equals(dbBefore.subarray(0, 4096))).toBe(true);

    const old = await app.dispatch('vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(!old.ok && old.error.code).toBe('WRONG_SECRET');
    clock += 2000;
    const fresh = new VaultSession({ dir: app.session.files.dir, actor: 'test', now: () => new Date(clock) });
    await fresh.unlock('passphrase', 'meadow-quartz-violin-harbour');
    await fresh.lock();
    await fresh.unlock('recovery-key', recoveryKey);
    const settings = await fresh.db().selectFrom('settings').selectAll().where('key', '=', 'organisation.dpoEmail').executeTakeFirst();
    expect(settings?.value).toBe('"dpo@noventia.example"');
    const events = await fresh.db().selectFrom('audit_events').select('action').orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual(['vault.created', 'settings.updated', 'vault.passphrase-changed']);
    await fresh.lock();
  });

  it('lets a DPO who forgot the passphrase set a new one with the recovery key', async () => {
    let clock = Date.parse('2026-11-25T09:00:00Z');
    const app = appOver(tmp.dir, () => new Date(clock));
    const { recoveryKey } = await app.session.create(PASSPHRASE);
    await app.session.lock();
    const wrongKey = await app.dispatch('vault.resetPassphrase', { recoveryKey: recoveryKey.replace(/^.../, '000'), next: 'meadow-quartz-violin-harbour' });
    expect(!wrongKey.ok && wrongKey.error.code).toBe('WRONG_SECRET');
    const sheetTooSoon = await app.dispatch('vault.recoverySheet', { recoveryKey, language: 'en' });
    expect(!sheetTooSoon.ok && sheetTooSoon.error.code).toBe('THROTTLED');
    clock += 1000;
    await app.session.unlock('recovery-key', recoveryKey);
    const reset = await app.dispatch('vault.resetPassphrase', { recoveryKey, next: 'meadow-quartz-violin-harbour' });
    expect(reset).toEqual({ ok: true, value: { changed: true } });
    await app.session.lock();
    expect((await app.dispatch('vault.unlock', { method: 'passphrase', secret: 'meadow-quartz-violin-harbour' })).ok).toBe(true);
    const events = await app.session.db().selectFrom('audit_events').select('action').orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual(['vault.created', 'vault.passphrase-reset']);
    await app.dispose();
  });

  it('refuses a weak passphrase at creation and creates nothing', async () => {
    const app = appOver(tmp.dir);
    const result = await app.dispatch('vault.create', { passphrase: 'qwerty12345' });
    expect(!result.ok && result.error.code).toBe('WEAK_PASSPHRASE');
    expect(app.session.status().state).toBe('absent');
  });

  it('locks after the idle period, and activity restarts the timer', async () => {
    const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
    const session = new VaultSession({
      dir: join(tmp.dir, 'vault'),
      actor: 'test',
      setTimer: (fn, ms) => {
        const timer = { fn, ms, cleared: false };
        timers.push(timer);
        return { clear: () => void (timer.cleared = true) };
      },
    });
    await session.create(PASSPHRASE);
    expect(timers.at(-1)?.ms).toBe(10 * 60_000);
    session.touch();
    expect(timers.filter((t) => !t.cleared)).toHaveLength(1);
    session.setAutoLockMinutes(2);
    const live = timers.filter((t) => !t.cleared);
    expect(live.map((t) => t.ms)).toEqual([120_000]);
    live[0]?.fn();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(session.status()).toMatchObject({ state: 'locked', lockedBy: 'idle' });
    expect(() => session.db()).toThrow('The vault is locked');
  });
});
