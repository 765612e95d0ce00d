import { deflate } from 'node:zlib';

/** A piece waiting to be compressed, and what is done with its compressed bytes. */
interface Job {
  data: Buffer;
  done: (compressed: Buffer) => void;
}

/**
 * Compressions handed to libuv's thread pool at once (its four threads): each holds a zlib state of some 300 kB while it
 * runs. A piece done wakes the next only on the main thread's next turn, so with two the pool sat idle while the main
 * thread laid out a batch of rows; with four it has work through the batch (report at 100,000 requests, idle, three
 * alternating runs: 4.37 s median against 4.65 s).
 */
const RUNNING = 4;

/**
 * The output buffer of a compression: a piece (a page's content, 64 kB of objects) compresses into one, so it comes back
 * in one trip from the pool, where zlib's 16 kB took two or three (each trip costs the main thread a callback: measured
 * on 1,500 pieces of 64 kB, 120-150 ms of the main thread's time against 60-100 ms).
 */
const OUTPUT = 1 << 16;

/**
 * Compresses a document's pieces (page contents, object streams) at zlib's fastest level on
 * libuv's thread pool rather than on the main thread, so a second core compresses while the
 * main thread lays out the next rows. At most {@link RUNNING} run at once (a zlib state is
 * made only when its piece starts); the others wait as plain bytes, in order. Each piece's
 * `done` runs on the main thread once it is compressed. The writer waits for {@link room}
 * now and then so the pieces waiting stay few, and a failure is handed to `fail` (the
 * document is destroyed with it) and any later wait rejects with it.
 */
export class DeflateQueue {
  private readonly waiting: Job[] = [];
  private running = 0;
  private failure: Error | null = null;
  private wakers: (() => void)[] = [];

  constructor(private readonly fail: (error: Error) => void) {}

  /** Compresses `data`; `done` gets the compressed bytes on a later turn of the event loop. */
  deflate(data: Buffer, done: (compressed: Buffer) => void): void {
    this.waiting.push({ data, done });
    this.next();
  }

  /** How many pieces are waiting or being compressed. */
  size(): number {
    return this.waiting.length + this.running;
  }

  /** Resolves once no more than `most` pieces are waiting or being compressed; rejects once one has failed. */
  async room(most: number): Promise<void> {
    while (this.failure === null && this.size() > most) await new Promise<void>((resolve) => this.wakers.push(resolve));
    if (this.failure) throw this.failure;
  }

  private next(): void {
    while (this.failure === null && this.running < RUNNING && this.waiting.length > 0) {
      const job = this.waiting.shift() as Job;
      this.running += 1;
      deflate(job.data, { level: 1, chunkSize: OUTPUT }, (error, compressed) => {
        this.running -= 1;
        if (error) this.failure ??= error;
        else if (this.failure === null) job.done(compressed);
        if (this.failure) {
          this.waiting.length = 0;
          this.fail(this.failure);
        }
        this.next();
        const wakers = this.wakers;
        this.wakers = [];
        for (const wake of wakers) wake();
      });
    }
  }
}
