import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SqliteDatabase } from '../../../db/connection';
import { unpackStates, type PackedStates } from './state-batch';
import type { CaseStateCheck, StateComparison } from './verify-case-states';

/** What the main thread hands the worker: the vault's file, a copy of the data key, the shared flag. */
export interface CaseStateWorkerData {
  path: string;
  key: Uint8Array;
  /** One Int32: {@link SNAPSHOT_TAKEN} or {@link SNAPSHOT_FAILED} once the worker's read transaction has begun or could not. */
  flag: SharedArrayBuffer;
}

/** What the worker posts: case group states, how far it got, or the end. */
export type CaseStateMessage = PackedStates | { kind: 'progress'; done: number; total: number } | { kind: 'done' };

export const SNAPSHOT_TAKEN = 1;
export const SNAPSHOT_FAILED = 2;
/** States per message: few enough messages, none large. */
export const STATES_PER_MESSAGE = 20_000;
/** How long the main thread waits for the worker's snapshot before checking the states itself. */
const SNAPSHOT_WAIT_MS = 15_000;

/**
 * The worker's script beside this module: the TypeScript source under tsx or vitest (run with
 * tsx's loader), the bundled `case-state-worker.js` in the built app (electron-vite's second
 * main entry). Null when it is not there.
 */
function workerScript(): { url: URL; execArgv?: string[] } | null {
  const source = import.meta.url.endsWith('.ts');
  const url = new URL(source ? './case-state-worker.ts' : './case-state-worker.js', import.meta.url);
  if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return null;
  if (!source) return { url };
  const withTsx = process.execArgv.some((arg) => arg.includes('tsx'));
  return { url, execArgv: withTsx ? process.execArgv : [...process.execArgv, '--import', 'tsx'] };
}

/**
 * `audit verify`'s case-state check running on a second thread while this one walks the
 * chain (see `case-state-worker.ts`): the two halves of a full verify then take about as long
 * as the longer one, not their sum. Started before the chain walk, and the main thread blocks
 * until the worker's read transaction has begun, so no write of this process can land between
 * its snapshot and the chain walk's (which then runs without yielding).
 */
export class CaseStateThread {
  private readonly messages: CaseStateMessage[] = [];
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  private ended = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: CaseStateMessage) => this.push(message));
    worker.on('error', (error: Error) => {
      this.failure = error;
      this.push(null);
    });
    worker.on('exit', () => {
      this.ended = true;
      this.push(null);
    });
  }

  /**
   * Starts the worker on `sqlite`'s file with `dataKey` and waits (blocking) for its snapshot;
   * null when it cannot (an in-memory database, no worker script, or the worker failed to
   * open the vault): the caller then checks the states on this thread.
   */
  static start(sqlite: SqliteDatabase, dataKey: Buffer): CaseStateThread | null {
    const script = sqlite.memory || sqlite.name === '' ? null : workerScript();
    if (!script) return null;
    const flag = new SharedArrayBuffer(4);
    const key = new Uint8Array(dataKey);
    const data: CaseStateWorkerData = { path: sqlite.name, key, flag };
    let worker: Worker;
    try {
      worker = new Worker(script.url, { workerData: data, execArgv: script.execArgv });
    } finally {
      key.fill(0);
    }
    const state = new Int32Array(flag);
    Atomics.wait(state, 0, 0, SNAPSHOT_WAIT_MS);
    if (Atomics.load(state, 0) !== SNAPSHOT_TAKEN) {
      // Its error (it could not open the vault, or did not load) is heard and let go: this thread checks instead.
      worker.on('error', () => undefined);
      void worker.terminate();
      return null;
    }
    return new CaseStateThread(worker);
  }

  /** Stops the worker (the chain broke: the states are not checked). */
  stop(): void {
    void this.worker.terminate();
  }

  /**
   * Hands every state the worker read to `comparison` (here, after the chain walk replayed the
   * trail's commitments into it) and tells `onGroup` the worker's progress: the check's answer.
   * Throws when the worker failed before it was done (a part of the states was compared: no
   * answer can be given from them).
   */
  async finish(sqlite: SqliteDatabase, comparison: StateComparison, onGroup?: (done: number, total: number) => void): Promise<CaseStateCheck> {
    for (;;) {
      const message = this.messages.shift();
      if (message === undefined) {
        if (this.failure) throw this.failure;
        if (this.ended) throw new Error('The case-state worker stopped before it was done');
        await new Promise<void>((resolve) => (this.wake = resolve));
        continue;
      }
      if (message.kind === 'done') return comparison.result(sqlite);
      if (message.kind === 'progress') onGroup?.(message.done, message.total);
      else unpackStates(message, (key, group, hash) => comparison.state(key, group, hash));
    }
  }

  private push(message: CaseStateMessage | null): void {
    if (message) this.messages.push(message);
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
