import { performance } from 'node:perf_hooks';
import { createHandlers } from '../../electron/core/api/create-handlers';
import { createDispatch } from '../../electron/core/api/dispatch';

/**
 * The child of the crash trials of vault operations. `argv`: mode (`passphrase`, `backup`
 * or `restore`), vault folder, the passphrase in force, the other passphrase, the backup
 * folder (for `restore`: the backup to restore, over and over, into the locked vault).
 * It unlocks the vault and loops: one request written through the API, then one operation
 * (a passphrase change to the other passphrase, or a verified backup), printing a line when
 * each write or operation starts and when it has committed, with the operation's duration
 * so the parent can aim its kill inside the next one. It runs until it is killed.
 */
const [, , mode = '', vaultDir = '', first = '', second = '', backupDir = ''] = process.argv;
const app = createHandlers({ vaultDir, appVersion: 'crash-trial', actor: 'crash-trial' });
const dispatch = createDispatch(app.handlers, () => undefined);

async function call(channel: string, input: unknown): Promise<unknown> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

if (mode === 'restore') {
  // The vault stays locked: restore the backup in `backupDir` over it, again and again.
  process.stdout.write('ready\n');
  for (;;) {
    // The previous vault is kept in a folder named to the second: wait for a new second.
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000)));
    const start = performance.now();
    process.stdout.write('restoring\n');
    await call('vault.restore', { from: backupDir, method: 'passphrase', secret: first, replace: true });
    process.stdout.write(`restored ${Math.round(performance.now() - start)}\n`);
  }
}
await call('vault.unlock', { method: 'passphrase', secret: first });
let current = first;
let next = second;
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const request = (await call('requests.create', {
    request: { regime: 'gdpr', types: ['access'], receivedAt: new Date(Date.now() - 86_400_000).toISOString(), channel: 'email', subjectName: `Crash Trial ${i}`, description: 'z'.repeat(1000) },
  })) as { reference: string };
  process.stdout.write(`committed request ${request.reference}\n`);
  if (mode === 'passphrase') {
    const start = performance.now();
    process.stdout.write(`changing ${next}\n`);
    await call('vault.changePassphrase', { current, next });
    [current, next] = [next, current];
    process.stdout.write(`changed ${current} ${Math.round(performance.now() - start)}\n`);
  } else {
    // Backups are named to the second: wait for a new second rather than collide with the last one.
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000)));
    const start = performance.now();
    process.stdout.write('backing-up\n');
    const run = (await call('backup.run', { toDir: backupDir })) as { path: string };
    process.stdout.write(`backed-up ${run.path} ${Math.round(performance.now() - start)}\n`);
  }
}
