import { randomBytes } from 'node:crypto';
import { createWriteStream, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { FileDestination } from '../files/file-destinations';
import type { WrittenFile } from '../../shared/generated-file';
import type { Writable } from 'node:stream';
import type { SinkFolder } from './text-sink';

/** Report files being written straight to their destinations: complete them all, or leave none. */
export interface DestinationSinks extends SinkFolder {
  /** The file `name` as a byte stream (the PDF, which its writer ends), under its temporary name. */
  stream(name: string): Promise<Writable>;
  /** Every file is written: each takes its destination's name, and the renderer is told where it went (in the order chosen). */
  commit(): WrittenFile[];
  /** The writing failed or was stopped: once each file is closed, none is left under any name, and the destinations are forgotten. */
  discard(): Promise<void>;
}

/**
 * Files written straight to the destinations chosen for them (by the save dialog, or staged
 * for download), one by its name in `chosen`: text written piece by piece with back-pressure,
 * so a register of any length never sits whole in memory, under a temporary owner-only name
 * beside the destination, renamed only when every file of the report is complete.
 */
export function destinationSinks(chosen: ReadonlyMap<string, FileDestination>): DestinationSinks {
  const open: { destination: FileDestination; partial: string; stream: WriteStream; failure: { error: unknown } | null }[] = [];
  const start = async (name: string) => {
    const destination = chosen.get(name);
    if (!destination) throw new Error(`No destination was chosen for ${name}`);
    const partial = `${destination.path}.${randomBytes(4).toString('hex')}.part`;
    const stream = createWriteStream(partial, { mode: 0o600 });
    const file = { destination, partial, stream, failure: null as { error: unknown } | null };
    // A failed write (a full disk) is kept and thrown by the next write, never left unhandled;
    // so is the write still under way when a stopped report's file is given up.
    stream.on('error', (error) => (file.failure ??= { error }));
    open.push(file);
    await once(stream, 'open');
    return file;
  };
  return {
    stream: async (name) => (await start(name)).stream,
    async open(name) {
      const file = await start(name);
      const { stream } = file;
      return {
        async write(text: string): Promise<void> {
          if (file.failure) throw file.failure.error;
          if (!stream.write(text)) await once(stream, 'drain');
        },
        async close(): Promise<void> {
          stream.end();
          await once(stream, 'finish');
        },
      };
    },
    nameOf: (name) => chosen.get(name)?.path ?? name,
    commit() {
      // In the order the files were chosen, whatever the order they were written in.
      const written = [...chosen.values()].flatMap((destination) => open.filter((file) => file.destination === destination));
      return written.map(({ destination, partial }) => {
        renameSync(partial, destination.path);
        return destination.delivered(statSync(destination.path).size);
      });
    },
    async discard() {
      for (const { stream, partial } of open) {
        if (!stream.closed) {
          const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
          stream.destroy();
          await closed;
        }
        rmSync(partial, { force: true });
      }
      for (const destination of chosen.values()) destination.abandoned();
    },
  };
}
