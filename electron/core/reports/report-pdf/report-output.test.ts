import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { openReportOutput } from './report-output';

describe('where a report PDF is written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-output-'));
  afterEach(() => {
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { force: true });
  });

  it('shows nothing under the name asked for until the report is complete, then the whole file', async () => {
    const path = join(dir, 'audit.pdf');
    const out = openReportOutput(path);
    out.stream.end('%PDF-1.7\n%%EOF\n');
    await finished(out.stream);
    expect(existsSync(path)).toBe(false);
    out.commit();
    expect(readFileSync(path, 'latin1')).toBe('%PDF-1.7\n%%EOF\n');
    expect(readdirSync(dir)).toEqual(['audit.pdf']);
  });

  it('leaves no file behind, under any name, when the report fails before its file is open', async () => {
    const out = openReportOutput(join(dir, 'audit.pdf'));
    out.discard();
    await new Promise((resolve) => out.stream.once('close', resolve));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves no file behind, and raises nothing in the process, when the report fails half-way', async () => {
    const raised: unknown[] = [];
    const onUncaught = (error: unknown) => raised.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      const out = openReportOutput(join(dir, 'audit.pdf'));
      out.stream.write('%PDF-1.7\n');
      await new Promise((resolve) => setImmediate(resolve));
      out.discard();
      expect(readdirSync(dir)).toEqual([]);
      // A write still in flight completes after the discard; that must not become an uncaught exception.
      if (!out.stream.closed) await new Promise((resolve) => out.stream.once('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off('uncaughtException', onUncaught);
    }
    expect(raised).toEqual([]);
  });
});
