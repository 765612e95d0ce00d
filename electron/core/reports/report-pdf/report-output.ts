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
  if (typeof target !== 'string') return { stream: target, commit: () => undefined, discard: () => target.destroy() };
  const partial = `${target}.${randomBytes(4).toString('hex')}.part`;
  const stream = createWriteStream(partial, { fd: openSync(partial, 'w', 0o600) });
  return {
    stream,
    commit: () => renameSync(partial, target),
    discard: () => {
      stream.destroy();
      rmSync(partial, { force: true });
    },
  };
}
