import type { ReportProgress } from './audit-report-types';

/** How far the generation of a report has gone: its stage, and done of total in that stage. */
export interface ReportProgressState {
  stage: Parameters<ReportProgress>[0];
  done: number;
  total: number;
}

const running = new Map<string, { state: ReportProgressState; stop: AbortController }>();

/**
 * Keeps the progress of a report being generated under the id the screen chose, so the
 * screen can ask for it while the report is built (the renderer receives no pushes), and
 * can stop it ({@link cancelReport} aborts the signal `run` receives); the entry is dropped
 * when `run` ends, however it ends. Without an id the report can be neither followed nor stopped.
 */
export async function withReportProgress<T>(id: string | undefined, run: (progress: ReportProgress | undefined, signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
  if (id === undefined) return run(undefined, undefined);
  const entry = { state: { stage: 'requests' as const, done: 0, total: 0 } as ReportProgressState, stop: new AbortController() };
  running.set(id, entry);
  try {
    return await run((stage, done, total) => (entry.state = { stage, done, total }), entry.stop.signal);
  } finally {
    running.delete(id);
  }
}

/** The progress of the report generated under `id`, or null when none is running. */
export function reportProgress(id: string): ReportProgressState | null {
  return running.get(id)?.state ?? null;
}

/** Asks the report generated under `id` to stop; false when none is running under that id. */
export function cancelReport(id: string): boolean {
  const entry = running.get(id);
  entry?.stop.abort();
  return entry !== undefined;
}
