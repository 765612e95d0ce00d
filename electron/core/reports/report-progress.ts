import type { ReportProgress } from './audit-report-types';

/** How far the generation of a report has gone: its stage, and done of total in that stage. */
export interface ReportProgressState {
  stage: Parameters<ReportProgress>[0];
  done: number;
  total: number;
}

const running = new Map<string, ReportProgressState>();

/**
 * Keeps the progress of a report being generated under the id the screen chose, so the
 * screen can ask for it while the report is built (the renderer receives no pushes); the
 * entry is dropped when `run` ends, however it ends.
 */
export async function withReportProgress<T>(id: string | undefined, run: (progress: ReportProgress | undefined) => Promise<T>): Promise<T> {
  if (id === undefined) return run(undefined);
  running.set(id, { stage: 'requests', done: 0, total: 0 });
  try {
    return await run((stage, done, total) => running.set(id, { stage, done, total }));
  } finally {
    running.delete(id);
  }
}

/** The progress of the report generated under `id`, or null when none is running. */
export function reportProgress(id: string): ReportProgressState | null {
  return running.get(id) ?? null;
}
