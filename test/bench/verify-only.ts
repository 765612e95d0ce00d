import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { openEncryptedDatabase } from '../../db/connection';
import { verifyStoredChain } from '../../electron/core/audit/verify-audit-chain';
import { CommitmentReplay, verifyCaseStates } from '../../electron/core/audit/verify-case-states';
import { verifyContentHashes } from '../../electron/core/audit/verify-content-hashes';
import { readVaultHeader } from '../../electron/core/vault/vault-header';
import { unwrapDataKey } from '../../electron/core/vault/vault-keys';
import { VaultSession } from '../../electron/core/vault/vault-session';
import { round } from './measure';
import { seedUiVault } from './ui-seed';

/**
 * `BENCH_VAULT_DIR=/tmp/verify-bench tsx test/bench/verify-only.ts [--json]`: `audit verify`
 * alone, wall and CPU, for iterating on it. The vault (the UI bench's scale: 100,000 requests,
 * 1,000 breaches, 1,000,000 audit events, or `BENCH_UI_*`) is seeded once under the directory
 * and reused by later runs; the load average is printed beside the figures, which a busy
 * machine inflates; `BENCH_ROUNDS` verifies that many times and prints the medians. With `--split`, the stages instead, each alone on a raw connection: the
 * chain walk without and with the state-commitment replay, the case states, the stored files.
 */
const root = process.env.BENCH_VAULT_DIR;
if (!root) throw new Error('Give the directory to seed or reuse in BENCH_VAULT_DIR');
const passphrase = 'lantern-orchard-cobalt-tide-91';
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const dir = join(root, 'vault');
if (!existsSync(join(dir, 'vault.json'))) {
  const scale = { requests: env('BENCH_UI_REQUESTS', 100_000), breaches: env('BENCH_UI_BREACHES', 1_000), events: env('BENCH_UI_EVENTS', 1_000_000) };
  process.stderr.write(`seeding ${JSON.stringify(scale)} into ${dir}…\n`);
  await seedUiVault(root, scale, passphrase, new Date().toISOString().slice(0, 10));
}
/** CPU and wall milliseconds of one stage. */
function stage(name: string, run: () => unknown): Record<string, number> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { [`${name}Ms`]: round(wallMs, 0), [`${name}CpuMs`]: round((used.user + used.system) / 1000, 0) };
}

async function split(): Promise<Record<string, number>> {
  const key = await unwrapDataKey(readVaultHeader(join(dir, 'vault.json')), 'passphrase', passphrase);
  const sqlite = openEncryptedDatabase(join(dir, 'vault.db'), key, { create: false });
  key.fill(0);
  try {
    const replay = new CommitmentReplay();
    return {
      ...stage('verify.chainAlone', () => verifyStoredChain(sqlite, () => undefined)),
      ...stage('verify.chainReplay', () => verifyStoredChain(sqlite, (seq, trackingStarted, states) => replay.event(seq, trackingStarted, states))),
      ...stage('verify.caseStates', () => verifyCaseStates(sqlite, replay)),
      ...stage('verify.files', () => verifyContentHashes(sqlite)),
      load1: round(loadavg()[0] ?? 0, 2),
    };
  } finally {
    sqlite.close();
  }
}

if (process.argv.includes('--split')) {
  const figures = await split();
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`${name} ${value}\n`);
  process.exit(0);
}
const session = new VaultSession({ dir, actor: 'bench' });
await session.unlock('passphrase', passphrase);
/** `BENCH_ROUNDS` verifies in this one process (default 1); the medians are printed. */
const rounds = Math.max(1, env('BENCH_ROUNDS', 1));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
try {
  const walls: number[] = [];
  const cpus: number[] = [];
  let events = 0;
  for (let round = 0; round < rounds; round++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = await session.verify();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
    if (!result.ok) throw new Error(`the seeded trail does not verify: ${JSON.stringify(result.firstBreak ?? result.dataBreaks[0])}`);
    events = result.eventCount;
  }
  const figures = {
    'audit.events': events,
    'audit.verifyMs': round(median(walls), 0),
    // Both threads' CPU time (the process's), which a busy machine inflates less than the time.
    'audit.verifyCpuMs': round(median(cpus), 0),
    rounds,
    load1: round(loadavg()[0] ?? 0, 2),
  };
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(figures) + '\n');
  else for (const [name, value] of Object.entries(figures)) process.stdout.write(`${name} ${value}\n`);
} finally {
  await session.lock();
}
