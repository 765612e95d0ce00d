import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { tempDir } from './temp-vault';
import { todayInZone } from '../../electron/shared/pure/zoned-time';

describe('letter CLI over a real vault', () => {
  let tmp: ReturnType<typeof tempDir>;
  let vault: string;
  beforeEach(async () => {
    tmp = tempDir();
    vault = join(tmp.dir, 'vault');
    expect((await cli(['vault', 'init', '--vault', vault])).code).toBe(0);
    const settings: [string, string][] = [
      ['organisation.name', 'Noventia Srl'],
      ['organisation.address', 'Via Roma 1, 20121 Milano MI'],
      ['organisation.country', 'IT'],
      ['organisation.timeZone', 'Europe/Rome'],
      ['organisation.dpoName', 'Chiara Esposito'],
    ];
    for (const [key, value] of settings) expect((await cli(['settings', 'set', key, value, '--vault', vault])).code).toBe(0);
    const add = await cli(['request', 'add', '--regime', 'gdpr', '--type', 'access', '--name', 'Zofia Łódź', '--email', 'zofia@example.pl', '--received', '2026-03-31T10:00:00+02:00', '--confirm-old', '--vault', vault]);
    expect(add).toMatchObject({ code: 0, stdout: 'Registered request 2026-0001\n' });
  });
  afterEach(() => tmp.cleanup());

  it('lists the kinds in --help', async () => {
    const help = await cli(['letter', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('letter REF --kind K --lang en|it --out FILE.pdf');
    for (const kind of ['acknowledgement', 'identity-verification', 'access-response', 'refusal', 'ccpa-denial']) expect(help.stdout).toContain(kind);
    expect((await cli(['--help'])).stdout).toMatch(/\n {2}letter +Generate a letter/);
  });

  it('names the missing fields and writes nothing (exit 1), then generates once they are set', async () => {
    const out = join(tmp.dir, 'ack.pdf');
    const missing = await cli(['letter', '2026-0001', '--kind', 'acknowledgement', '--lang', 'en', '--date', '2026-04-02', '--out', out, '--vault', vault]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('Error: Fill these before generating the letter: DPO e-mail (Settings → Organisation) [organisation.dpoEmail]\n');
    expect(existsSync(out)).toBe(false);

    await cli(['settings', 'set', 'organisation.dpoEmail', 'dpo@noventia.example', '--vault', vault]);
    const made = await cli(['letter', '2026-0001', '--kind', 'acknowledgement', '--lang', 'en', '--date', '2026-04-02', '--out', out, '--vault', vault]);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout).toMatch(/^Wrote .*ack\.pdf \(\d+ bytes\), marked DRAFT\n(Warning: .*\n)*$/);
    // A letter in Italian: --lang is the letter's language and the CLI's, so its lines are Italian too.
    const madeIt = await cli(['letter', '2026-0001', '--kind', 'acknowledgement', '--lang', 'it', '--date', '2026-04-02', '--out', out, '--vault', vault]);
    expect(madeIt).toMatchObject({ code: 0, stderr: '' });
    expect(madeIt.stdout).toMatch(/^Scritto .*ack\.pdf \(\d+ byte\), segnato come BOZZA\n(Avviso: .*\n)*$/);
    expect(readFileSync(out).subarray(0, 8).toString()).toBe('%PDF-1.7');
  });

  it('refuses --finalise on text in the other language, in the letter’s language and naming the field, until --confirm-language', async () => {
    await cli(['settings', 'set', 'organisation.dpoEmail', 'dpo@noventia.example', '--vault', vault]);
    await cli(['request', 'transition', '2026-0001', '--to', 'awaiting-identity', '--method', 'id-document', '--reason', 'Indirizzo e-mail non collegato a un account', '--vault', vault]);
    const out = join(tmp.dir, 'identity.pdf');
    const argv = ['letter', '2026-0001', '--kind', 'identity-verification', '--lang', 'it', '--out', out, '--set', 'identity.needed=A copy of your passport, with the page that shows your photo and the date of issue.', '--finalise', '--vault', vault];
    const refusedIt = await cli(argv);
    expect(refusedIt.code).toBe(1);
    expect(refusedIt.stderr).toBe(
      'Errore: Questa lettera è in italiano, ma vi compare testo che sembra scritto in inglese: «Cosa serve per verificare l’identità». Scrivilo in italiano oppure conferma che deve restare così com’è. Per mantenere il testo così com’è, esegui di nuovo il comando con --confirm-language\n',
    );
    expect(existsSync(out)).toBe(false);
    const refusedEn = await cli(['letter', '2026-0001', '--kind', 'identity-verification', '--lang', 'en', '--out', out, '--set', 'identity.needed=Una copia della carta d’identità, con la pagina che riporta la foto e la data del rilascio.', '--finalise', '--vault', vault]);
    expect(refusedEn.stderr).toMatch(/^Error: This letter is in English, but text in it looks written in Italian: “What we need to confirm identity”, “Why identity must be confirmed”\. .* run the command again with --confirm-language\n$/);

    const confirmed = await cli([...argv, '--confirm-language', '--json']);
    expect(confirmed).toMatchObject({ code: 0, stderr: '' });
    const result = JSON.parse(confirmed.stdout) as { finalised: { version: number }; warnings: { code: string; field?: string }[] };
    expect(result.finalised.version).toBe(1);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'language-mix', field: 'identity.needed' }));
  });

  it('takes the letter fields from --inputs and --set, and --finalise stores the same bytes it writes', async () => {
    await cli(['settings', 'set', 'organisation.dpoEmail', 'dpo@noventia.example', '--vault', vault]);
    await cli(['request', 'transition', '2026-0001', '--to', 'awaiting-identity', '--method', 'id-document', '--reason', 'E-mail not linked to an account', '--vault', vault]);
    const inputs = join(tmp.dir, 'inputs.json');
    writeFileSync(inputs, JSON.stringify({ 'identity.needed': 'A copy of your passport.' }));
    const out = join(tmp.dir, 'identity.pdf');
    const argv = ['letter', '2026-0001', '--kind', 'identity-verification', '--lang', 'en', '--out', out, '--inputs', inputs, '--set', 'identity.reason=We could not match your e-mail.', '--finalise', '--json', '--vault', vault];
    const first = await cli(argv);
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout) as { size: number; finalised: { version: number; sha256: string } };
    expect(result.finalised.version).toBe(1);
    expect(createHash('sha256').update(readFileSync(out)).digest('hex')).toBe(result.finalised.sha256);
    const second = JSON.parse((await cli(argv)).stdout) as typeof result;
    expect(second.finalised.version).toBe(2);

    const wrongKey = await cli(['letter', '2026-0001', '--kind', 'acknowledgement', '--lang', 'en', '--out', out, '--set', 'access.purposes=x', '--vault', vault]);
    expect(wrongKey).toMatchObject({ code: 1, stderr: 'Error: This letter has no field access.purposes; its fields are: ack.answerBy\n' });
    const badKind = await cli(['letter', '2026-0001', '--kind', 'apology', '--lang', 'en', '--out', out, '--vault', vault]);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toMatch(/^Usage error: --kind must be one of: acknowledgement, /);
    const verify = await cli(['audit', 'verify', '--vault', vault, '--json']);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });
  });

  it('letter sent: a decision letter offers --close, and --close closes the request with the outcome the letter gives', async () => {
    await cli(['settings', 'set', 'organisation.dpoEmail', 'dpo@noventia.example', '--vault', vault]);
    await cli(['settings', 'set', 'organisation.authorityName', 'Garante per la protezione dei dati personali', '--vault', vault]);
    await cli(['settings', 'set', 'organisation.authorityWebsite', 'https://www.garanteprivacy.it', '--vault', vault]);
    const today = todayInZone('Europe/Rome');
    const argv = ['letter', '2026-0001', '--kind', 'no-data-held', '--lang', 'it', '--out', join(tmp.dir, 'no-data.pdf'), '--set', 'nodata.searched=Il CRM e la piattaforma di assistenza.', '--finalise', '--json', '--vault', vault];
    const made = await cli(argv);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    const documentId = (JSON.parse(made.stdout) as { finalised: { id: string } }).finalised.id;

    const open = await cli(['letter', 'sent', '2026-0001', documentId, '--at', today, '--channel', 'email', '--vault', vault]);
    expect(open.stdout).toContain('2026-0001 is still open: add --close to close it as responded (No data held (answered)) with this letter.');
    const closed = await cli(['letter', 'sent', '2026-0001', documentId, '--at', today, '--channel', 'email', '--close', '--vault', vault]);
    expect(closed).toMatchObject({ code: 0, stderr: '' });
    expect(closed.stdout).toContain('2026-0001 is closed as responded (No data held (answered)).');
    const shown = JSON.parse((await cli(['request', 'show', '2026-0001', '--json', '--vault', vault])).stdout) as unknown;
    expect(shown).toMatchObject({ status: 'responded', outcome: 'no-data-held', refusalGround: null });
  });

  it('letter --date dates the letter: the finalised version bears it; a day before the request or not a date is refused', async () => {
    await cli(['settings', 'set', 'organisation.dpoEmail', 'dpo@noventia.example', '--vault', vault]);
    const out = join(tmp.dir, 'ack.pdf');
    const made = await cli(['letter', '2026-0001', '--kind', 'acknowledgement', '--lang', 'en', '--date', '2026-04-02', '--out', out, '--finalise', '--json', '--vault', vault]);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect((JSON.parse(made.stdout) as { finalised: { letterDate: string } }).finalised.letterDate).toBe('2026-04-02');
    const early = await cli(['letter', '2026-0001', '--kind', 'acknowledgement', '--lang', 'en', '--date', '2026-03-30', '--out', join(tmp.dir, 'early.pdf'), '--vault', vault]);
    expect(early.code).toBe(1);
    expect(existsSync(join(tmp.dir, 'early.pdf'))).toBe(false);
    const loose = await cli(['letter', '2026-0001', '--kind', 'acknowledgement', '--lang', 'en', '--date', '02/04/2026', '--out', join(tmp.dir, 'loose.pdf'), '--vault', vault]);
    expect(loose).toMatchObject({ code: 2, stderr: 'Usage error: --date takes YYYY-MM-DD, e.g. --date 2026-05-08\n' });
  });
});
