import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { tempDir } from './temp-vault';

describe('report audit --format pdf over a real vault', () => {
  let tmp: ReturnType<typeof tempDir>;
  let vault: string;
  beforeEach(async () => {
    tmp = tempDir();
    vault = join(tmp.dir, 'vault');
    expect((await cli(['vault', 'init', '--vault', vault])).code).toBe(0);
    for (const [key, value] of [['organisation.name', 'Noventia Srl'], ['organisation.country', 'IT'], ['organisation.timeZone', 'Europe/Rome'], ['organisation.letterLanguage', 'it'], ['commitments.responseDays', '30']] as const) {
      expect((await cli(['settings', 'set', key, value, '--vault', vault])).code).toBe(0);
    }
    const add = await cli(['request', 'add', '--regime', 'gdpr', '--type', 'access', '--name', 'Zofia Łódź', '--email', 'zofia@example.pl', '--received', '2026-03-31T10:00:00+02:00', '--confirm-old', '--vault', vault]);
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
  });
  afterEach(() => tmp.cleanup());

  it('writes the PDF in the organisation’s letter language, with progress on stderr', async () => {
    const out = join(tmp.dir, 'report.pdf');
    const made = await cli(['report', 'audit', '--from', '2026-03-01', '--to', '2026-03-31', '--format', 'pdf', '--out', out, '--vault', vault]);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^Rapporto di audit dom 1 mar 2026 → mar 31 mar 2026 \(Europe\/Rome\)\n/);
    expect(made.stdout).toContain(`Scritto ${out}`);
    // 30 days are judged on their own against the GDPR month: later for some receipt dates of the year from 1 March 2026.
    expect(made.stdout).toMatch(/\nImpegno oltre il termine di legge: 30 giorni \(risposta\) scadono dopo il termine di legge – art\. 12, par\. 3, del Regolamento \(UE\) 2016\/679 – in \d+ date di ricevimento su 365; es\. ricevimento .+: termine di legge .+, impegno .+\n/);
    // The vault's letter language is Italian: so is the progress.
    expect(made.stderr).toContain('scrittura: 1/1 (100%)');
    expect(made.stderr).not.toContain('writing');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
    for (const fact of ['Rapporto di audit', 'Registro delle richieste', '2026-0001', 'Pagina 1 di']) expect(text).toContain(fact);
    expect(text).not.toContain('Zofia');

    const english = await cli(['report', 'audit', '--from', '2026-03-01', '--to', '2026-03-31', '--format', 'pdf', '--lang', 'en', '--with-names', '--out', out, '--vault', vault]);
    expect(english.code).toBe(0);
    const named = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
    expect(named).toContain('Audit report');
    expect(named).toContain('Zofia Łódź');
    expect((await cli(['report', 'audit', '--from', '2026-03-01', '--to', '2026-03-31', '--format', 'pdf', '--locale', 'it', '--out', out, '--vault', vault])).stderr).toBe('Usage error: --locale applies to --format csv\n');
  });

  it('writes CSV for an Italian office by default (the letter language), and the machine profile with --locale C', async () => {
    const dir = join(tmp.dir, 'csv-it');
    const made = await cli(['report', 'audit', '--from', '2026-03-01', '--to', '2026-03-31', '--format', 'csv', '--out', dir, '--vault', vault]);
    expect(made.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['in-ritardo.csv', 'richieste.csv', 'riepilogo.csv', 'violazioni.csv']);
    const [header, row] = readFileSync(join(dir, 'richieste.csv'), 'utf8').split('\r\n');
    expect(header).toMatch(/^\uFEFFRiferimento;Disciplina \(codice\);Disciplina;Tipi \(codice\);Tipi;Canale \(codice\);Canale;Ricevuta il;Stato \(codice\);Stato;/);
    expect(row).toMatch(/^2026-0001;gdpr;[^;]*GDPR[^;]*;access;[^;]+;email;E-mail;31\/03\/2026;received;Ricevuta;/);
    expect(row).toMatch(/;30\/04\/2026;/);
    const summary = readFileSync(join(dir, 'riepilogo.csv'), 'utf8');
    expect(summary).toContain('\uFEFFIndicatore;Valore\r\n');
    expect(summary).toContain('range.from;01/03/2026\r\n');
    expect(summary).toContain('audit.verified;sì\r\n');

    const machine = join(tmp.dir, 'csv-c');
    expect((await cli(['report', 'audit', '--from', '2026-03-01', '--to', '2026-03-31', '--format', 'csv', '--locale', 'C', '--out', machine, '--vault', vault])).code).toBe(0);
    const lines = readFileSync(join(machine, 'requests.csv'), 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFreference,regime,types,channel,received,status,/);
    expect(lines[1]).toMatch(/^2026-0001,gdpr,access,email,2026-03-31,received,/);
    expect((await cli(['report', 'audit', '--from', '2026-03-01', '--to', '2026-03-31', '--format', 'csv', '--locale', 'fr', '--out', machine, '--vault', vault])).code).toBe(2);
  });
});
