import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uiBench } from './ui-bench';

/** `tsx test/bench/ui-only.ts [--json]`: the UI figures alone, for iterating on one screen. */
const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-ui-bench-'));
try {
  const figures = await uiBench(dir, 'lantern-orchard-cobalt-tide-91', (message) => process.stderr.write(`${message}\n`));
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(figures) + '\n');
  else for (const [name, value] of Object.entries(figures)) process.stdout.write(`${name} ${value}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
