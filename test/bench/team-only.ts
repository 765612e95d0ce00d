import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEncryptedDatabase } from '../../db/connection';
import { dashboardWorkload } from './dashboard-workload';
import { round } from './measure';
import { requestWorkloads } from './request-workloads';
import { teamBench } from './team-bench';
import { teamFigures } from './team-figures';

/**
 * `tsx test/bench/team-only.ts [--json]`: the team server's figures and the encrypted vault's
 * they are divided by, alone (`BENCH_ROWS` requests, default 10,000), for iterating on them.
 */
const rows = Number(process.env.BENCH_ROWS ?? 10_000);
const progress = (message: string) => process.stderr.write(`${message}\n`);
const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-team-bench-'));
try {
  progress(`requests: ${rows} requests in an encrypted vault…`);
  let dashboardMs = 0;
  const local = await requestWorkloads(openEncryptedDatabase(join(dir, 'vault.db'), randomBytes(32), { create: true }), rows, async (db) => {
    dashboardMs = (await dashboardWorkload(db, 1_000)).loadMs;
  });
  const team = await teamBench(rows, progress);
  if ('skipped' in team) {
    progress(`team: ${team.skipped}`);
  } else {
    const figures = teamFigures(team.figures, { 'requests.listPageMs': local.listPageMs, 'requests.dashboardCountsMs': local.countsMs, 'dashboard.loadMs': dashboardMs });
    const all = { rows, 'requests.listPageMs': round(local.listPageMs, 1), 'requests.dashboardCountsMs': round(local.countsMs, 1), 'dashboard.loadMs': round(dashboardMs, 1), ...figures };
    if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(all) + '\n');
    else for (const [name, value] of Object.entries(all)) process.stdout.write(`${name} ${value}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
