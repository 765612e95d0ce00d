import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../electron/cli/commands';
import { englishWords } from '../../electron/core/i18n/english-detector';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { RequestDetail } from '../../electron/shared/requests';
import { cli } from '../support/cli';
import { tempDir } from './temp-vault';

/**
 * The command line in Italian: with an Italian OS locale (and no --lang, no vault language)
 * the help, the usage errors and a representative command of each group (vault, settings,
 * audit, request, breach, deadlines, letter, ropa, client) print Italian, and none of the
 * English phrases they printed before; with --lang en the same commands print English.
 */
describe('the CLI speaks Italian to an Italian user', () => {
  const italian = { LANG: 'it_IT.UTF-8' };
  const tmp = tempDir();
  const vault = join(tmp.dir, 'vault');
  const run = (argv: string[], stdin = '') => cli([...argv, '--vault', vault], { env: italian, stdin });
  const english = (argv: string[], stdin = '') => cli([...argv, '--vault', vault, '--lang', 'en'], { env: italian, stdin });

  /** Asserts the Italian phrases are there and the English ones are gone. */
  const speaksItalian = (text: string, phrases: string[], englishPhrases: string[]) => {
    for (const phrase of phrases) expect(text).toContain(phrase);
    for (const phrase of englishPhrases) expect(text).not.toContain(phrase);
  };

  beforeAll(async () => {
    const init = await run(['vault', 'init']);
    expect(init.code).toBe(0);
    speaksItalian(init.stdout, ['Archivio creato in', 'Chiave di recupero: ', 'Viene mostrata una sola volta'], ['Created the vault', 'Recovery key:', 'shown only once']);
    for (const [key, value] of [['organisation.name', 'Noventia Srl'], ['organisation.country', 'IT'], ['organisation.timeZone', 'Europe/Rome']] as const) {
      expect((await run(['settings', 'set', key, value])).code).toBe(0);
    }
  });
  afterAll(() => tmp.cleanup());

  it('lists the commands in Italian, each summary without English', async () => {
    const help = await cli(['--help'], { env: italian });
    expect(help.code).toBe(0);
    speaksItalian(help.stdout, ['DPO Desk da riga di comando', 'Uso: npm run --silent cli -- <comando> [opzioni]', 'Comandi:', 'Opzioni globali:', 'Codici di uscita:', 'Registra una violazione'], ['Commands:', 'Usage:', 'Global options', 'Exit codes', 'Register a breach', 'never from arguments']);
    for (const command of commands) {
      const line = help.stdout.split('\n').find((l) => l.startsWith(`  ${command.path.join(' ')} `)) ?? '';
      const summary = line.slice(command.path.join(' ').length + 2);
      expect(summary.trim(), command.path.join(' ')).not.toBe('');
      expect(englishWords(summary), summary).toEqual([]);
    }
    const inEnglish = await cli(['--help', '--lang', 'en'], { env: italian });
    speaksItalian(inEnglish.stdout, ['Commands:', 'Usage: npm run --silent cli -- <command> [options]', 'Register a breach'], ['Comandi:', 'Registra una violazione']);
  });

  it.each(commands.map((c) => [c.path.join(' '), c] as const))('explains %s in Italian', async (_name, command) => {
    const help = await cli([...command.path, '--help'], { env: italian });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Uso: npm run --silent cli -- /);
    expect(help.stdout).toContain('Opzioni globali: --json, --vault DIR, --lang en|it, --help');
    // The synopsis and the lists of valid codes are typed as they are; the rest is Italian.
    let prose = help.stdout.split('\n').slice(1).join('\n');
    for (const value of Object.values(command.helpParams ?? {})) prose = prose.split(value).join(' ');
    expect(englishWords(prose), prose).toEqual([]);
  });

  it('refuses bad usage in Italian, before any vault is opened', async () => {
    speaksItalian((await cli(['deadlines', 'list', '--within', 'soon', '--vault', vault], { env: italian })).stderr, ['Errore d\'uso: --within: "soon" non è un intervallo come 7d o 2w'], ['Usage error', 'is not a span']);
    speaksItalian((await cli(['deadline', '--regime', 'gdpr', '--type', 'access', '--received', '2026-03-27'], { env: italian })).stderr, ["Errore d'uso: --country: per il gdpr serve come paese lo Stato membro del titolare; valori validi: AT, "], ["needs the controller's member state", 'valid:']);
    speaksItalian((await run(['request', 'add', '--regime', 'gdpr', '--type', 'access', '--name', ''])).stderr, ["Errore d'uso: Interessato: Campo obbligatorio."], ['request.subjectName']);
    const badFacts = join(tmp.dir, 'bad-facts.json');
    writeFileSync(badFacts, JSON.stringify({ awareAt: '2026-12-03T10:00:00+01:00', subjects: 'molte' }));
    const wrongFacts = await run(['breach', 'add', '--title', 'Chiavetta', '--aware-at', '2026-12-03T10:00:00+01:00', '--facts', badFacts]);
    speaksItalian(wrongFacts.stderr, ["Errore d'uso: Numero approssimativo di persone: Questo valore non è valido."], ['facts.subjects', 'Campo obbligatorio']);
    speaksItalian((await run(['request', 'transition', '2026-0001', '--to', 'extended', '--reason', 'breve'])).stderr, ["Errore d'uso: Motivo: Troppo breve: almeno 10 caratteri."], ['transition.reason']);
    speaksItalian((await run(['breach', 'edit', 'B-2026-001', '--cause', 'nessuna'])).stderr, ["Errore d'uso: Causa: Scegli uno dei valori proposti."], ['changes.cause']);
    speaksItalian((await cli(['breach', 'lsit'], { env: italian })).stderr, ['Comando sconosciuto: breach lsit. Esegui con --help'], ['Unknown command', 'Run with']);
    speaksItalian((await cli(['settings', 'get', '--bogus'], { env: italian })).stderr, ["Errore d'uso: Opzione sconosciuta '--bogus'"], ['Unknown option']);
    speaksItalian((await cli(['settings', 'get'], { env: { ...italian, DPO_DESK_VAULT: '' } })).stderr, ["Errore d'uso: Nessun archivio indicato: usa --vault DIR o imposta DPO_DESK_VAULT"], ['No vault given']);
    speaksItalian((await run(['letter', '2026-0001', '--kind', 'postcard', '--lang', 'it', '--out', join(tmp.dir, 'x.pdf')])).stderr, ["Errore d'uso: --kind deve essere uno tra: acknowledgement"], ['must be one of']);
    const english = await cli(['deadlines', 'list', '--within', 'soon', '--vault', vault, '--lang', 'en'], { env: italian });
    expect(english.stderr).toBe('Usage error: --within: "soon" is not a span such as 7d or 2w\n');
  });

  it('vault, settings and audit: status, values and the chain in Italian', async () => {
    speaksItalian((await run(['vault', 'status'])).stdout, ['Archivio:', 'Id archivio:', 'è impostata una chiave di recupero'], ['Vault id:', 'Created:', 'a recovery key is set']);
    speaksItalian((await run(['settings', 'get', 'organisation.dpoEmail'])).stdout, ['(non impostata)'], ['(not set)']);
    const verify = await run(['audit', 'verify']);
    expect(verify.code).toBe(0);
    speaksItalian(verify.stdout, ['Traccia di audit integra: ', 'Dati integri: ', 'Hash di testa: '], ['Audit trail intact', 'Data intact', 'Head hash']);
    speaksItalian(verify.stderr, ['Traccia di audit: ', ' eventi verificati'], ['Audit trail:', 'events checked']);
    expect((await english(['audit', 'verify'])).stdout).toMatch(/^Audit trail intact: \d+ events\nData intact: /);
  });

  it('requests: registered, listed and moved on in Italian; an error from the vault in Italian too', async () => {
    const added = await run(['request', 'add', '--regime', 'gdpr', '--type', 'access', '--name', 'Giulia Bianchi', '--email', 'giulia@example.it']);
    speaksItalian(added.stdout, ['Richiesta 2026-0001 registrata'], ['Registered request']);
    speaksItalian((await run(['request', 'list'])).stdout, ['1 richiesta; oggi è ', 'ricevuta', ' g rimanenti'], ['request(s)', 'today is', 'received', 'd left']);
    const moved = await run(['request', 'transition', '2026-0001', '--to', 'in-progress', '--method', 'email-confirmation']);
    speaksItalian(moved.stdout, ['in lavorazione', 'Cronologia:'], ['History:', 'Legal due:']);
    const missing = await run(['request', 'show', '2099-0999']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Errore: /);
    expect((await english(['request', 'list'])).stdout).toMatch(/^1 request; today is /);
  });

  it('breaches and deadlines: registered, listed and due in Italian', async () => {
    const added = await run(['breach', 'add', '--title', 'Chiavetta USB smarrita', '--aware-at', 'now']);
    expect(added.code).toBe(0);
    speaksItalian(added.stdout, ['registrata: notifica all\'autorità entro', 'h rimanenti', 'Fatti ancora necessari per la valutazione: ', 'Termini:'], ['Registered breach', 'notify the authority by', 'Facts still needed', 'Clocks:', 'h left']);
    speaksItalian((await run(['breach', 'list'])).stdout, ['1 violazione', 'aperta', 'non valutata', 'h rimanenti'], ['breach(es)', 'untriaged', 'h left', ' open ']);
    speaksItalian((await run(['deadlines', 'list', '--within', '60d'])).stdout, ['scadenze superate o entro 60 giorni', 'violazione, 72 ore', 'risposta (legge)'], ['deadline(s)', 'breach-72h', 'request-due']);
    const inEnglish = await english(['breach', 'list']);
    speaksItalian(inEnglish.stdout, ['1 breach', 'untriaged', 'h left'], ['violazione', 'non valutata']);
  });

  it('a letter: written as a draft, with the CLI’s lines in Italian', async () => {
    const out = join(tmp.dir, 'ack.pdf');
    const argv = ['letter', '2026-0001', '--kind', 'acknowledgement', '--lang', 'it', '--out', out];
    for (const [key, value] of [['organisation.address', 'Via Roma 1, 20121 Milano MI'], ['organisation.dpoName', 'Chiara Esposito']] as const) expect((await run(['settings', 'set', key, value])).code).toBe(0);
    const missing = await run(argv);
    expect(missing.code).toBe(1);
    speaksItalian(missing.stderr, ['Errore: ', '[organisation.dpoEmail]'], ['Error:', 'Fill these']);
    expect((await run(['settings', 'set', 'organisation.dpoEmail', 'dpo@noventia.example'])).code).toBe(0);
    const letter = await run(argv);
    expect(letter.code, letter.stderr).toBe(0);
    speaksItalian(letter.stdout, [`Scritto ${out} (`, ' byte), segnato come BOZZA'], ['Wrote', 'bytes', 'marked DRAFT', 'Warning:']);
  });

  it('the register of processing and clients: added and listed in Italian', async () => {
    const processor = await run(['ropa', 'processor', 'add', '--file', '-'], JSON.stringify({ name: 'Zendesk, Inc.', service: 'Ticket di assistenza', country: 'us', dpaSignedOn: '2025-01-10', breachNoticeHours: 24 }));
    speaksItalian(processor.stdout, ['Aggiunto: Zendesk, Inc.', 'DPA 2025-01-10  avviso di violazione 24 h  revisione '], ['Added', 'breach notice', 'review ']);
    speaksItalian((await run(['ropa', 'processor', 'list'])).stdout, ['1 responsabile'], ['processor(s)']);
    const activity = await run(['ropa', 'activity', 'add', '--file', '-'], JSON.stringify({ name: 'Assistenza clienti', purposes: [{ purpose: 'Risposta ai ticket', legalBasis: 'contract' }], processorIds: ['Zendesk, Inc.'] }));
    speaksItalian(activity.stdout, ['Aggiunto PA-001 Assistenza clienti; prossima revisione '], ['Added', 'next review']);
    speaksItalian((await run(['ropa', 'activity', 'show', 'PA-001'])).stdout, ['come titolare, art. 30, par. 1', 'Responsabili: Zendesk, Inc.', 'Revisione: ultima mai'], ['as controller', 'Processors:', 'never']);
    const client = await run(['client', 'add', '--file', '-'], JSON.stringify({ name: 'Bottega Rossi Srl', privacyContact: 'privacy@bottegarossi.example', country: 'it', breachNoticeHours: 24, requestDays: 3, requestDaysBasis: 'working' }));
    speaksItalian(client.stdout, ['Aggiunto: ', 'accordo —  avviso di violazione 24 h  richieste 3 giorni lavorativi  richieste aperte 0'], ['Added', 'agreement', 'working days', 'open requests']);
    speaksItalian((await run(['client', 'list'])).stdout, ['1 cliente'], ['client(s)']);
    expect((await english(['client', 'list'])).stdout).toContain('Bottega Rossi Srl  IT  agreement —  breach notice 24 h  requests 3 working days');
  });

  it('follows the vault’s letter language when neither --lang nor the OS locale says Italian', async () => {
    expect((await run(['settings', 'set', 'organisation.letterLanguage', 'it'])).code).toBe(0);
    const list = await cli(['breach', 'list', '--vault', vault]);
    speaksItalian(list.stdout, ['1 violazione'], ['breach(es)']);
    const missing = await cli(['breach', 'show', 'B-2099-999', '--vault', vault]);
    expect(missing.stderr).toMatch(/^Errore: /);
    expect((await cli(['breach', 'list', '--vault', vault, '--lang', 'en'])).stdout).toMatch(/^1 breach\n/);
  });
  /** The first history line's time as the organisation reads it in Rome, in the reader's format (never UTC, never ISO). */
  const inRome = (at: string, locale: 'it-IT' | 'en-GB') =>
    new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Rome', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(Date.parse(at));
  const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

  it('request show: regime, types, identity and channel in words, History in the organisation’s zone; an extension’s short reason names the minimum', async () => {
    const shown = await run(['request', 'show', '2026-0001']);
    expect(shown.code, shown.stderr).toBe(0);
    speaksItalian(shown.stdout, ['GDPR: Accesso', "(Conferma dall'indirizzo e-mail registrato)", 'fuso Europe/Rome, tramite ', 'Cronologia:'], ['gdpr, access', 'email-confirmation', 'verified', 'pending', ' via ']);
    expect(shown.stdout).not.toMatch(ISO_INSTANT);
    const json = JSON.parse((await run(['request', 'show', '2026-0001', '--json'])).stdout) as RequestDetail;
    expect(json).toMatchObject({ regime: 'gdpr', types: ['access'], identity: { method: 'email-confirmation' } });
    const created = json.timeline[0]?.at ?? '';
    expect(shown.stdout).toContain(`  ${inRome(created, 'it-IT')}  Richiesta registrata → ricevuta`);
    const inEnglish = await english(['request', 'show', '2026-0001']);
    speaksItalian(inEnglish.stdout, ['GDPR: Access', '(Confirmed from the e-mail address on file)', `  ${inRome(created, 'en-GB')}  Request recorded → received`], ['Accesso', 'Cronologia']);

    const short = await run(['request', 'transition', '2026-0001', '--to', 'extended', '--reason', 'troppi']);
    expect(short.code).toBe(2);
    speaksItalian(short.stderr, ['almeno 10 caratteri'], ['Give the reasons', 'characters']);
    expect((await english(['request', 'transition', '2026-0001', '--to', 'extended', '--reason', 'troppi'])).stderr).toContain('at least 10 characters');
  });

  it('breach show: the facts by their labels and values, the cause in words, every time in the organisation’s zone', async () => {
    const awareAt = new Date(Date.now() - 2 * 3_600_000).toISOString();
    const factsFile = join(tmp.dir, 'facts.json');
    writeFileSync(factsFile, JSON.stringify({ awareAt, confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: true, dataCategories: ['health', 'identity'], subjects: 12000 }));
    const added = await run(['breach', 'add', '--title', 'Cartelle cliniche esposte', '--aware-at', awareAt, '--facts', factsFile, '--json']);
    expect(added.code, added.stderr).toBe(0);
    const { reference } = JSON.parse(added.stdout) as BreachDetail;
    expect((await run(['breach', 'edit', reference, '--cause', 'cyber-attack'])).code).toBe(0);
    const shown = await run(['breach', 'show', reference]);
    expect(shown.code, shown.stderr).toBe(0);
    speaksItalian(
      shown.stdout,
      ['Causa:      Attacco informatico', 'Riservatezza', 'Destinatari ignoti', 'Intento doloso', 'dati relativi alla salute, dati identificativi', '12.000'],
      ['dataCategories', 'maliciousIntent', 'unknown-recipients', 'cyber-attack', 'health', 'true', 'false', 'Facts:'],
    );
    expect(shown.stdout).not.toMatch(ISO_INSTANT);
    const json = JSON.parse((await run(['breach', 'show', reference, '--json'])).stdout) as BreachDetail;
    expect(json.facts.complete).toMatchObject({ confidentiality: 'unknown-recipients', maliciousIntent: true });
    expect(shown.stdout).toContain(`  ${inRome(json.timeline[0]?.at ?? '', 'it-IT')}  Violazione registrata → aperta`);
    const inEnglish = await english(['breach', 'show', reference]);
    speaksItalian(inEnglish.stdout, ['Cause:      Cyber-attack', 'Confidentiality', 'Unknown recipients', 'Malicious intent', 'health data, identity data', '12,000'], ['Riservatezza', 'unknown-recipients']);
  });

  it('audit verify and the register import: why they fail, in Italian', async () => {
    const verify = await run(['audit', 'verify', '--head', 'a'.repeat(64)]);
    expect(verify.code).toBe(1);
    speaksItalian(verify.stdout, ["Traccia di audit INTERROTTA all'evento ", `l'hash di testa ${'a'.repeat(64)} non è un evento di questa traccia`], ['is not an event of this trail', 'rewritten']);
    expect((await english(['audit', 'verify', '--head', 'a'.repeat(64)])).stdout).toContain('is not an event of this trail');

    const csv = join(tmp.dir, 'register.csv');
    writeFileSync(csv, 'name,special_categories,subjects_estimate\nPaghe,forse,circa 40\n');
    const imported = await run(['ropa', 'import', '--csv', csv]);
    expect(imported.code).toBe(1);
    speaksItalian(imported.stderr, ['riga 2, special_categories: Scrivi sì o no', 'riga 2, subjects_estimate: Scrivi un numero intero'], ['Write yes or no', 'whole number']);
    expect((await english(['ropa', 'import', '--csv', csv])).stderr).toContain('Write yes or no');
  });

  it('the audit report: its progress lines in Italian', async () => {
    const report = await run(['report', 'audit', '--from', '2026-01-01', '--to', '2026-12-31', '--format', 'json', '--out', join(tmp.dir, 'report.json')]);
    expect(report.code, report.stderr).toBe(0);
    speaksItalian(report.stderr, ['richieste: ', 'violazioni: ', 'integrità: '], ['requests: ', 'breaches: ', 'integrity: ', 'writing: ']);
  });
});
