import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { tempDir } from './temp-vault';

/** The controller's identifiers a notification to the Garante prints in section 3 (Settings → Organisation). */
const CONTROLLER_IDENTIFIERS: [string, string][] = [
  ['organisation.vatNumber', 'IT01234567890'],
  ['organisation.pec', 'noventia@pec.example.it'],
  ['organisation.email', 'privacy@noventia.example'],
  ['organisation.phone', '+39 02 8765 4321'],
];

describe('notice CLI over a real vault', () => {
  let tmp: ReturnType<typeof tempDir>;
  let vault: string;
  let reference: string;
  beforeEach(async () => {
    tmp = tempDir();
    vault = join(tmp.dir, 'vault');
    expect((await cli(['vault', 'init', '--vault', vault])).code).toBe(0);
    const settings: [string, string][] = [
      ['organisation.name', 'Noventia Srl'],
      ['organisation.address', 'Via Roma 1, 20121 Milano MI'],
      ['organisation.timeZone', 'Europe/Rome'],
      ['organisation.dpoName', 'Chiara Esposito'],
      ['organisation.dpoEmail', 'dpo@noventia.example'],
      ['organisation.authorityName', 'Garante per la protezione dei dati personali'],
      ['organisation.authorityWebsite', 'https://www.garanteprivacy.it'],
    ];
    for (const [key, value] of settings) expect((await cli(['settings', 'set', key, value, '--vault', vault])).code).toBe(0);
    const facts = join(tmp.dir, 'facts.json');
    const awareAt = new Date(Date.now() - 3_600_000).toISOString();
    writeFileSync(facts, JSON.stringify({ awareAt, confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: true, dataCategories: ['contact'], subjects: 40 }));
    const add = await cli(['breach', 'add', '--title', 'Mailbox compromise', '--aware-at', awareAt, '--description', 'Accesso abusivo alla casella di posta del supporto', '--facts', facts, '--json', '--vault', vault]);
    reference = (JSON.parse(add.stdout) as { reference: string }).reference;
  });
  afterEach(() => tmp.cleanup());

  it('checks its flags and lists itself in --help', async () => {
    expect((await cli(['notice', '--help'])).stdout).toContain('notice BREACH_REF --to authority|subjects');
    expect(await cli(['notice', reference, '--to', 'police', '--lang', 'en', '--out', 'x.pdf', '--vault', vault])).toMatchObject({ code: 2, stderr: 'Usage error: --to must be authority, subjects, client or nis2\n' });
    expect((await cli(['notice', reference, '--to', 'authority', '--lang', 'en', '--out', 'x.pdf', '--vault', vault])).stderr).toBe('Usage error: --phase must be one of: preliminary, complete, supplementary\n');
  });

  it('names what the authority notice lacks and writes nothing, then writes and finalises it', async () => {
    const out = join(tmp.dir, 'notice.pdf');
    const missing = await cli(['notice', reference, '--to', 'authority', '--phase', 'preliminary', '--lang', 'en', '--out', out, '--vault', vault]);
    expect(missing.code).toBe(1);
    // The controller's identifiers are named like every other field, pointing to Settings (Provv. 157/2019; review 4, D25).
    expect(missing.stderr).toBe(
      'Error: Fill these before generating the notice: Supervisory authority address (Settings → Organisation) [authority.address]; ' +
        'Controller’s tax code or VAT number (from Settings → Organisation: VAT number, or typed here) [controller.taxCode]; Certified e-mail, PEC (Settings → Organisation) [organisation.pec]; ' +
        'Organisation e-mail (Settings → Organisation) [organisation.email]; Organisation telephone (Settings → Organisation) [organisation.phone]\n',
    );
    expect(existsSync(out)).toBe(false);

    for (const [key, value] of [['organisation.authorityAddress', 'Piazza Venezia 11, 00187 Roma'] as const, ...CONTROLLER_IDENTIFIERS]) await cli(['settings', 'set', key, value, '--vault', vault]);
    const made = await cli(['notice', reference, '--to', 'authority', '--phase', 'preliminary', '--lang', 'it', '--out', out, '--finalise', '--json', '--vault', vault]);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    const result = JSON.parse(made.stdout) as { kind: string; phase: string; finalised: { version: number; sha256: string } };
    expect(result).toMatchObject({ kind: 'authority-notification', phase: 'preliminary', finalised: { version: 1 } });
    expect(createHash('sha256').update(readFileSync(out)).digest('hex')).toBe(result.finalised.sha256);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const fact of [reference, 'Notifica di violazione dei dati personali (art. 33 GDPR)', 'Preliminare (art. 33, par. 4, GDPR)', 'Accesso abusivo alla casella di posta del supporto', 'Piazza Venezia 11'])
      expect(text).toContain(fact);
  });

  it('writes the notice to the people from the register and the flags', async () => {
    const out = join(tmp.dir, 'people.pdf');
    const people = await cli(['notice', reference, '--to', 'subjects', '--lang', 'en', '--out', out, '--set', 'breach.measuresTaken=We reset the mailbox password', '--set', 'breach.measuresTaken=We turned on two-step login', '--set', 'notice.whatHappened=Someone got into the mailbox of our support team.', '--vault', vault]);
    // No decision on telling the people is recorded: the notice says nothing of the law, and the CLI says it cannot be finalised yet (review 7, G6).
    expect(people).toMatchObject({ code: 0, stderr: '' });
    expect(people.stdout).toContain(`cannot be finalised yet: the breach register records no decision on telling the people concerned`);
    expect((await cli(['notice', reference, '--to', 'subjects', '--phase', 'complete', '--lang', 'en', '--out', out, '--vault', vault])).code).toBe(2);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).not.toContain('Accesso abusivo alla casella di posta del supporto');
    for (const fact of [reference, 'Someone got into the mailbox of our support team.', 'We turned on two-step login', 'Be wary of unexpected e-mails', 'dpo@noventia.example', 'We are writing to tell you about a security incident at'])
      expect(text).toContain(fact);
    expect(text).not.toContain('the law');
  });
  it('writes the notice to one client (Art. 33(2)) and a NIS2 report, checking --client and --phase', async () => {
    expect((await cli(['notice', reference, '--to', 'client', '--lang', 'en', '--out', 'x.pdf', '--vault', vault])).stderr).toBe('Usage error: --client ID (or name) is required with --to client\n');
    expect((await cli(['notice', reference, '--to', 'nis2', '--phase', 'complete', '--lang', 'en', '--out', 'x.pdf', '--vault', vault])).stderr).toBe(
      'Usage error: --phase must be one of: early-warning, notification, intermediate, progress, final\n',
    );
    const clientFile = join(tmp.dir, 'client.json');
    writeFileSync(clientFile, JSON.stringify({ name: 'Rossi Arredamenti Srl', privacyContact: 'privacy@rossi.example', country: 'IT', breachNoticeHours: 24 }));
    const client = JSON.parse((await cli(['client', 'add', '--file', clientFile, '--json', '--vault', vault])).stdout) as { id: string };
    await cli(['settings', 'set', 'nis2.scope', 'essential', '--vault', vault]);
    await cli(['settings', 'set', 'nis2.authority', 'CSIRT Italia', '--vault', vault]);
    const add = await cli(['breach', 'add', '--title', 'Bucket left public', '--aware-at', 'now', '--description', 'Export bucket readable without authentication', '--clients', client.id, '--processor-only', '--nis2', '--json', '--vault', vault]);
    const ref = (JSON.parse(add.stdout) as { reference: string }).reference;
    const out = join(tmp.dir, 'client.pdf');
    const made = await cli(['notice', ref, '--to', 'client', '--client', 'Rossi Arredamenti Srl', '--set', 'notice.followUpBy=within 24 hours', '--set', 'notice.clientWhatHappened=The bucket holding your lead list was readable without authentication.', '--lang', 'en', '--out', out, '--json', '--vault', vault]);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(made.stdout)).toMatchObject({ kind: 'client-notice', client: 'Rossi Arredamenti Srl' });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const fact of ['Rossi Arredamenti Srl', 'Article 33(2) GDPR', 'The bucket holding your lead list was readable without authentication.', 'we will send it to you within 24 hours']) expect(text).toContain(fact);
    // The register's description is the file's, not the client's (review 4, D35).
    expect(text).not.toContain('Export bucket readable without authentication');
    const nis2 = join(tmp.dir, 'nis2.pdf');
    // The report is signed by the NIS2 CSIRT contact of the settings: named as missing until it is set.
    const unsigned = await cli(['notice', ref, '--to', 'nis2', '--phase', 'early-warning', '--lang', 'en', '--out', nis2, '--vault', vault]);
    expect(unsigned.code).not.toBe(0);
    expect(unsigned.stderr).toContain('NIS2 CSIRT contact: name (Settings → Organisation)');
    for (const [key, value] of [['nis2.contactName', 'Luca Bianchi'], ['nis2.contactRole', 'Referente CSIRT'], ['nis2.contactEmail', 'csirt@noventia.example'], ['nis2.contactPhone', '+39 02 8765 4321']] as const) {
      expect((await cli(['settings', 'set', key, value, '--vault', vault])).code).toBe(0);
    }
    const italian = ['notice', ref, '--to', 'nis2', '--phase', 'early-warning', '--lang', 'it', '--out', nis2, '--vault', vault];
    // What happened is written for the CSIRT in the report's language, never the register's description (review 4, D35).
    expect((await cli(italian)).stderr).toContain('[csirt.whatHappened]');
    expect(await cli([...italian, '--set', 'csirt.whatHappened=Il bucket delle esportazioni era leggibile senza autenticazione.'])).toMatchObject({ code: 0, stderr: '' });
    const report = execFileSync('pdftotext', ['-enc', 'UTF-8', nis2, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const fact of ['CSIRT Italia', 'Pre-notifica', 'Soggetto essenziale', 'art. 25, comma 5, lett. a)', 'Luca Bianchi, Referente CSIRT', 'csirt@noventia.example', 'Il bucket delle esportazioni era leggibile senza autenticazione.'])
      expect(report).toContain(fact);
    expect(report).not.toContain('Export bucket readable without authentication');
  });

  it('records the period of the breach from the CLI (breach edit), and a notification sent with its protocol number on the register', async () => {
    expect(await cli(['breach', 'edit', reference, '--vault', vault])).toMatchObject({ code: 2, stderr: 'Usage error: Give at least one fact to change, such as --occurred-from 2026-03-25T22:00:00+01:00\n' });
    const from = new Date(Date.now() - 5 * 3_600_000).toISOString();
    const to = new Date(Date.now() - 2 * 3_600_000).toISOString();
    const edited = await cli(['breach', 'edit', reference, '--occurred-from', from, '--occurred-to', to, '--json', '--vault', vault]);
    expect(edited.code).toBe(0);
    expect(JSON.parse(edited.stdout)).toMatchObject({ occurredFrom: from, occurredTo: to });
    expect(JSON.parse((await cli(['breach', 'edit', reference, '--occurred-to', 'none', '--json', '--vault', vault])).stdout)).toMatchObject({ occurredFrom: from, occurredTo: null });

    for (const [key, value] of [['organisation.authorityAddress', 'Piazza Venezia 11, 00187 Roma'] as const, ...CONTROLLER_IDENTIFIERS]) await cli(['settings', 'set', key, value, '--vault', vault]);
    const made = await cli(['notice', reference, '--to', 'authority', '--phase', 'preliminary', '--lang', 'it', '--out', join(tmp.dir, 'n.pdf'), '--finalise', '--json', '--vault', vault]);
    const documentId = (JSON.parse(made.stdout) as { finalised: { id: string } }).finalised.id;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
    const sent = await cli(['letter', 'sent', reference, documentId, '--at', today, '--channel', 'portal', '--reference', 'GPDP-2026-0977', '--breach', '--vault', vault]);
    expect(sent).toMatchObject({ code: 0, stderr: '' });
    const shown = JSON.parse((await cli(['breach', 'show', reference, '--json', '--vault', vault])).stdout) as { notifications: { recipient: string; phase: string; reference: string; channel: string }[] };
    expect(shown.notifications).toEqual([expect.objectContaining({ recipient: 'authority', phase: 'preliminary', reference: 'GPDP-2026-0977', channel: 'online-procedure' })]);
  });
});
