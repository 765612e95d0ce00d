import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { writeAuditReportPdf } from '../../electron/core/reports/report-pdf/write-audit-report-pdf';
import { writeAuditReportCsv } from '../../electron/core/reports/write-audit-report';

const RANGE = { from: '2000-01-01', to: '2100-12-31' };

/**
 * The audit report over the whole seeded vault, as CSV (figures and both registers) or as
 * PDF (figures, chart, integrity and both registers, 2,500-odd pages for 100,000 requests),
 * timed, with the peak growth of the process's resident memory sampled every 10 ms while
 * it runs (garbage not yet collected counts: the live heap stays flat), and the CPU time the
 * process spent (garbage collection and file writing included), which other work on a busy
 * machine does not inflate as it does the elapsed time; and of that the main thread's own
 * (`mainCpuMs`): what the other threads take (compression on libuv's pool, the collector's
 * helpers) runs beside it on a second core, so on an idle machine the elapsed time is close
 * to the main thread's.
 */
export async function auditReportWorkload(db: Kysely<Database>, format: 'csv' | 'pdf' = 'csv'): Promise<{ ms: number; cpuMs: number; mainCpuMs: number; peakMb: number }> {
  const out = mkdtempSync(join(tmpdir(), 'dpo-desk-report-'));
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const mainCpu = process.threadCpuUsage();
  try {
    const options = { range: RANGE, now: new Date() };
    if (format === 'csv') await writeAuditReportCsv(db, out, options);
    else await writeAuditReportPdf(db, join(out, 'audit-report.pdf'), { ...options, language: 'en' });
  } finally {
    clearInterval(sampler);
    rmSync(out, { recursive: true, force: true });
  }
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const mainUsed = process.threadCpuUsage(mainCpu);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, cpuMs: (used.user + used.system) / 1000, mainCpuMs: (mainUsed.user + mainUsed.system) / 1000, peakMb: (peak - baseline) / 1_048_576 };
}
