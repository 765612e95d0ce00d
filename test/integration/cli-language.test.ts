import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInZone } from '../../electron/core/deadlines';
import { englishWords } from '../../electron/core/i18n/english-detector';
import { cli } from '../support/cli';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * `--lang` on the commands a DPO reads and copies from: request show, breach show,
 * deadlines list, report audit. The language is the flag, else the vault's letter language,
 * else the OS locale; `--json` keeps every code as stored and adds the text in that language.
 */
describe('the CLI speaks the reader’s language', () => {
  let tmp: ReturnType<typeof tempDir>;
  let vault: string;
  let request: string;
  let breach: string;
  const today = todayInZone('Europe/Rome');
  const italianLocale = { LANG: 'it_IT.UTF-8' };

  const setLetterLanguage = async (value: string) => expect((await cli(['settings', 'set', 'organisation.letterLanguage', value, '--vault', vault])).code).toBe(0);

  beforeAll(async () => {
    tmp = tempDir();
    const app = appOver(tmp.dir);
    vault = app.session.files.dir;
    await app.session.create(PASSPHRASE);
    await app.handlers['settings.update']({ changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome' } });
    const made = await app.dispatch('requests.create', {
      request: { regime: 'gdpr', types: ['access'], receivedAt: `${addDays(today, -40)}T12:00:00+02:00`, channel: 'email', subjectName: 'Giulia Bianchi' },
    });
    const lost = await app.dispatch('breaches.create', { breach: { title: 'Chiavetta USB smarrita', awareAt: new Date(Date.now() - 10 * 3_600_000).toISOString() } });
    if (!made.ok || !lost.ok) throw new Error('seed failed');
    request = (made.value as { reference: string }).reference;
    breach = (lost.value as { reference: string }).reference;
    const contained = await app.dispatch('breaches.addAction', { id: (lost.value as { id: string }).id, action: { kind: 'containment', who: 'RPD', text: 'Password della chiavetta revocata' } });
    if (!contained.ok) throw new Error('seed failed');
    await app.dispose();
  });
  afterAll(() => tmp.cleanup());

  it('request show: the OS locale when the vault sets no language, --lang over it, and --json with codes and text', async () => {
    const italian = await cli(['request', 'show', request, '--vault', vault], { env: italianLocale });
    expect(italian.code).toBe(0);
    for (const words of ['Termine di legge:', 'Nostro impegno:', 'Scadenza ', 'Cronologia:', 'Richiesta registrata', ' g di ritardo']) expect(italian.stdout).toContain(words);
    expect(italian.stdout).not.toMatch(/Legal due|History:|Request recorded|d overdue/);

    const english = await cli(['request', 'show', request, '--lang', 'en', '--vault', vault], { env: italianLocale });
    expect(english.stdout).toContain('Legal due:');
    expect(english.stdout).toContain('Request recorded');

    const json = JSON.parse((await cli(['request', 'show', request, '--lang', 'it', '--json', '--vault', vault])).stdout) as {
      status: string;
      language: string;
      text: { status: string; explanations: string[]; history: { action: string; label: string }[] };
    };
    expect(json).toMatchObject({ status: 'received', language: 'it', text: { status: 'ricevuta', history: [{ action: 'request.created', label: 'Richiesta registrata' }] } });
    expect(json.text.explanations[0]).toMatch(/^Scadenza \w{3} \d{1,2} \w{3} \d{4}:/);
    for (const line of json.text.explanations) expect(englishWords(line), line).toEqual([]);
  });

  it('breach show: the vault’s letter language by default, with the reasons a step is refused in it', async () => {
    await setLetterLanguage('it');
    const shown = await cli(['breach', 'show', breach, '--vault', vault]);
    expect(shown.code).toBe(0);
    for (const words of ['aperta', 'Conoscenza:', 'h rimanenti', 'Fatti:', 'Passi successivi:', 'valutata: Completa prima i fatti', 'Violazione registrata']) expect(shown.stdout).toContain(words);
    expect(shown.stdout).not.toMatch(/Next:|h left|Complete the facts/);
    // The lines the client and NIS2 clocks added: the clocks and the actions, in Italian too.
    for (const words of ['Termini:', "Notifica all'autorità di controllo — ", 'contenimento: Password della chiavetta revocata']) expect(shown.stdout).toContain(words);
    expect(shown.stdout).not.toMatch(/Clocks:|Notification to the supervisory authority|containment:/);

    const json = JSON.parse((await cli(['breach', 'show', breach, '--json', '--vault', vault])).stdout) as {
      status: string;
      transitions: { to: string; problem: { key: string } | null }[];
      text: { status: string; clock: string; next: string[] };
    };
    expect(json.status).toBe('open');
    expect(json.transitions[0]).toMatchObject({ to: 'assessed', problem: { key: 'msg.error.breach.move.missingFacts' } });
    expect(json.text.status).toBe('aperta');
    expect(json.text.clock).toMatch(/^\d+,\d h rimanenti$/);
    expect(json.text.next[0]).toMatch(/^valutata: Completa prima i fatti/);

    const english = await cli(['breach', 'show', breach, '--lang', 'en', '--vault', vault]);
    expect(english.stdout).toContain('assessed: Complete the facts first');
    for (const words of ['Clocks:', 'containment: Password della chiavetta revocata']) expect(english.stdout).toContain(words);
  });

  it('deadlines list: Italian words and dd/mm/yyyy days, kind codes kept in --json', async () => {
    const lines = await cli(['deadlines', 'list', '--lang', 'it', '--vault', vault]);
    expect(lines.code).toBe(0);
    expect(lines.stdout).toMatch(/^\d+ scadenze superate o entro 7 giorni; oggi è il \w{3} \d{1,2} \w{3} \d{4} \(Europe\/Rome\)\n/);
    expect(lines.stdout).toMatch(/!! \d{2}\/\d{2}\/\d{4} +risposta \(legge e impegno\)|!! \d{2}\/\d{2}\/\d{4} +risposta \(legge\)/);
    expect(lines.stdout).toMatch(/violazione, 72 ore +B-\d{4}-001 +\d+,\d h rimanenti/);

    const json = JSON.parse((await cli(['deadlines', 'list', '--lang', 'it', '--json', '--vault', vault])).stdout) as {
      language: string;
      items: { kind: string; date: string; text: { kind: string; distance: string } }[];
    };
    expect(json.language).toBe('it');
    const breachItem = json.items.find((i) => i.kind === 'breach-72h');
    expect(breachItem?.text.kind).toBe('violazione, 72 ore');
    expect(breachItem?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('report audit: the lines in the chosen language, the figures unchanged in --json', async () => {
    const out = join(tmp.dir, 'report.json');
    const from = addDays(today, -60);
    const italian = await cli(['report', 'audit', '--from', from, '--to', today, '--format', 'json', '--out', out, '--lang', 'it', '--vault', vault]);
    expect(italian.code).toBe(0);
    expect(italian.stdout).toMatch(/^Rapporto di audit \w{3} \d{1,2} \w{3} \d{4} → /);
    expect(italian.stdout).toContain('Richieste: 1 ricevute');
    expect(italian.stdout).toContain(`Scritto ${out}`);

    const json = JSON.parse((await cli(['report', 'audit', '--from', from, '--to', today, '--format', 'json', '--out', out, '--lang', 'en', '--json', '--vault', vault])).stdout) as {
      requests: { received: number };
      language: string;
      text: string[];
    };
    expect(json.requests.received).toBe(1);
    expect(json.language).toBe('en');
    expect(json.text[1]).toBe('Requests: 1 received, 0 closed, 1 open, 1 overdue');
    expect((await cli(['report', 'audit', '--from', from, '--to', today, '--format', 'json', '--out', out, '--lang', 'fr', '--vault', vault])).code).toBe(2);
  });
});
