import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterPreview } from '../../electron/shared/document-contract';
import { call, openDesk, type DeskApp } from './dashboard-seed';
import { renderText } from '../../electron/core/i18n';
import type { Message } from '../../electron/shared/pure/i18n/message';

/** With this set, the forwarding notice's PDFs and the Italian holding reply are also written there, to look at. */
const SHOTS = process.env.PROCESSOR_LETTER_SHOTS;

/** The PDF's text as pdftotext reads it, white space runs made single. */
function pdfText(p: LetterPreview): string {
  const file = join(tmpdir(), `letter-${process.pid}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, Buffer.from(p.pdfBase64 ?? '', 'base64'));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const bodyText = (p: LetterPreview) => [p.body.subject, ...p.body.blocks.map((b) => ('text' in b ? b.text : JSON.stringify(b)))].join('\n');

describe('the letters of a request held for a client: the holding reply to the person and the forwarding notice to the client', () => {
  let app: DeskApp;
  let processorRequest: string;
  let controllerRequest: string;
  let clientId: string;

  beforeAll(async () => {
    app = await openDesk();
    await call(app, 'settings.update', {
      changes: {
        'organisation.name': 'Noventia Srl',
        'organisation.address': 'Via Privata Bernardo Rucellai 12, 20126 Milano MI, Italia',
        'organisation.dpoName': 'Chiara Esposito',
        'organisation.dpoEmail': 'dpo@noventia.example',
        'organisation.authorityName': 'Garante per la protezione dei dati personali',
        'organisation.authorityAddress': 'Piazza Venezia 11, 00187 Roma',
        'organisation.authorityWebsite': 'https://www.garanteprivacy.it',
      },
    });
    const client = await call(app, 'clients.save', { client: { name: 'Bottega Rossi Srl', privacyContact: 'Ufficio privacy\nprivacy@bottegarossi.example', country: 'IT', requestDays: 5 } });
    clientId = client.id;
    const base = { regime: 'gdpr' as const, types: ['access' as const], channel: 'email' as const };
    processorRequest = (await call(app, 'requests.create', { request: { ...base, receivedAt: '2026-04-07T09:00:00+02:00', subjectName: 'Paola Neri', subjectEmail: 'paola.neri@example.it', processor: { clientId: client.id } } })).id;
    controllerRequest = (await call(app, 'requests.create', { request: { ...base, receivedAt: '2026-04-07T09:00:00+02:00', subjectName: 'Marco Viola', subjectEmail: 'marco@example.it' } })).id;
  });
  afterAll(async () => {
    await app.dispose();
    app.tmp.cleanup();
  });

  it('offers the two letters only on a request held for a client', async () => {
    const held = (await call(app, 'documents.kinds', { caseType: 'request', caseId: processorRequest })).map((k) => k.kind);
    expect(held).toEqual(['processor-holding-reply', 'client-forwarding-notice']);
    const own = (await call(app, 'documents.kinds', { caseType: 'request', caseId: controllerRequest })).map((k) => k.kind);
    expect(own).not.toContain('processor-holding-reply');
    expect(own).not.toContain('client-forwarding-notice');
  });

  it('refuses every controller letter on a request held for a client, naming the processor holding reply instead (Art. 28(3)(e))', async () => {
    for (const kind of ['acknowledgement', 'no-data-held', 'access-response', 'refusal', 'extension-notice'] as const) {
      const refused = await app.dispatch('documents.preview', { caseType: 'request', caseId: processorRequest, kind, language: 'it' });
      expect(refused.ok, kind).toBe(false);
      if (refused.ok) continue;
      expect(refused.error.code).toBe('VALIDATION');
      expect(refused.error.message).toContain(`The ${kind} letter is the controller’s to send`);
      expect(refused.error.message).toContain('held as processor for Bottega Rossi Srl');
      expect(refused.error.message).toContain('processor holding reply (processor-holding-reply)');
      const italian = renderText('it', refused.error.detail as Message);
      expect(italian).toContain(`Una lettera di tipo ${kind} spetta al titolare`);
      expect(italian).toContain('art. 28, par. 3, lett. e), GDPR');
      expect(italian).toContain('processor-holding-reply');
    }
    const own = await app.dispatch('documents.preview', { caseType: 'request', caseId: controllerRequest, kind: 'acknowledgement', language: 'it' });
    expect(own.ok).toBe(true);
  });

  it('tells the person who the controller is and that the request was passed on, in English and in Italian (Lei)', async () => {
    const en = await call(app, 'documents.preview', { caseType: 'request', caseId: processorRequest, kind: 'processor-holding-reply', language: 'en' });
    expect(en.missing).toEqual([]);
    expect(en.fields['recipient.name']).toBe('Paola Neri');
    const text = bodyText(en);
    // Nothing forwarded yet: the subject and the body promise the forwarding, they do not report it.
    expect(text).toContain('Your request of 7 April 2026: Bottega Rossi Srl is the controller');
    expect(text).toMatch(/We will forward your request to Bottega Rossi Srl by \d{1,2} April 2026, and we will assist the controller in answering you \(Article 28\(3\)\(e\) GDPR\)/);
    expect(text).not.toContain('passed on');
    expect(text).toContain('Bottega Rossi Srl is therefore the controller, responsible for answering your request (Articles 4(7) and 12 of Regulation (EU) 2016/679, the “GDPR”)');
    expect(text).toContain('You may also write to it directly: Ufficio privacy');
    const it = await call(app, 'documents.preview', { caseType: 'request', caseId: processorRequest, kind: 'processor-holding-reply', language: 'it' });
    expect(bodyText(it)).toContain('è quindi il titolare del trattamento, tenuto a dare riscontro alla Sua richiesta');
    if (SHOTS) writeFileSync(join(SHOTS, 'processor-holding-reply-it.pdf'), Buffer.from(it.pdfBase64 ?? '', 'base64'));
    const itPdf = pdfText(it);
    expect(itPdf).toMatch(/Inoltreremo la Sua richiesta a Bottega Rossi Srl entro il \d{1,2} aprile 2026 e assisteremo il titolare nel dare riscontro/);
    for (const wrong of ['Abbiamo inoltrato', 'lo assisteremo', 'inoltrata a Bottega']) expect(itPdf).not.toContain(wrong);
    // Once the forwarding is recorded, and only then, the letter says it was done, and when.
    await call(app, 'requests.processorStep', { id: processorRequest, forwardedOn: '2026-04-09' });
    const after = pdfText(await call(app, 'documents.preview', { caseType: 'request', caseId: processorRequest, kind: 'processor-holding-reply', language: 'it' }));
    expect(after).toContain('Abbiamo inoltrato la Sua richiesta a Bottega Rossi Srl il 9 aprile 2026 e assisteremo il titolare nel dare riscontro');
    expect(after).not.toContain('Inoltreremo');
    // The contract's forwarding date (5 calendar days) is the letter's deadline: dated later, it warns.
    expect(en.date).toBe('2026-04-10');
  });

  it.each([
    { regime: 'gdpr' as const, en: 'Bottega Rossi Srl must answer you within the time the law allows (one month, Article 12(3) GDPR).', it: 'Bottega Rossi Srl dovrà darLe riscontro entro il termine previsto dalla legge (un mese, art. 12, par. 3, GDPR).' },
    { regime: 'uk-gdpr' as const, en: 'Bottega Rossi Srl must answer you within the time the law allows (one month, Article 12(3) and Article 12A UK GDPR).', it: 'Bottega Rossi Srl dovrà darLe riscontro entro il termine previsto dalla legge (un mese, artt. 12, par. 3, e 12A UK GDPR).' },
  ])('names the controller who owes the answer and the period the law allows it, per regime ($regime; review 5, E16)', async ({ regime, en, it }) => {
    const request = { regime, types: ['access' as const], channel: 'email' as const, receivedAt: '2026-04-07T09:00:00+02:00', subjectName: 'Elio Verdi', subjectEmail: 'elio.verdi@example.it', processor: { clientId } };
    const id = (await call(app, 'requests.create', { request })).id;
    const preview = (language: 'en' | 'it') => call(app, 'documents.preview', { caseType: 'request', caseId: id, kind: 'processor-holding-reply', language });
    const enText = pdfText(await preview('en'));
    expect(enText).toContain(en);
    expect(enText).not.toContain('runs for the controller');
    const itText = pdfText(await preview('it'));
    expect(itText).toContain(it);
    expect(itText).not.toContain('decorre per il titolare');
  });

  it('never promises a forwarding day already past, nor reports a forwarding recorded after the letter’s date (review 4)', async () => {
    const request = { regime: 'gdpr' as const, types: ['erasure' as const], channel: 'email' as const, receivedAt: '2026-04-07T09:00:00+02:00', subjectName: 'Anna Blu', subjectEmail: 'anna.blu@example.it', processor: { clientId } };
    const id = (await call(app, 'requests.create', { request })).id;
    const preview = (language: 'en' | 'it', date: string) => call(app, 'documents.preview', { caseType: 'request', caseId: id, kind: 'processor-holding-reply', language, date });
    // Dated after the day agreed for forwarding, with none recorded: no "by" that day.
    const lateEn = pdfText(await preview('en', '2026-04-20'));
    expect(lateEn).toContain('We will forward your request to Bottega Rossi Srl without undue delay');
    expect(lateEn).not.toMatch(/forward your request to Bottega Rossi Srl by/);
    const lateIt = pdfText(await preview('it', '2026-04-20'));
    expect(lateIt).not.toMatch(/Inoltreremo la Sua richiesta a Bottega Rossi Srl entro il/);
    // A forwarding recorded on the 9th is not reported by a letter dated the 8th.
    await call(app, 'requests.processorStep', { id, forwardedOn: '2026-04-09' });
    const before = pdfText(await preview('it', '2026-04-08'));
    expect(before).toMatch(/Inoltreremo la Sua richiesta a Bottega Rossi Srl entro il \d{1,2} aprile 2026/);
    expect(before).not.toContain('Abbiamo inoltrato');
    expect(pdfText(await preview('it', '2026-04-09'))).toContain('Abbiamo inoltrato la Sua richiesta a Bottega Rossi Srl il 9 aprile 2026');
  });

  it('addresses the forwarding notice to the client with what was received, what we hold and what we need, refusing it until those are given', async () => {
    const empty = await call(app, 'documents.preview', { caseType: 'request', caseId: processorRequest, kind: 'client-forwarding-notice', language: 'en' });
    expect(empty.missing.map((m) => m.key).sort()).toEqual(['forward.held', 'forward.needed']);
    expect(empty.pdfBase64).toBeNull();
    const inputs = { 'forward.held': ['Contact record (name, e-mail, company)', 'Campaign interactions since 2025'], 'forward.needed': 'Please confirm whether we should export the data for you or send it to the person.' };
    const en = await call(app, 'documents.preview', { caseType: 'request', caseId: processorRequest, kind: 'client-forwarding-notice', language: 'en', inputs });
    expect(en.missing).toEqual([]);
    expect(en.fields['recipient.name']).toBe('Bottega Rossi Srl');
    const text = bodyText(en);
    expect(text).toContain('Received by us on 7 April 2026 from Paola Neri, our reference');
    expect(text).toContain('ends on 7 May 2026');
    expect(text).toContain('The request concerns: access to the data subject’s personal data.');
    expect(text).not.toContain('your personal data');
    const file = join(app.tmp.dir, 'forwarding.pdf');
    writeFileSync(file, Buffer.from(en.pdfBase64 ?? '', 'base64'));
    if (SHOTS) writeFileSync(join(SHOTS, 'client-forwarding-notice-en.pdf'), Buffer.from(en.pdfBase64 ?? '', 'base64'));
    const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const words of ['Bottega Rossi Srl', 'privacy@bottegarossi.example', 'Campaign interactions since 2025', 'What we need from you', 'Article 28(3)(e) GDPR']) expect(pdf).toContain(words);
    const it = await call(app, 'documents.preview', { caseType: 'request', caseId: processorRequest, kind: 'client-forwarding-notice', language: 'it', inputs });
    const itText = bodyText(it);
    // To a company: "Spettabile", "Vi … per Vostro conto", the client named as controller, the request in the third person.
    if (SHOTS) writeFileSync(join(SHOTS, 'client-forwarding-notice-it.pdf'), Buffer.from(it.pdfBase64 ?? '', 'base64'));
    const itPdf = pdfText(it);
    expect(itPdf).toContain('Spettabile Bottega Rossi Srl,');
    expect(itText).toContain('Vi inoltriamo la richiesta di un interessato relativa a dati personali che trattiamo per Vostro conto. Bottega Rossi Srl è titolare del trattamento');
    expect(itText).toContain('Oggetto della richiesta: «accesso ai dati personali dell’interessato»');
    expect(itText).toContain('Che cosa trattiamo per Vostro conto su questa persona');
    expect(itPdf).not.toMatch(/\b(Gentile|Suo|Sua|Suoi|Sue|Le inoltriamo|La preghiamo)\b/);
    // No holding reply is recorded as sent: the notice claims no message to the person (lawyer's second review, B18), and writes ’ throughout (C19).
    expect(text).toContain('We have not answered the person on the merits of the request.');
    expect(itText).toContain('All’interessato non abbiamo dato alcun riscontro nel merito.');
    expect(itText).not.toContain('inoltrata al titolare');
    expect(itText).not.toMatch(/\p{L}'\p{L}/u);
    // In "Voi" throughout, and the DPO's text under "Che cosa ci serve" opens its sentence with a capital (review 5, E22).
    const needs = pdfText(await call(app, 'documents.preview', { caseType: 'request', caseId: processorRequest, kind: 'client-forwarding-notice', language: 'it', inputs: { ...inputs, 'forward.needed': 'le Vostre istruzioni: se rispondere Voi o noi.' } })).replace(/\s+/g, ' ');
    expect(needs).toContain('Che cosa ci serve Le Vostre istruzioni: se rispondere Voi o noi.');
    expect(needs).toContain('Vi assisteremo con misure tecniche e organizzative adeguate nel dare riscontro alla richiesta');
    expect(needs).not.toContain('Assisteremo il titolare');

    // Once the holding reply is recorded as sent, the notice says what it told the person, and when.
    const holding = await call(app, 'documents.finalise', { caseType: 'request', caseId: processorRequest, kind: 'processor-holding-reply', language: 'it', confirmLanguage: true });
    await call(app, 'documents.sent', { documentId: holding.id, sentOn: '2026-04-10', channel: 'email', recipient: 'Paola Neri' });
    const told = bodyText(await call(app, 'documents.preview', { caseType: 'request', caseId: processorRequest, kind: 'client-forwarding-notice', language: 'it', inputs, date: '2026-04-10' }));
    expect(told).toContain('All’interessato abbiamo soltanto comunicato, il 10 aprile 2026, che il titolare del trattamento è Bottega Rossi Srl e che gli inoltreremo la richiesta, senza dare riscontro nel merito.');
    expect(told).not.toContain('non abbiamo dato alcun riscontro');
    // Dated on the day of the forwarding (the default), the notice cannot tell of the holding reply sent the day after.
    const onTheDay = bodyText(await call(app, 'documents.preview', { caseType: 'request', caseId: processorRequest, kind: 'client-forwarding-notice', language: 'it', inputs }));
    expect(onTheDay).toContain('All’interessato non abbiamo dato alcun riscontro nel merito.');
  });

  it('never contradicts the recorded forwarding (B32): dated on that day by default, a later notice confirms it, an earlier one is refused', async () => {
    const inputs = { 'forward.held': ['Contact record'], 'forward.needed': 'Your instructions.' };
    const preview = (language: 'en' | 'it', date?: string) => call(app, 'documents.preview', { caseType: 'request', caseId: processorRequest, kind: 'client-forwarding-notice', language, inputs, ...(date ? { date } : {}) });
    // Recorded as forwarded on 9 April (earlier test); today is the 10th.
    const byDefault = await preview('en');
    expect(byDefault.date).toBe('2026-04-09');
    expect(bodyText(byDefault)).toContain('we forward to you a request from a data subject');
    expect(byDefault.warnings.map((w) => w.code)).not.toContain('forwarded-earlier');

    const later = await preview('it', '2026-04-10');
    if (SHOTS) writeFileSync(join(SHOTS, 'client-forwarding-notice-confirming-it.pdf'), Buffer.from(later.pdfBase64 ?? '', 'base64'));
    const laterText = bodyText(later);
    expect(laterText).toContain('Come anticipato il 9 aprile 2026, in qualità di responsabile del trattamento');
    expect(laterText).toContain('Vi abbiamo inoltrato la richiesta di un interessato');
    expect(laterText).not.toContain('Vi inoltriamo');
    const warning = later.warnings.find((w) => w.code === 'forwarded-earlier');
    expect(warning?.message.it).toContain('La richiesta risulta inoltrata a Bottega Rossi Srl il gio 9 apr 2026');
    expect(warning?.message.en).toContain('recorded as forwarded to Bottega Rossi Srl on Thu 9 Apr 2026');
    const laterEnPreview = await preview('en', '2026-04-10');
    if (SHOTS) writeFileSync(join(SHOTS, 'client-forwarding-notice-confirming-en.pdf'), Buffer.from(laterEnPreview.pdfBase64 ?? '', 'base64'));
    const laterEn = bodyText(laterEnPreview);
    expect(laterEn).toContain('on 9 April 2026 we forwarded to you a request from a data subject');
    expect(laterEn).toContain('this notice confirms that forwarding in writing');

    const before = await app.dispatch('documents.preview', { caseType: 'request', caseId: processorRequest, kind: 'client-forwarding-notice', language: 'en', inputs, date: '2026-04-08' });
    expect(before.ok).toBe(false);
    if (before.ok) return;
    expect(before.error.code).toBe('VALIDATION');
    expect(before.error.message).toContain('the day the request is recorded as forwarded to the client');
  });
});
