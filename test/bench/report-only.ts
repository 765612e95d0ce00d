import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { openEncryptedDatabase } from '../../db/connection';
import { createKysely } from '../../db/kysely';
import { todayInZone } from '../../electron/core/deadlines';
import { round } from './measure';
import { auditReportWorkload } from './report-workload';
import { seedRequests } from './request-seed';

/**
 * `BENCH_VAULT=/tmp/report.db BENCH_ROWS=100000 tsx test/bench/report-only.ts [--json]`: the
 * audit report as PDF alone, for iterating on it (its time, CPU time, the main thread's CPU time and peak memory). The vault is seeded once (`BENCH_ROWS`
 * requests, default 10,000) and reused by later runs at the same path; the load average is
 * printed beside the figures, which a busy machine inflates.
 */
const rows = Number(process.env.BENCH_ROWS ?? 10_000);
const path = process.env.BENCH_VAULT;
if (!path) throw new Error('Give the vault file to seed or reuse in BENCH_VAULT');
const key = Buffer.alloc(32, 0x5a);
const fresh = !existsSync(path);
const sqlite = openEncryptedDatabase(path, key, { create: fresh });
const db = fresh ? await seedRequests(sqlite, rows, todayInZone('Europe/Rome', new Date())) : createKysely(sqlite);
try {
  const pdf = await auditReportWorkload(db, 'pdf');
  const figures = {
    'report.auditPdfMs': round(pdf.ms, 0),
    'report.auditPdfCpuMs': round(pdf.cpuMs, 0),
    'report.auditPdfMainCpuMs': round(pdf.mainCpuMs, 0),
    'report.auditPdfPeakMb': round(pdf.peakMb, 1),
    load1: round(loadavg()[0] ?? 0, 2),
  };
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(figures) + '\n');
  else for (const [name, value] of Object.entries(figures)) process.stdout.write(`${name} ${value}\n`);
} finally {
  await db.destroy();
}
