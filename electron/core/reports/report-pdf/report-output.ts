import { randomBytes } from 'node:crypto';
import { createWriteStream, openSync, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';

/** Where a report's bytes go, and what becomes of them once it is complete or has failed. */
export interface ReportOutput {
  stream: Writable;
  /** The report is complete: a file takes the name asked for. */
  commit(): void;
  /** The report failed: nothing is left behind under any name. */
  discard(): void;
}

/**
 * A path is written under a temporary name beside it (owner-only) and renamed once
 * complete, so a crash or an error never leaves half a report under the name asked for;
 * a stream (the app's in-memory file) is written as it is. The temporary file is opened at
 * once, not when the stream gets round to it, so a report discarded before that open still
 * leaves nothing behind.
 */
export function openReportOutput(target: string | Writable): ReportOutput {
  if (typeof target !== 'string') return { stream: target, commit: () => undefined, discard: () => abandon(target) };
  const partial = `${target}.${randomBytes(4).toString('hex')}.part`;
  const stream = createWriteStream(partial, { fd: openSync(partial, 'w', 0o600) });
  return {
    stream,
    commit: () => renameSync(partial, target),
    discard: () => {
      abandon(stream);
      rmSync(partial, { force: true });
    },
  };
}

/**
 * Destroys a stream whose bytes are no longer wanted. A write still in flight completes
 * after the destroy and reports that on the stream; nobody is listening for it any more, so
 * it is swallowed here rather than raised as an uncaught exception in the main process.
 */
function abandon(stream: Writable): void {
  stream.on('error', () => undefined);
  stream.destroy();
}
