import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { writeAuditReportCsv } from '../../electron/core/reports/write-audit-report';

/**
 * The audit report over the whole seeded vault (CSV: figures and both registers), timed, with
 * the peak growth of the process's resident memory sampled every 10 ms while it runs.
 */
export async function auditReportWorkload(db: Kysely<Database>): Promise<{ ms: number; peakMb: number }> {
  const out = mkdtempSync(join(tmpdir(), 'dpo-desk-report-'));
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  try {
    await writeAuditReportCsv(db, out, { range: { from: '2000-01-01', to: '2100-12-31' }, now: new Date() });
  } finally {
    clearInterval(sampler);
    rmSync(out, { recursive: true, force: true });
  }
  const ms = performance.now() - start;
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, peakMb: (peak - baseline) / 1_048_576 };
}
