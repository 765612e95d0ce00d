import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { AppError } from '../core/errors';
import { msg } from '../core/i18n';

/** Asks for a secret on the terminal without echoing it. */
export function promptSecret(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!muted) process.stderr.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve, reject) => {
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
    rl.on('SIGINT', () => {
      rl.close();
      reject(new AppError('VALIDATION', msg('msg.error.cli.cancelled')));
    });
  });
}
