import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { tempDir } from './temp-vault';

describe('ropa commands over a real vault', () => {
  const tmp = tempDir();
  const vault = join(tmp.dir, 'vault');
  const file = (name: string, content: unknown) => {
    const path = join(tmp.dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  beforeAll(async () => {
    expect((await cli(['vault', 'init', '--vault', vault])).code).toBe(0);
    for (const [key, value] of [['organisation.name', 'Noventia Srl'], ['organisation.country', 'IT'], ['organisation.timeZone', 'Europe/Rome']] as const) {
      expect((await cli(['settings', 'set', key, value, '--vault', vault])).code).toBe(0);
    }
  });
  afterAll(() => tmp.cleanup());

  it('adds a processor, a transfer and an activity naming the processor, and lists them as JSON', async () => {
    const processor = await cli(['ropa', 'processor', 'add', '--file', file('p.json', { name: 'Zendesk, Inc.', service: 'Support tickets', country: 'us', dpaSignedOn: '2025-01-10', breachNoticeHours: 24 }), '--vault', vault, '--json']);
    expect(processor.code).toBe(0);
    const processorId = (JSON.parse(processor.stdout) as { id: string }).id;
    const transfer = await cli(['ropa', 'transfer', 'add', '--file', file('t.json', { recipient: 'Zendesk, Inc.', country: 'US', processorId, ground: 'scc', sccModule: 'c2p' }), '--vault', vault]);
    expect(transfer.stdout).toContain('Added Zendesk, Inc.  US  standard contractual clauses (Art. 46(2)(c)) (module 2, controller to processor)');
    const activity = await cli([
      'ropa', 'activity', 'add', '--vault', vault,
      '--file', file('a.json', { name: 'Customer support', purposes: [{ purpose: 'Answering tickets', legalBasis: 'contract' }], processorIds: ['Zendesk, Inc.'], retention: '2 years after closure' }),
    ]);
    expect(activity.stdout).toMatch(/^Added PA-001 Customer support; next review \d{4}-\d{2}-\d{2}\n$/);
    const list = await cli(['ropa', 'activity', 'list', '--vault', vault, '--json']);
    expect(JSON.parse(list.stdout)).toMatchObject([{ reference: 'PA-001', processorIds: [processorId] }]);
    const show = await cli(['ropa', 'activity', 'show', 'pa-001', '--vault', vault]);
    expect(show.stdout).toContain('Processors: Zendesk, Inc.');
    expect((await cli(['ropa', 'processor', 'list', '--vault', vault])).stdout).toContain('DPA 2025-01-10  breach notice 24 h');
    expect(JSON.parse((await cli(['ropa', 'transfer', 'list', '--vault', vault, '--json'])).stdout)).toHaveLength(1);
  });

  it('refuses a file with problems, naming each field', async () => {
    const bad = await cli(['ropa', 'activity', 'add', '--file', file('bad.json', { name: 'Payroll', specialCategories: true, purposes: [{ purpose: 'Salaries', legalBasis: 'contract' }] }), '--vault', vault]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('Special categories need an Art. 9(2) condition');
  });

  it('imports a CSV or nothing, and exports the register as PDF', async () => {
    const broken = await cli(['ropa', 'import', '--csv', file('bad.csv', 'name,purposes\nWebinar,Registration\n'), '--vault', vault]);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toContain('row 2, purposes: "Registration" needs a legal basis');
    const ok = await cli(['ropa', 'import', '--csv', file('good.csv', 'name,purposes,processors\nWebinar,Registration: contract,"Zendesk, Inc."\n'), '--vault', vault]);
    expect(ok.stdout).toBe(`Imported 1 activity from ${join(tmp.dir, 'good.csv')}\n`);
    const out = join(tmp.dir, 'register.pdf');
    expect((await cli(['ropa', 'export', '--format', 'pdf', '--lang', 'it', '--out', out, '--vault', vault])).code).toBe(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
    for (const word of ['Registro delle attività di trattamento', 'PA-002', 'Webinar', 'modulo 2, da titolare a responsabile']) expect(text).toContain(word);
    expect((await cli(['ropa', 'export', '--format', 'xml', '--out', out, '--vault', vault])).code).toBe(2);
  });
});
