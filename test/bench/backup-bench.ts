import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { round } from './measure';
import { backupWorkload } from './backup-workload';

/**
 * `npx tsx test/bench/backup-bench.ts`: only the backup figures of `npm run bench` (audit
 * verify, verified backup and restore of a vault of `BENCH_ROWS` requests, 100,000 by
 * default, with their audit events and state commitments), one line per figure.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-bench-backup-'));
try {
  process.stderr.write(`backup: seeding a vault of ${ROWS} audited requests…\n`);
  const figures = await backupWorkload(dir, ROWS, 'lantern-orchard-cobalt-tide-91');
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`backup.${name} ${round(value, name === 'databaseMb' ? 1 : 0)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
