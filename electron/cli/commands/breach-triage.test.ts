import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { triageBreachFacts } from '../../core/breaches/triage';
import type { CliIo } from '../run-cli';
import { runCli } from '../run-cli';
import { breachTriage } from './breach-triage';

const exfiltration = {
  awareAt: '2026-03-27T10:00:00+01:00',
  confidentiality: 'unknown-recipients',
  integrity: 'none',
  availability: 'permanent',
  maliciousIntent: true,
  dataCategories: ['identity', 'payment-card'],
  subjects: 5000,
};

const misdirectedParcel = {
  awareAt: '2026-05-04T09:15:00+02:00',
  confidentiality: 'known-recipients',
  integrity: 'none',
  availability: 'none',
  maliciousIntent: false,
  dataCategories: ['identity', 'contact'],
  subjects: 2,
};

async function run(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
    isTty: false,
    readStdin: async () => stdin,
  };
  const code = await runCli([breachTriage], argv, io);
  return { code, stdout, stderr };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dpo-breach-triage-'));
  await writeFile(join(dir, 'exfiltration.json'), JSON.stringify(exfiltration));
  await writeFile(join(dir, 'broken.json'), '{"awareAt": ');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('breach triage', () => {
  it('prints exactly the triage object with --json', async () => {
    const { code, stdout, stderr } = await run(['breach', 'triage', '--facts', join(dir, 'exfiltration.json'), '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const printed: unknown = JSON.parse(stdout);
    expect(printed).toEqual(triageBreachFacts(exfiltration));
    expect(Object.keys(printed as object)).toEqual(['severity', 'risk', 'notifyAuthority', 'notifySubjects', 'authorityDeadline', 'authorities', 'authorityBasis', 'reasons']);
    expect(printed).toMatchObject({ severity: { score: 4.5, level: 'very-high' }, risk: 'high-risk', authorityDeadline: '2026-03-30T10:00:00+01:00' });
  });

  it('gives the reasons in Italian with --lang it, keeping the codes and message keys in --json', async () => {
    const { code, stdout } = await run(['breach', 'triage', '--facts', join(dir, 'exfiltration.json'), '--lang', 'it', '--json']);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { severity: { level: string }; reasons: { factor: string; text: string; messages: { key: string }[] }[] };
    expect(printed.severity.level).toBe('very-high');
    expect(printed.reasons[0]).toMatchObject({ factor: 'severity', messages: [{ key: 'msg.triage.reason.summary' }] });
    expect(printed.reasons[0]?.text).toBe(
      'Gravità ENISA 4,50 = DPC 3 × EI 1 + CB 1,5: molto alta, cioè le persone possono subire conseguenze significative o persino irreversibili, che potrebbero non superare.',
    );
    const human = await run(['breach', 'triage', '--facts', join(dir, 'exfiltration.json'), '--lang', 'it']);
    expect(human.stdout.split('\n').slice(0, 2)).toEqual(['Gravità    4,50 (molto alta, ENISA 2013)', 'Rischio    probabile che presenti un rischio elevato per le persone']);
    expect(human.stdout).toContain('Motivazioni:');
  });

  it('reads the facts from standard input and prints a readable summary', async () => {
    const { code, stdout } = await run(['breach', 'triage', '--facts', '-'], JSON.stringify(exfiltration));
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'Severity   4.50 (very high, ENISA 2013)',
      'Risk       likely to result in a high risk to people',
      'Authority  notify without undue delay, at the latest by 2026-03-30T10:00:00+01:00 (Art. 33(1), 72 hours after awareness)',
      'Notify to  not named: give establishments and affectedCountries in the facts',
      'People     tell them without undue delay, in clear and plain language (Art. 34(1))',
      '',
      'Reasons:',
    ]);
    expect(lines).toContain('  - Exposed to an unknown number of recipients (CB +0.5).');
    expect(stdout).toContain('A recommendation, not a decision');
  });

  it('names the Garante for a purely Italian breach, in the summary and as authorities in the JSON', async () => {
    const italian = { ...exfiltration, establishments: ['IT'], affectedCountries: ['IT'] };
    const human = await run(['breach', 'triage', '--facts', '-'], JSON.stringify(italian));
    expect(human.stdout).toContain('Notify to  Garante per la protezione dei dati personali (IT)\n');
    const json = await run(['breach', 'triage', '--facts', '-', '--json'], JSON.stringify(italian));
    expect((JSON.parse(json.stdout) as { authorities: unknown }).authorities).toEqual([{ country: 'IT', name: 'Garante per la protezione dei dati personali' }]);
  });

  it('says when no notification is needed, and still gives the deadline', async () => {
    const { code, stdout } = await run(['breach', 'triage', '--facts', '-'], JSON.stringify(misdirectedParcel));
    expect(code).toBe(0);
    expect(stdout).toContain('Risk       unlikely to result in a risk to people\n');
    expect(stdout).toContain(
      'Authority  not needed; record the breach in the register (Art. 33(5)). Should the assessment change, the 72 hours end at 2026-05-07T09:15:00+02:00\n',
    );
    expect(stdout).toContain('People     not required (no high risk, Art. 34(1))\n');
  });

  it('fails with one line naming the field when the facts are invalid', async () => {
    const { confidentiality: _dropped, ...facts } = exfiltration;
    const { code, stdout, stderr } = await run(['breach', 'triage', '--facts', '-', '--json'], JSON.stringify(facts));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('Error: Invalid breach facts: confidentiality: is required\n');
  });

  it('fails with one line when the JSON is broken', async () => {
    const fromFile = await run(['breach', 'triage', '--facts', join(dir, 'broken.json')]);
    expect(fromFile.code).toBe(1);
    expect(fromFile.stderr).toMatch(new RegExp(`^Error: The facts in ${join(dir, 'broken.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} are not valid JSON: [^\\n]+\\n$`));
    const empty = await run(['breach', 'triage', '--facts', '-'], '');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/^Error: The facts in standard input are not valid JSON: [^\n]+\n$/);
  });

  it('fails when the file cannot be read', async () => {
    const { code, stderr } = await run(['breach', 'triage', '--facts', join(dir, 'missing.json')]);
    expect(code).toBe(1);
    expect(stderr).toBe(`Error: Cannot read the facts file ${join(dir, 'missing.json')}: no such file\n`);
  });

  it('is a usage error without --facts', async () => {
    const { code, stderr } = await run(['breach', 'triage']);
    expect(code).toBe(2);
    expect(stderr).toBe('Usage error: --facts is required: a JSON file, or "-" to read standard input\n');
  });

  it('is a usage error with an unknown flag', async () => {
    expect((await run(['breach', 'triage', '--fact', 'x.json'])).code).toBe(2);
  });

  it('documents the facts in --help', async () => {
    const { code, stdout } = await run(['breach', 'triage', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npm run --silent cli -- breach triage --facts FILE|- [--lang en|it] [--json]');
    expect(stdout).toContain('confidentiality  none | known-recipients | unknown-recipients | public');
    expect(stdout).toContain('sex-life, criminal');
  });
});
