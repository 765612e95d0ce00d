import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { LetterPreview } from '../../electron/shared/document-contract';
import type { Message } from '../../electron/shared/pure/i18n/message';
import type { NewRequest, RequestType } from '../../electron/shared/requests';
import { letterVault, pdfText } from '../support/letter-vault';

/**
 * An objection to direct marketing stops the marketing at once (Art. 21(3) GDPR) and consent
 * is withdrawn as easily as it was given (Art. 7(3)): neither request is ever extended, and no
 * extension notice is written for it ("Le risponderemo quindi al più tardi entro…" was wrong);
 * the opt-out confirmation is the letter to send, and it says so without any extended date.
 */
const NOW = new Date('2026-04-10T08:00:00Z');

const request = (types: RequestType[]): NewRequest => ({
  regime: 'gdpr',
  types,
  receivedAt: '2026-04-08T10:00:00+02:00',
  channel: 'email',
  subjectName: 'Giulia Bianchi',
  subjectEmail: 'giulia@example.it',
});

describe('no extension for a marketing objection or a consent withdrawal', () => {
  const { app, tmp, call } = letterVault(NOW);
  const verified = { to: 'in-progress', identity: { method: 'email-confirmation', outcome: 'verified' } };

  for (const types of [['marketing-opt-out'], ['consent-withdrawal'], ['access', 'marketing-opt-out']] as RequestType[][]) {
    it(`${types.join(' + ')}: the extension is refused by the service and its letter is refused too`, async () => {
      const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: request(types) });
      await call('requests.transition', { id, transition: verified });
      const move = await app.dispatch('requests.transition', { id, transition: { to: 'extended', reason: 'Several systems' } });
      expect(move.ok).toBe(false);
      if (move.ok) return;
      expect(move.error.code).toBe('ILLEGAL_TRANSITION');
      expect(move.error.message).toContain('cannot be extended: it includes an objection to direct marketing or a withdrawal of consent');
      expect(move.error.message).toContain('Art. 21(3) and Art. 7(3) GDPR');
      expect(renderText('it', move.error.detail as Message)).toContain('non può essere prorogata: comprende un’opposizione al marketing diretto o una revoca del consenso');
      const detail = await call<{ status: string }>('requests.get', { id });
      expect(detail.status).toBe('in-progress');

      const kinds = (await call<{ kind: string }[]>('documents.kinds', { caseType: 'request', caseId: id })).map((k) => k.kind);
      expect(kinds).not.toContain('extension-notice');
      const letter = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'extension-notice', language: 'it' });
      expect(letter.ok).toBe(false);
      if (letter.ok) return;
      expect(letter.error.code).toBe('VALIDATION');
      expect(letter.error.message).toContain(`No extension notice for request ${reference}`);
      const italian = renderText('it', letter.error.detail as Message);
      expect(italian).toContain('all’opposizione al marketing diretto va dato seguito subito (art. 21, par. 3, GDPR)');
      expect(italian).toContain('conferma di opposizione (opt-out-confirmation)');
    });
  }

  it('the opt-out confirmation is written instead, with no extended date', async () => {
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: request(['marketing-opt-out']) });
    await call('requests.transition', { id, transition: verified });
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'opt-out-confirmation', language: 'it', inputs: { 'action.date': '2026-04-09' } });
    expect(preview.missing).toEqual([]);
    const text = pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir);
    expect(text).toContain('marketing diretto');
    expect(text).not.toMatch(/prorog|al più tardi entro/);
  });

  it('a withdrawal of consent has its own confirmation (B28): stopped on a date, not retroactive, and what goes on on another basis', async () => {
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: request(['consent-withdrawal']) });
    const kinds = (await call<{ kind: string }[]>('documents.kinds', { caseType: 'request', caseId: id })).map((k) => k.kind);
    expect(kinds).toContain('withdrawal-confirmation');
    expect(kinds).not.toContain('opt-out-confirmation');
    // The opt-out confirmation refused, naming the letter to send instead, EN and IT.
    for (const [language, words] of [
      ['en', 'Send the confirmation of withdrawal of consent (withdrawal-confirmation) instead'],
      ['it', 'Invia invece la conferma della revoca del consenso (withdrawal-confirmation)'],
    ] as const) {
      const optOut = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'opt-out-confirmation', language, inputs: { 'action.date': '2026-04-08' } });
      expect(optOut.ok).toBe(false);
      if (!optOut.ok) expect(renderText(language, optOut.error.detail as Message)).toContain(words);
    }
    // And the other way round: a marketing objection is pointed to the opt-out confirmation.
    const marketing = await call<{ reference: string }>('requests.create', { request: request(['marketing-opt-out']) });
    const withdrawal = await app.dispatch('documents.preview', { caseType: 'request', caseId: marketing.reference, kind: 'withdrawal-confirmation', language: 'it', inputs: { 'action.date': '2026-04-08' } });
    expect(withdrawal.ok).toBe(false);
    if (!withdrawal.ok) expect(renderText('it', withdrawal.error.detail as Message)).toContain('Invia invece la conferma di opposizione (opt-out-confirmation)');
    const inputs = { 'action.date': '2026-04-08', 'action.otherBasis': 'the invoices of your subscription, which the law requires us to keep (Article 6(1)(c)).' };
    const text = async (language: 'en' | 'it', given: Record<string, string>) => {
      const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'withdrawal-confirmation', language, inputs: given });
      expect(preview.missing).toEqual([]);
      return pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\s+/g, ' ');
    };
    const en = await text('en', inputs);
    expect(en).toContain('We confirm that since 8 April 2026 we no longer process your personal data for the purposes for which you had given it.');
    // The Regulation defined outside a bracket, as in the other letters (tenth review, K24).
    expect(en).toContain('As Article 7(3) of Regulation (EU) 2016/679 (“GDPR”) provides, the withdrawal does not affect the lawfulness of processing based on consent before its withdrawal.');
    expect(en).toContain('We continue to process only the following, on the basis stated: the invoices of your subscription');
    const it_ = await text('it', { ...inputs, 'action.otherBasis': 'le fatture del Suo abbonamento, che la legge ci impone di conservare (art. 6, par. 1, lett. c)).' });
    expect(it_).toContain('Le confermiamo che dall’8 aprile 2026 non trattiamo più i Suoi dati personali per le finalità per le quali lo aveva prestato.');
    expect(it_).toContain('Come previsto dall’art. 7, par. 3, del Regolamento (UE) 2016/679 («GDPR»), la revoca non pregiudica la liceità del trattamento basata sul consenso prima della revoca.');
    expect(it_).toContain('Proseguiamo soltanto i seguenti trattamenti, sulla base indicata: le fatture del Suo abbonamento');
    // The DPO repeating the lead-in's verb: it is said once (C41).
    const repeated = await text('en', { ...inputs, 'action.otherBasis': 'We continue to keep the invoices of your subscription, which the law requires us to keep (Article 6(1)(c)).' });
    expect(repeated).toContain('We continue to process only the following, on the basis stated: the invoices of your subscription');
    expect(repeated.match(/continue to/gi)).toHaveLength(1);
    const ripetuto = await text('it', { ...inputs, 'action.otherBasis': 'Continuiamo a conservare le fatture del Suo abbonamento, che la legge ci impone di conservare (art. 6, par. 1, lett. c)).' });
    expect(ripetuto).toContain('Proseguiamo soltanto i seguenti trattamenti, sulla base indicata: le fatture del Suo abbonamento');
    expect(ripetuto).not.toMatch(/continuiamo/i);
    // Nothing recorded on another basis: no sentence about it.
    expect(await text('it', { 'action.date': '2026-04-08' })).not.toContain('altra base giuridica');
    // The action date is held to the facts, as for every confirmation.
    const early = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'withdrawal-confirmation', language: 'it', inputs: { 'action.date': '2026-04-01' } });
    expect(early.ok).toBe(false);
  });

  it('warns before finalising when the marketing or the consent-based processing stopped days after the request arrived (Arts 21(3), 7(3); B33)', async () => {
    for (const [type, kind, rule] of [
      ['marketing-opt-out', 'opt-out-confirmation', 'l’opposizione al marketing diretto (art. 21, par. 3, GDPR)'],
      ['consent-withdrawal', 'withdrawal-confirmation', 'la revoca del consenso (art. 7, par. 3, GDPR)'],
    ] as const) {
      const { reference } = await call<{ reference: string }>('requests.create', { request: { ...request([type]), receivedAt: '2026-04-01T10:00:00+02:00' } });
      const warned = async (actionDate: string) =>
        (await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language: 'it', inputs: { 'action.date': actionDate } })).warnings.filter((w) => w.code === 'action-delayed');
      const [late] = await warned('2026-04-09');
      expect(late?.message.it).toContain('Il trattamento risulta interrotto il gio 9 apr 2026, 8 giorni dopo l’arrivo della richiesta (mer 1 apr 2026)');
      expect(late?.message.it).toContain(`${rule} impone di interromperlo non appena la richiesta arriva`);
      expect(late?.message.en).toContain('8 days after the request arrived on Wed 1 Apr 2026');
      // Over a weekend is still "at once": no warning.
      expect(await warned('2026-04-03')).toEqual([]);
    }
  });

  it('the confirmation of a withdrawal names, from the register, the purposes that go on on another legal basis', async () => {
    await call('registers.saveActivity', {
      activity: {
        name: 'Newsletter and customer accounts',
        systems: ['CRM'],
        purposes: [
          { purpose: 'Newsletter', legalBasis: 'consent' },
          { purpose: 'Invoicing', legalBasis: 'legal-obligation' },
        ],
      },
    });
    const { reference } = await call<{ reference: string }>('requests.create', { request: { ...request(['consent-withdrawal']), systems: ['CRM'] } });
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'withdrawal-confirmation', language: 'it', inputs: { 'action.date': '2026-04-08' } });
    const text = pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\s+/g, ' ');
    expect(text).toContain('Proseguiamo soltanto i seguenti trattamenti, sulla base indicata: Invoicing — obbligo legale (art. 6, par. 1, lett. c).');
    expect(text).not.toContain('Newsletter —');
  });

  it('an access request alone is still extended', async () => {
    const { id } = await call<{ id: string }>('requests.create', { request: request(['access']) });
    await call('requests.transition', { id, transition: verified });
    await call('requests.transition', { id, transition: { to: 'extended', reason: 'Several systems' } });
    expect((await call<{ status: string }>('requests.get', { id })).status).toBe('extended');
  });
});

/**
 * The same two requests are due on the day they arrive and have no identity step: stopping
 * marketing or ending a consent discloses nothing, so Art. 12(6) gives no ground to ask for an
 * ID, and "identity not verified" is no ground to go on marketing to someone who objected.
 * The acknowledgement says the processing stops, with no month and no identity sentence.
 */
describe('a marketing objection or a consent withdrawal: due at once, no identity step', () => {
  const { app, tmp, call } = letterVault(NOW);

  const ack = async (reference: string, language: 'en' | 'it') => {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'acknowledgement', language });
    expect(preview.missing).toEqual([]);
    return pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\s+/g, ' ');
  };

  for (const types of [['marketing-opt-out'], ['consent-withdrawal'], ['access', 'marketing-opt-out']] as RequestType[][]) {
    it(`${types.join(' + ')}: due on the day of receipt; asking for identity and refusing for want of it are refused, as are their letters`, async () => {
      const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: request(types) });
      const detail = await call<{ deadlines: { due: string | null; extendedDue: string | null } }>('requests.get', { id });
      expect(detail.deadlines.due).toBe('2026-04-08');

      const ask = await app.dispatch('requests.transition', { id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'E-mail not linked to an account' } });
      expect(ask.ok).toBe(false);
      if (ask.ok) return;
      expect(ask.error.message).toContain('No identity check for this request');
      expect(renderText('it', ask.error.detail as Message)).toContain('non vi sono ragionevoli dubbi da chiarire (art. 12, par. 6, GDPR)');

      const refuse = await app.dispatch('requests.transition', { id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'identity-not-verified', reason: 'No answer' } });
      expect(refuse.ok).toBe(false);
      if (refuse.ok) return;
      expect(refuse.error.message).toContain('cannot be refused because identity was not verified');
      expect((await call<{ status: string }>('requests.get', { id })).status).toBe('received');

      const kinds = (await call<{ kind: string }[]>('documents.kinds', { caseType: 'request', caseId: id })).map((k) => k.kind);
      expect(kinds).not.toContain('identity-verification');
      const letter = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'identity-verification', language: 'it' });
      expect(letter.ok).toBe(false);
      if (letter.ok) return;
      expect(letter.error.message).toContain(`No identity-verification letter for request ${reference}`);
      expect(renderText('it', letter.error.detail as Message)).toContain('senza verifica dell’identità');
    });
  }

  it('under the UK GDPR, every refusal of an identity step or an extension cites the UK GDPR, never the GDPR (review 7, G9)', async () => {
    const uk = { ...request(['marketing-opt-out']), regime: 'uk-gdpr' as const, receivedAt: '2026-04-08T10:00:00+01:00' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: uk });
    const letter = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'identity-verification', language: 'en' });
    const ask = await app.dispatch('requests.transition', { id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'E-mail not linked to an account' } });
    const refuse = await app.dispatch('requests.transition', { id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'identity-not-verified', reason: 'No answer' } });
    const notice = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'extension-notice', language: 'en' });
    const extend = await app.dispatch('requests.transition', { id, transition: { to: 'extended', reason: 'Several systems to search' } });
    const errors = [letter, ask, refuse, notice, extend].map((result) => (result.ok ? null : result.error));
    expect(errors.every((error) => error !== null)).toBe(true);
    expect(errors[0]?.message).toContain('(Art. 12(6), Art. 21(3) and Art. 7(3) UK GDPR)');
    expect(renderText('it', errors[0]?.detail as Message)).toContain('(artt. 12, par. 6, 21, par. 3, e 7, par. 3, UK GDPR)');
    expect(errors[1]?.message).toContain('(Art. 12(6) UK GDPR): act on it at once (Art. 21(3) and Art. 7(3) UK GDPR)');
    expect(renderText('it', errors[1]?.detail as Message)).toContain('(art. 12, par. 6, UK GDPR)');
    expect(errors[2]?.message).toContain('(Art. 12(6), Art. 21(3) and Art. 7(3) UK GDPR)');
    expect(errors[3]?.message).toContain('(Art. 21(3) UK GDPR)');
    expect(errors[4]?.message).toContain('(Art. 21(3) and Art. 7(3) UK GDPR)');
    for (const error of errors) {
      expect(error?.message).not.toMatch(/[^K] GDPR\)/);
      expect(renderText('it', error?.detail as Message)).not.toMatch(/[^K] GDPR\)/);
    }
  });

  it('the acknowledgement of a marketing objection says the marketing stops, with no month, extension or identity sentence', async () => {
    const { reference } = await call<{ reference: string }>('requests.create', { request: request(['marketing-opt-out']) });
    const italian = await ack(reference, 'it');
    expect(italian).toContain('Abbiamo disposto l’interruzione immediata del trattamento dei Suoi dati personali per finalità di marketing diretto (art. 21, par. 3,');
    expect(italian).toContain('Le confermeremo per iscritto la data da cui ha effetto');
    expect(italian).not.toMatch(/al più tardi entro|prorogat|un mese|ragionevoli dubbi|identità/);
    const english = await ack(reference, 'en');
    expect(english).toContain('We have arranged for the processing of your personal data for direct marketing purposes to stop immediately (Article 21(3)');
    expect(english).not.toMatch(/at the latest by|extended|one month|reasonable doubts|identity/);
  });

  it('the acknowledgement of a consent withdrawal says the processing on that consent stops, and what came before stays lawful', async () => {
    const { reference } = await call<{ reference: string }>('requests.create', { request: request(['consent-withdrawal']) });
    const italian = await ack(reference, 'it');
    expect(italian).toContain('Abbiamo disposto l’interruzione immediata del trattamento dei Suoi dati personali fondato sul consenso che ha revocato (art. 7, par. 3,');
    expect(italian).toContain('La revoca non pregiudica la liceità del trattamento basata sul consenso prima della revoca');
    expect(italian).not.toMatch(/al più tardi entro|prorogat|ragionevoli dubbi/);
    const english = await ack(reference, 'en');
    expect(english).toContain('based on the consent you have withdrawn to stop immediately (Article 7(3)');
    expect(english).not.toMatch(/at the latest by|extended|reasonable doubts/);
  });

  it('an access request alone still gets the month and the identity sentence', async () => {
    const { reference } = await call<{ reference: string }>('requests.create', { request: request(['access']) });
    const italian = await ack(reference, 'it');
    expect(italian).toContain('al più tardi entro');
    expect(italian).toContain('ragionevoli dubbi');
    expect(italian).not.toContain('interruzione immediata');
  });
});

describe('the request page offers no identity step and no extension for them', () => {
  const { call } = letterVault(NOW);

  it('a marketing objection alone is registered as needing no identity check; a mixed request keeps the check for its other part but offers neither step', async () => {
    const alone = await call<{ id: string }>('requests.create', { request: request(['marketing-opt-out']) });
    const aloneDetail = await call<{ identity: { outcome: string }; allowedTransitions: string[] }>('requests.get', { id: alone.id });
    expect(aloneDetail.identity.outcome).toBe('not-required');
    expect(aloneDetail.allowedTransitions).toEqual(['in-progress', 'responded', 'withdrawn']);
    const mixed = await call<{ id: string }>('requests.create', { request: request(['access', 'consent-withdrawal']) });
    const mixedDetail = await call<{ identity: { outcome: string }; allowedTransitions: string[] }>('requests.get', { id: mixed.id });
    expect(mixedDetail.identity.outcome).toBe('pending');
    expect(mixedDetail.allowedTransitions).toEqual(['in-progress', 'responded', 'withdrawn']);
  });
});
