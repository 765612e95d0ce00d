import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** A file written piece by piece with back-pressure, so a large register never sits in memory. */
export async function openTextSink(path: string) {
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