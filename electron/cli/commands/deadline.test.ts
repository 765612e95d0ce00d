import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';
import { deadline } from './deadline';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([deadline], ['deadline', ...argv], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: {},
    isTty: false,
    readStdin: async () => '',
  });
  return { code, stdout, stderr };
}

async function json(...argv: string[]): Promise<Record<string, unknown>> {
  const out = await cli(...argv, '--json');
  expect(out).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(out.stdout) as Record<string, unknown>;
}

describe('deadline command', () => {
  it('prints exactly the documented JSON fields, in order', async () => {
    const result = await json('--regime', 'gdpr', '--type', 'access', '--received', '2026-03-31', '--country', 'IT');
    expect(Object.keys(result)).toEqual(['regime', 'type', 'received', 'country', 'due', 'extendedDue', 'acknowledgeBy', 'extensionNoticeBy', 'explanation', 'language', 'text']);
    expect(result).toEqual({
      regime: 'gdpr',
      type: 'access',
      received: '2026-03-31',
      country: 'IT',
      due: '2026-04-30',
      extendedDue: null,
      acknowledgeBy: null,
      extensionNoticeBy: '2026-04-30',
      explanation:
        'Due Thu 30 Apr 2026: one month from Tue 31 Mar 2026 → Thu 30 Apr 2026 (there is no 31 Apr: the last day of the month). ' +
        '[GDPR Art. 12(3); Reg. (EEC, Euratom) 1182/71 Art. 3]\n' +
        'Extension notice by Thu 30 Apr 2026: within the first period, i.e. by the original due date Thu 30 Apr 2026. [GDPR Art. 12(3)]',
      language: 'en',
      text:
        'Due Thu 30 Apr 2026: one month from Tue 31 Mar 2026 → Thu 30 Apr 2026 (there is no 31 Apr: the last day of the month). ' +
        '[GDPR Art. 12(3); Reg. (EEC, Euratom) 1182/71 Art. 3]\n' +
        'Extension notice by Thu 30 Apr 2026: within the first period, i.e. by the original due date Thu 30 Apr 2026. [GDPR Art. 12(3)]',
    });
  });

  it('speaks Italian with --lang it, or when the OS locale is Italian; --json keeps the codes and adds the Italian text', async () => {
    const argv = ['--regime', 'gdpr', '--type', 'access', '--received', '2026-03-31', '--country', 'IT'];
    const italian = await json(...argv, '--lang', 'it');
    expect(italian).toMatchObject({ regime: 'gdpr', type: 'access', due: '2026-04-30', language: 'it' });
    expect(italian.explanation).toMatch(/^Due Thu 30 Apr 2026/);
    expect(italian.text).toBe(
      'Scadenza gio 30 apr 2026: un mese da mar 31 mar 2026 → gio 30 apr 2026 (il 31 apr non esiste: ultimo giorno del mese). ' +
        '[art. 12, par. 3, del Regolamento (UE) 2016/679; Reg. (CEE, Euratom) n. 1182/71, art. 3]\n' +
        'Comunicazione della proroga entro gio 30 apr 2026: entro il primo periodo, cioè entro gio 30 apr 2026 (scadenza originaria). [art. 12, par. 3, del Regolamento (UE) 2016/679]',
    );
    const out = await cli(...argv, '--lang', 'it');
    expect(out.stdout.split('\n').slice(0, 3)).toEqual([
      'gdpr access, ricevuta mar 31 mar 2026, festività di IT',
      'Scadenza:                 gio 30 apr 2026  (2026-04-30)',
      'Scadenza prorogata:       — non prorogata',
    ]);
    let stdout = '';
    await runCli([deadline], ['deadline', ...argv], { stdout: (t) => void (stdout += t), stderr: () => undefined, env: { LANG: 'it_IT.UTF-8' }, isTty: false, readStdin: async () => '' });
    expect(stdout).toContain('Scadenza gio 30 apr 2026: un mese da mar 31 mar 2026');
    expect(await cli(...argv, '--lang', 'fr')).toMatchObject({ code: 2, stderr: expect.stringContaining('--lang: unknown language "fr"; valid: en, it') });
  });

  it.each([
    [['--regime', 'gdpr', '--type', 'erasure', '--received', '2026-07-01', '--country', 'IT', '--extended'], { country: 'IT', due: '2026-08-03', extendedDue: '2026-10-01', acknowledgeBy: null, extensionNoticeBy: '2026-08-03' }],
    [['--regime', 'uk-gdpr', '--type', 'access', '--received', '2027-11-25'], { country: 'GB-ENG', due: '2027-12-29', extendedDue: null, acknowledgeBy: null, extensionNoticeBy: '2027-12-29' }],
    [['--regime', 'uk-gdpr', '--type', 'access', '--received', '2027-12-04', '--country', 'GB-SCT'], { country: 'GB-SCT', due: '2028-01-05' }],
    [['--regime', 'ccpa', '--type', 'know', '--received', '2026-03-23', '--extended'], { country: 'US-CA', due: '2026-05-07', extendedDue: '2026-06-22', acknowledgeBy: '2026-04-07', extensionNoticeBy: '2026-05-07' }],
    [['--regime', 'ccpa', '--type', 'opt-out', '--received', '2026-06-26'], { country: 'US-CA', due: '2026-07-20', extendedDue: null, acknowledgeBy: null, extensionNoticeBy: null }],
    [['--regime', 'lgpd', '--type', 'access', '--received', '2026-03-01'], { country: 'BR', due: '2026-03-16', extendedDue: null, acknowledgeBy: null, extensionNoticeBy: null }],
    [['--regime', 'pipeda', '--type', 'access', '--received', '2026-01-15', '--extended'], { country: 'CA', due: '2026-02-14', extendedDue: '2026-03-16', extensionNoticeBy: '2026-02-14' }],
    [['--regime', 'ch-fadp', '--type', 'access', '--received', '2026-03-02'], { country: 'CH', due: '2026-04-01', extendedDue: null, extensionNoticeBy: '2026-04-01' }],
    [['--regime', 'us-tx', '--type', 'deletion', '--received', '2026-04-02', '--extended'], { country: 'US-TX', due: '2026-05-18', extendedDue: '2026-07-01' }],
    [['--regime', 'uk-gdpr', '--type', 'access', '--received', '2026-09-03', '--stop', 'clarification:2026-09-10:2026-09-12'], { due: '2026-10-06' }],
    [['--regime', 'gdpr', '--type', 'access', '--received', '2027-01-31', '--country', 'IT', '--extended', '--gdpr-extension', 'from-first-end'], { due: '2027-03-01', extendedDue: '2027-04-28' }],
    [['--regime', 'gdpr', '--type', 'access', '--received', '2026-05-04', '--country', 'de-by'], { country: 'DE-BY', due: '2026-06-05' }],
  ])('%j', async (argv, expected) => {
    expect(await json(...argv)).toMatchObject(expected);
  });

  it('prints a readable summary without --json', async () => {
    const out = await cli('--regime', 'ccpa', '--type', 'know', '--received', '2026-03-23');
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'ccpa know, received Mon 23 Mar 2026, holidays of US-CA',
      'Due:                 Thu 7 May 2026  (2026-05-07)',
      'Extended due:        — not extended',
      'Acknowledge by:      Tue 7 Apr 2026  (2026-04-07)',
      'Extension notice by: Thu 7 May 2026  (2026-05-07)',
    ]);
    expect(out.stdout).toContain('skipping Tue 31 Mar 2026 (César Chávez Day)');
  });

  it.each([
    [['--type', 'access', '--received', '2026-03-31'], '--regime is required; valid: gdpr, uk-gdpr, ccpa, lgpd, pipeda, ch-fadp, qc-law25, us-va, us-co, us-ct, us-ut, us-tx, us-or, sg-pdpa, au-privacy'],
    [['--regime', 'gdpr-eu', '--type', 'access', '--received', '2026-03-31'], '--regime: unknown regime "gdpr-eu"; valid: gdpr, uk-gdpr, ccpa, lgpd, pipeda, ch-fadp, qc-law25, us-va, us-co, us-ct, us-ut, us-tx, us-or, sg-pdpa, au-privacy'],
    [['--regime', 'ccpa', '--received', '2026-03-31'], '--type is required; valid for ccpa: know, delete, correct, opt-out, limit'],
    [['--regime', 'ccpa', '--type', 'access', '--received', '2026-03-31'], '--type: unknown request type "access" for ccpa; valid: know, delete, correct, opt-out, limit'],
    [['--regime', 'lgpd', '--type', 'access'], '--received is required; give the date of receipt as YYYY-MM-DD'],
    [['--regime', 'lgpd', '--type', 'access', '--received', '31/03/2026'], '--received: received "31/03/2026" is not a date in the form YYYY-MM-DD'],
    [['--regime', 'lgpd', '--type', 'access', '--received', '2026-02-29'], '--received: received "2026-02-29" is not a date in the form YYYY-MM-DD'],
    [['--regime', 'gdpr', '--type', 'access', '--received', '2026-03-31'], "--country: gdpr needs the controller's member state as country; valid: AT, BE, BG,"],
    [['--regime', 'gdpr', '--type', 'access', '--received', '2026-03-31', '--country', 'XX'], '--country: Unknown country "XX"; valid countries: AD, AE,'],
    [['--regime', 'gdpr', '--type', 'access', '--received', '2026-03-31', '--country', 'IT-99'], '--country: Unknown subdivision "IT-99"; valid: IT, IT-21, IT-25, IT-32'],
    [['--regime', 'uk-gdpr', '--type', 'access', '--received', '2026-03-31', '--country', 'IE'], `--country: "IE" is not a UK nation's bank-holiday calendar; valid: GB-ENG, GB-SCT, GB-WLS, GB-NIR`],
    [['--regime', 'ccpa', '--type', 'limit', '--received', '2026-03-31', '--extended'], '--extended: ccpa limit requests cannot be extended'],
    [['--regime', 'gdpr', '--type', 'access', '--received', '2026-03-31', '--country', 'IT', '--bogus'], "Unknown option '--bogus'"],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const out = await cli(...argv);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.startsWith('Usage error: ')).toBe(true);
    expect(out.stderr).toContain(message);
  });

  it('explains itself with --help', async () => {
    const out = await cli('--help');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(
      'Usage: npm run --silent cli -- deadline --regime R --type T --received YYYY-MM-DD [--country CC[-SUB]] [--extended] [--gdpr-extension READING] [--gdpr-identity READING] [--ccpa-business-days LIST] [--stop REASON:FROM[:TO]]... [--lang en|it] [--json]',
    );
    expect(out.stdout).toContain('--gdpr-identity R   gdpr: keeps-running (default) or suspended: whether an identity request suspends the period (EDPB 01/2022 para. 159)');
    expect(out.stdout).toContain('ccpa: know, delete, correct, opt-out, limit');
    expect(out.stdout).toContain('Defaults: uk-gdpr GB-ENG');
  });
});
