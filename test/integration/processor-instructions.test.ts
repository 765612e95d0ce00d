import { describe, expect, it } from 'vitest';
import type { Client } from '../../electron/shared/clients';
import type { LetterPreview } from '../../electron/shared/document-contract';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * A processor writes to its client's data subjects only as the client's documented instructions
 * allow (review 7, G15; Art. 28(3)(a) and 29 GDPR and UK GDPR). The client record holds no such
 * instruction, so the holding reply carries a caution naming the agreement the register records
 * (or that none is), in the request's law, EN and IT; the letter itself is unchanged, and the
 * forwarding notice to the client carries no such caution.
 */
const CAUTION = {
  en: 'The register records no instruction from Bottega Rossi Srl allowing us, as its processor, to answer its data subjects',
  it: 'Il registro non riporta alcuna istruzione di Bottega Rossi Srl che ci consenta, in qualità di responsabile del trattamento, di rispondere ai suoi interessati',
} as const;

describe('the processor’s holding reply, under the client’s instructions (review 7, G15)', () => {
  const { tmp, call } = letterVault(new Date('2026-04-08T10:00:00+02:00'), NOVENTIA);
  const base = { types: ['access' as const], channel: 'email' as const, receivedAt: '2026-04-07T09:00:00+02:00', subjectName: 'Paola Neri', subjectEmail: 'paola.neri@example.it' };
  const preview = (caseId: string, kind: string, language: 'en' | 'it') => call<LetterPreview>('documents.preview', { caseType: 'request', caseId, kind, language });
  const caution = (p: LetterPreview, language: 'en' | 'it') => p.warnings.find((w) => w.code === 'processor-instructions')?.message[language];

  it('cautions that no instruction is recorded, naming the agreement or its absence, in the request’s law', async () => {
    const fields = { name: 'Bottega Rossi Srl', privacyContact: 'Ufficio privacy\nprivacy@bottegarossi.example', country: 'IT', requestDays: 5 };
    const client = await call<Client>('clients.save', { client: fields });
    const gdpr = await call<{ id: string }>('requests.create', { request: { ...base, regime: 'gdpr', processor: { clientId: client.id } } });

    const none = await preview(gdpr.id, 'processor-holding-reply', 'it');
    expect(caution(none, 'it')).toContain(`${CAUTION.it}: non risulta registrato alcun contratto di trattamento con questo cliente (art. 28, par. 3).`);
    expect(caution(none, 'it')).toContain('(artt. 28, par. 3, lett. a), e 29 GDPR)');
    expect(caution(none, 'en')).toContain(`${CAUTION.en}: no processing agreement with it is recorded (Art. 28(3)).`);
    expect(caution(none, 'en')).toContain('forward the request to Bottega Rossi Srl (client-forwarding-notice) without writing to the person');
    // The letter is still the holding reply: the caution is for the DPO, not the person.
    const text = pdfText(Buffer.from(none.pdfBase64 ?? '', 'base64'), tmp.dir);
    expect(text).toContain('Bottega Rossi Srl è quindi il titolare del trattamento');
    expect(text).not.toContain('istruzione');

    await call('clients.save', { id: client.id, client: { ...fields, agreementSignedOn: '2025-09-15', agreementFile: 'contratti/dpa-bottega-rossi.pdf' } });
    const signed = await preview(gdpr.id, 'processor-holding-reply', 'en');
    expect(caution(signed, 'en')).toContain(`${CAUTION.en}: the processing agreement signed on Mon 15 Sep 2025 (contratti/dpa-bottega-rossi.pdf) is recorded, but not what it allows.`);
    expect(caution(signed, 'it')).toContain(`${CAUTION.it}: è registrato il contratto di trattamento sottoscritto il lun 15 set 2025 (contratti/dpa-bottega-rossi.pdf), ma non ciò che consente.`);

    const uk = await call<{ id: string }>('requests.create', { request: { ...base, regime: 'uk-gdpr', processor: { clientId: client.id } } });
    const british = await preview(uk.id, 'processor-holding-reply', 'en');
    expect(caution(british, 'en')).toContain('(Arts 28(3)(a) and 29 UK GDPR)');

    const forwarding = await preview(gdpr.id, 'client-forwarding-notice', 'en');
    expect(forwarding.warnings.map((w) => w.code)).not.toContain('processor-instructions');
  }, 300_000);
});
