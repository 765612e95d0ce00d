import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { DocumentKindInfo, LetterInputs, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { Message } from '../../electron/shared/pure/i18n/message';
import type { RequestOutcome, RequestType } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * The answer to a portability request (Art. 20 GDPR and UK GDPR; review 7, G1): the data the
 * person provided, processed by automated means on consent or contract, in the format the DPO
 * names, "a structured, commonly used and machine-readable format" (Art. 20(1)); the direct
 * transmission to another controller done, offered, or not feasible with the reason (Art.
 * 20(2)); the complaint and the court. A request for access and portability is answered by the
 * access response, whose subject and opening name both rights and whose section answers the
 * portability; the portability letter alone is then refused, naming it. The letter follows the
 * recorded outcome as the other confirmations do. EN and IT, read from the PDF.
 */
const NOW = new Date('2026-08-20T10:00:00Z');

const ACCESS: LetterInputs = {
  'access.purposes': ['Providing the service under your contract'],
  'access.categories': ['Identity and contact data'],
  'access.recipients': ['Our hosting provider'],
  'access.transfers': 'None.',
  'access.retention': 'The contract plus 3 years.',
  'access.source': 'You gave us the data when you signed up.',
  'access.automatedDecisions': 'None.',
  'access.enclosures': ['export.json'],
};
const PORTABILITY: LetterInputs = { 'portability.data': ['Account profile', 'Order history'], 'portability.format': 'CSV' };

describe('the portability letters', () => {
  const { call, refused, tmp } = letterVault(NOW, NOVENTIA);

  async function request(regime: 'gdpr' | 'uk-gdpr', types: RequestType[], outcome: RequestOutcome | null = null): Promise<string> {
    const base = { regime, types, receivedAt: '2026-07-20T10:00:00+02:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: base });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' }, at: '2026-07-21T10:00:00+02:00' } });
    if (outcome === null) return reference;
    const ground = outcome === 'refused' ? { refusalGround: 'manifestly-excessive' } : {};
    await call('requests.transition', { id, transition: { to: 'responded', outcome, ...ground, reason: 'Answered.', at: '2026-08-02T12:00:00+02:00' } });
    return reference;
  }

  async function letter(reference: string, kind: RequestLetterKind, language: LetterLanguage, inputs: LetterInputs): Promise<{ missing: string[]; text: string }> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language, date: '2026-08-20', inputs });
    const text = preview.pdfBase64 ? pdfText(Buffer.from(preview.pdfBase64, 'base64'), tmp.dir).replace(/\s+/g, ' ') : '';
    return { missing: preview.missing.map((m) => m.key), text };
  }

  async function kinds(reference: string): Promise<string[]> {
    return (await call<DocumentKindInfo[]>('documents.kinds', { caseType: 'request', caseId: reference })).map((k) => k.kind);
  }

  it('access and portability: the access response names both rights and answers the portability in its own section (EN/IT)', async () => {
    const reference = await request('gdpr', ['access', 'portability']);
    expect(await kinds(reference)).toContain('access-response');
    expect(await kinds(reference)).not.toContain('portability-response');
    expect((await letter(reference, 'access-response', 'en', ACCESS)).missing).toEqual(['portability.data', 'portability.format']);
    const en = await letter(reference, 'access-response', 'en', { ...ACCESS, ...PORTABILITY });
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('Your request of 20 July 2026: access to your personal data and its portability');
    expect(en.text).toContain('for access to your personal data under Article 15 of Regulation (EU) 2016/679 (“GDPR”) and for its portability under Article 20.');
    expect(en.text).toContain('10. Your data in a portable form (Article 20)');
    expect(en.text).toContain('That right covers the personal data you have provided to us which we process by automated means on the basis of your consent or of a contract with you (Article 20(1) GDPR); for you, that is the following data: Account profile Order history');
    expect(en.text).toContain('We enclose it in CSV, a structured, commonly used and machine-readable format (Article 20(1)).');
    // Offered unless the DPO says otherwise: always true, "where technically feasible".
    expect(en.text).toContain('If you wish, we will transmit the data directly to another controller you name, where technically feasible (Article 20(2))');
    expect(en.text).toContain('Receiving your data in this form does not erase it');
    const it_ = await letter(reference, 'access-response', 'it', { ...ACCESS, ...PORTABILITY, 'portability.transmission': 'done', 'portability.recipient': 'Beta Energia SpA' });
    expect(it_.text).toContain('Sua richiesta del 20 luglio 2026: accesso ai Suoi dati personali e portabilità dei dati');
    expect(it_.text).toContain('di accesso ai Suoi dati personali ai sensi dell’art. 15 del Regolamento (UE) 2016/679 («GDPR») e di portabilità dei dati ai sensi dell’art. 20.');
    expect(it_.text).toContain('10. I Suoi dati in un formato portabile – art. 20');
    expect(it_.text).toContain('Glieli forniamo in allegato in CSV, un formato strutturato, di uso comune e leggibile da dispositivo automatico (art. 20, par. 1).');
    expect(it_.text).toContain('Come ci ha chiesto, abbiamo inoltre trasmesso i dati direttamente a Beta Energia SpA (art. 20, par. 2).');
    expect(it_.text).not.toContain('Se lo desidera, trasmetteremo');
    const error = await refused('documents.preview', { caseType: 'request', caseId: reference, kind: 'portability-response', language: 'en', inputs: PORTABILITY });
    expect(renderText('en', error.detail as Message)).toContain(`No portability response for request ${reference}: it asks for access too, and one letter answers both rights: the access response (access-response, or access-partial when met in part)`);
    expect(renderText('it', error.detail as Message)).toContain('una sola lettera risponde a entrambi i diritti');
  });

  it('access alone: no portability section, the subject unchanged', async () => {
    const reference = await request('gdpr', ['access']);
    const en = await letter(reference, 'access-response', 'en', ACCESS);
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('Your request of 20 July 2026: access to your personal data');
    expect(en.text).not.toMatch(/portab|Article 20/);
    expect(await kinds(reference)).not.toContain('portability-response');
  });

  it('access and portability met in part: the partial access response carries the portability section as 11 (EN/IT)', async () => {
    const reference = await request('uk-gdpr', ['access', 'portability'], 'partially-fulfilled');
    const withheld = { 'access.withheld': ['E-mails naming other customers'], 'access.withheldReasons': 'They would disclose other people’s data.' };
    const en = await letter(reference, 'access-partial', 'en', { ...ACCESS, ...withheld, ...PORTABILITY });
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('access to your personal data, in part, and its portability');
    expect(en.text).toContain('11. Your data in a portable form (Article 20)');
    expect(en.text).toContain('(Article 20(1) UK GDPR)');
    const it_ = await letter(reference, 'access-partial', 'it', { ...ACCESS, ...withheld, ...PORTABILITY });
    expect(it_.text).toContain('accesso parziale ai Suoi dati personali e portabilità dei dati');
    expect(it_.text).toContain('e al punto 11 il nostro riscontro sulla portabilità');
  });

  it('portability alone, UK GDPR: its own letter, the format required, transmission not feasible with the reason, complaint and court (EN/IT)', async () => {
    const reference = await request('uk-gdpr', ['portability']);
    expect(await kinds(reference)).toContain('portability-response');
    // The enclosed copy is listed by the letter itself (H3 (c)): typed enclosures are optional.
    expect((await letter(reference, 'portability-response', 'en', {})).missing).toEqual(['portability.data', 'portability.format']);
    const inputs = { ...PORTABILITY, 'access.enclosures': ['profile.csv', 'orders.csv'], 'portability.transmission': 'not-feasible', 'portability.notFeasibleReason': 'the other provider offers no interface to receive data from us' };
    const en = await letter(reference, 'portability-response', 'en', inputs);
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('Your request of 20 July 2026: portability of your personal data');
    expect(en.text).toContain('to receive your personal data in a portable form under Article 20 UK GDPR. That right covers the personal data you have provided to us which we process by automated means on the basis of your consent or of a contract with you (Article 20(1))');
    expect(en.text).toContain('We enclose it in CSV, a structured, commonly used and machine-readable format (Article 20(1)).');
    expect(en.text).toContain('That is not technically feasible for us: the other provider offers no interface to receive data from us. You may pass the enclosed data on to that controller yourself (Article 20(1)).');
    expect(en.text).toContain('Information Commissioner');
    expect(en.text).toContain('(Article 79 UK GDPR and section 167 of the Data Protection Act 2018)');
    const it_ = await letter(reference, 'portability-response', 'it', { ...inputs, 'portability.notFeasibleReason': 'l’altro fornitore non dispone di un sistema per ricevere i dati' });
    expect(it_.text).toContain('Sua richiesta del 20 luglio 2026: portabilità dei Suoi dati personali');
    expect(it_.text).toContain('di ricevere i Suoi dati personali in un formato portabile ai sensi dell’art. 20 UK GDPR');
    expect(it_.text).toContain('Ciò non è tecnicamente fattibile per noi: l’altro fornitore non dispone di un sistema per ricevere i dati.');
    expect(it_.text).toContain('(art. 79 UK GDPR e sezione 167 del Data Protection Act 2018)');
  });

  it('the reason transmission is not feasible, typed with a capital, continues the sentence after the colon; a name keeps its capital (tenth review, K28; EN/IT)', async () => {
    const reference = await request('gdpr', ['portability']);
    const inputs = { ...PORTABILITY, 'access.enclosures': ['profile.csv'], 'portability.transmission': 'not-feasible' };
    const en = await letter(reference, 'portability-response', 'en', { ...inputs, 'portability.notFeasibleReason': 'The other controller offers no import interface.' });
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('That is not technically feasible for us: the other controller offers no import interface. You may pass the enclosed data on');
    expect(en.text).not.toContain('for us: The other');
    const named = await letter(reference, 'portability-response', 'en', { ...inputs, 'portability.notFeasibleReason': 'Mailchimp offers no import interface.' });
    expect(named.text).toContain('That is not technically feasible for us: Mailchimp offers no import interface.');
    const it_ = await letter(reference, 'portability-response', 'it', { ...inputs, 'portability.notFeasibleReason': 'L’altro titolare non offre alcuna interfaccia di importazione.' });
    expect(it_.text).toContain('Ciò non è tecnicamente fattibile per noi: l’altro titolare non offre alcuna interfaccia di importazione.');
    expect(it_.text).not.toMatch(/per noi: L’altro/);
  });

  it('portability alone, GDPR, partly fulfilled: what was left out and why are required and printed (EN/IT)', async () => {
    const reference = await request('gdpr', ['portability'], 'partially-fulfilled');
    const base = { ...PORTABILITY, 'access.enclosures': ['profile.csv'] };
    expect((await letter(reference, 'portability-response', 'en', base)).missing).toEqual(['partial.withheld', 'partial.reasons']);
    const en = await letter(reference, 'portability-response', 'en', { ...base, 'partial.withheld': 'Our risk score', 'partial.reasons': 'we derived it ourselves: you did not provide it to us' });
    expect(en.text).toContain('We have not included our risk score, because we derived it ourselves: you did not provide it to us.');
    expect(en.text).toContain('If you do not agree with our decision on the part of the request we have not carried out, you have the right to lodge a complaint');
    expect(en.text).toContain('(Article 79 GDPR)');
    const it_ = await letter(reference, 'portability-response', 'it', { ...base, 'partial.withheld': 'Il punteggio di rischio', 'partial.reasons': 'lo abbiamo elaborato noi: non ci è stato fornito da Lei' });
    expect(it_.text).toContain('Non abbiamo invece incluso il punteggio di rischio, perché lo abbiamo elaborato noi');
  });

  it('direct transmission only: no enclosure required or stated, the letter says what went to whom and when (review 8, H13; EN/IT)', async () => {
    const reference = await request('gdpr', ['portability']);
    const done = { ...PORTABILITY, 'portability.transmission': 'done', 'portability.recipient': 'Nuvola Analytics Srl' };
    expect((await letter(reference, 'portability-response', 'en', done)).missing).toEqual(['portability.transmittedOn']);
    const en = await letter(reference, 'portability-response', 'en', { ...done, 'portability.transmittedOn': '2026-08-18' });
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('As you asked, we have transmitted your personal data directly to Nuvola Analytics Srl on 18 August 2026, in CSV, a structured, commonly used and machine-readable format (Article 20(1) and (2)). We have sent no copy to you; if you would also like one, tell us');
    expect(en.text).not.toMatch(/We enclose|Enclosures|also transmitted|enclosed data/);
    // The remedies come before the closing line, the second "also" only once (H3(b)).
    expect(en.text).toContain('You have the right to lodge a complaint');
    expect(en.text.indexOf('(Article 79 GDPR)')).toBeLessThan(en.text.indexOf('If you have any questions about this letter'));
    const it_ = await letter(reference, 'portability-response', 'it', { ...done, 'portability.transmittedOn': '2026-08-18' });
    expect(it_.text).toContain('Come ci ha chiesto, abbiamo trasmesso i Suoi dati personali direttamente a Nuvola Analytics Srl il 18 agosto 2026, in CSV, un formato strutturato, di uso comune e leggibile da dispositivo automatico (art. 20, parr. 1 e 2). Non Le abbiamo inviato una copia; se desidera riceverne anche una, ce lo indichi');
    expect(it_.text).not.toMatch(/in allegato|Allegati|inoltre trasmesso/);
    // With a copy enclosed too, the letter says both, as before.
    const both = await letter(reference, 'portability-response', 'en', { ...done, 'access.enclosures': ['profile.csv'] });
    expect(both.missing).toEqual([]);
    expect(both.text).toContain('We enclose it in CSV');
    expect(both.text).toContain('As you asked, we have also transmitted the data directly to Nuvola Analytics Srl (Article 20(2)).');
    expect(both.text).toContain('Enclosures Your personal data in CSV profile.csv');
  });

  it('the outcome check: refused or no data held, the portability letter is refused, naming the letter that fits (EN/IT)', async () => {
    for (const [outcome, fits] of [['refused', 'refusal'], ['no-data-held', 'no-data-held']] as const) {
      const reference = await request('gdpr', ['portability'], outcome);
      expect(await kinds(reference)).not.toContain('portability-response');
      const error = await refused('documents.preview', { caseType: 'request', caseId: reference, kind: 'portability-response', language: 'en', inputs: PORTABILITY });
      expect(renderText('en', error.detail as Message)).toContain(`No portability-response letter for request ${reference}`);
      expect(renderText('en', error.detail as Message)).toContain(`(${fits})`);
      expect(renderText('it', error.detail as Message)).toContain(`Nessuna lettera di tipo portability-response per la richiesta ${reference}`);
    }
  });
});
