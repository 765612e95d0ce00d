import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

/** Text written piece by piece: to a file with back-pressure, or to memory. */
export interface TextSink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/** A file written piece by piece with back-pressure, so a large register never sits in memory. */
export async function openTextSink(path: string): Promise<TextSink> {
  const stream = createWriteStream(path, { encoding: 'utf8', mode: 0o600 });
  await once(stream, 'open');
  return {
    async write(text: string): Promise<void> {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async close(): Promise<void> {
      stream.end();
      await once(stream, 'finish');
    },
  };
}

/** Where a report's files go: named sinks in one place. */
export interface SinkFolder {
  open(name: string): Promise<TextSink>;
  /** How a file written here is named in the result (its path on disk, or just its name). */
  nameOf(name: string): string;
}

/** A folder on disk the user chose (the CLI's `--out`). */
export function diskFolder(dir: string): SinkFolder {
  mkdirSync(dir, { recursive: true });
  return { open: (name) => openTextSink(join(dir, name)), nameOf: (name) => join(dir, name) };
}
