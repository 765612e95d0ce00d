import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEncryptedDatabase } from '../../db/connection';
import { createKysely } from '../../db/kysely';
import { verifyStoredChain } from '../../electron/core/audit/verify-audit-chain';
import { CommitmentReplay, verifyCaseStates } from '../../electron/core/audit/verify-case-states';
import { verifyContentHashes } from '../../electron/core/audit/verify-content-hashes';
import { readVaultHeader } from '../../electron/core/vault/vault-header';
import { unwrapDataKey } from '../../electron/core/vault/vault-keys';
import { cipherWorkload } from './cipher-workload';
import { round } from './measure';
import { auditReportWorkload } from './report-workload';
import { timedSqlite, type SqliteClock } from './timed-sqlite';
import { exportVariant, openVariant, VARIANTS, type VaultVariant } from './vault-variant';

/**
 * `BENCH_VAULT_DIR=/tmp/verify-bench tsx test/bench/cipher-vault-bench.ts [--json] [--no-pdf]`:
 * what the cipher settings cost on one seeded vault (seed it first with `verify-only.ts`, same
 * directory). The vault is copied once into every stored variant (`VARIANTS`: SQLCipher 4 at
 * 4, 8 and 16 KiB pages, ChaCha20-Poly1305, AEGIS, plain), then `BENCH_ROUNDS` rounds (default
 * 2, the order reversed every other round, so a drift of the machine's load weighs on all)
 * each open every variant afresh and time, in CPU milliseconds: `audit verify`'s stages (the
 * chain walk with the commitment replay, the case states, the stored files) and the audit
 * report as PDF over the whole vault with the time spent inside SQLite apart (after one
 * uncounted warm-up). Beside them the
 * file size, and the insert ratio of the SQLite bench under the same ciphers. Lower medians; the
 * load average before and after.
 */
const root = process.env.BENCH_VAULT_DIR;
if (!root) throw new Error('Give the directory seeded by verify-only.ts in BENCH_VAULT_DIR');
const dir = join(root, 'vault');
if (!existsSync(join(dir, 'vault.json'))) throw new Error(`No seeded vault in ${dir}: run verify-only.ts with the same BENCH_VAULT_DIR first`);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const withPdf = !process.argv.includes('--no-pdf');
/** `BENCH_VARIANTS=sqlcipher4,aegis`: only those (the machine is shared; each copy of a large vault takes minutes). */
const only = process.env.BENCH_VARIANTS?.split(',');
const variants = VARIANTS.filter((v) => !only || only.includes(v.name));
const progress = (message: string) => process.stderr.write(`${message}\n`);
const loadBefore = loadavg()[0] ?? 0;

const key = await unwrapDataKey(readVaultHeader(join(dir, 'vault.json')), 'passphrase', 'lantern-orchard-cobalt-tide-91');
const source = openEncryptedDatabase(join(dir, 'vault.db'), key, { create: false });
source.pragma('wal_checkpoint(TRUNCATE)');
source.close();

const copies = join(root, 'variants');
mkdirSync(copies, { recursive: true });
const fileOf = (variant: VaultVariant) => join(copies, `${variant.fileOf ?? variant.name}.db`);
const figures: Record<string, number> = {};
for (const variant of variants.filter((v) => !v.fileOf || !variants.some((w) => w.name === v.fileOf))) {
  if (!existsSync(fileOf(variant))) {
    progress(`copying the vault as ${variant.name}…`);
    exportVariant(join(dir, 'vault.db'), key, fileOf(variant), variant);
  }
  figures[`${variant.name}.fileMb`] = round(statSync(fileOf(variant)).size / 1_048_576, 1);
}

/** CPU milliseconds of `run`. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

async function measure(variant: VaultVariant, pdf = withPdf): Promise<Record<string, number>> {
  const sqlite = openVariant(fileOf(variant), key, variant);
  try {
    const replay = new CommitmentReplay();
    let ok = true;
    const chain = cpuMs(() => (ok = verifyStoredChain(sqlite, (seq, trackingStarted, states) => replay.event(seq, trackingStarted, states)).ok));
    let breaks = 0;
    const states = cpuMs(() => (breaks = verifyCaseStates(sqlite, replay).breaks.length));
    const files = cpuMs(() => (breaks += verifyContentHashes(sqlite).breaks.length));
    if (!ok || breaks > 0) throw new Error(`${variant.name}: the copy does not verify`);
    const out: Record<string, number> = { verifyChainCpuMs: chain, verifyStatesCpuMs: states, verifyFilesCpuMs: files, verifyCpuMs: chain + states + files };
    if (pdf) {
      const clock: SqliteClock = { ms: 0 };
      const report = await auditReportWorkload(createKysely(timedSqlite(sqlite, clock)), 'pdf');
      out.reportPdfCpuMs = report.cpuMs;
      out.reportPdfSqliteCpuMs = clock.ms;
    }
    return out;
  } finally {
    sqlite.close();
  }
}

progress('warming up (JIT, file cache) on sqlcipher4, verify only, not counted…');
await measure(VARIANTS.find((v) => v.name === 'sqlcipher4') as VaultVariant, false);
const runs = new Map<string, Record<string, number>[]>();
for (let r = 0; r < rounds; r++) {
  for (const variant of r % 2 === 0 ? variants : [...variants].reverse()) {
    progress(`round ${r + 1}/${rounds}: ${variant.name}…`);
    const measured = await measure(variant);
    progress(`  ${Object.entries(measured)
      .map(([name, value]) => `${name} ${round(value, 0)}`)
      .join(', ')} (load ${round(loadavg()[0] ?? 0, 1)})`);
    runs.set(variant.name, [...(runs.get(variant.name) ?? []), measured]);
  }
}
/** The lower median: of two rounds the smaller, which the other work on a busy machine inflated less. */
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor((values.length - 1) / 2)] as number;
for (const [name, list] of runs) {
  for (const figure of Object.keys(list[0] ?? {})) figures[`${name}.${figure}`] = round(median(list.map((m) => m[figure] as number)), 0);
}
key.fill(0);

progress('the SQLite insert workload under each cipher…');
const scratch = mkdtempSync(join(tmpdir(), 'dpo-desk-cipher-'));
try {
  for (const [name, value] of Object.entries(cipherWorkload(scratch, 20_000))) figures[name] = round(value);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
figures.load1Before = round(loadBefore, 2);
figures.load1After = round(loadavg()[0] ?? 0, 2);

if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(figures) + '\n');
else for (const [name, value] of Object.entries(figures)) process.stdout.write(`${name} ${value}\n`);
