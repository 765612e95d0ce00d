import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { LetterInputs, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { Message } from '../../electron/shared/pure/i18n/message';
import type { NewRequest, RequestOutcome } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';
import { CCPA_KNOW_INPUTS } from '../support/letter-fixtures';

/**
 * A request closed as partially fulfilled is never confirmed as if it had been met in full:
 * the erasure and rectification confirmations say what was done, what was not and why, and
 * name both remedies, the complaint (Art. 77) and the court (Art. 79), as Art. 12(4) wants for
 * the part not acted on; the CCPA response says which part it does not comply with and why,
 * and that the rest was disclosed (CCPA regs §7024(e)). Until the DPO says what was not done
 * and why, the letter cannot be generated. Set LETTERS_OUT=/tmp/letters to keep the PDFs for looking at.
 */
const NOW = new Date('2026-04-20T08:00:00Z');

describe('letters for a partly fulfilled request', () => {
  const { tmp, call } = letterVault(NOW, { ...NOVENTIA, 'organisation.privacyPolicyUrl': 'https://noventia.example/privacy' });

  async function closed(request: Partial<NewRequest>, outcome: RequestOutcome): Promise<string> {
    const base: NewRequest = { regime: 'gdpr', types: ['erasure'], receivedAt: '2026-04-08T10:00:00+02:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: { ...base, ...request } });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    await call('requests.transition', { id, transition: { to: 'responded', outcome, reason: 'Answered', at: '2026-04-15T12:00:00+02:00' } });
    return reference;
  }

  async function letter(reference: string, kind: RequestLetterKind, language: LetterLanguage, inputs: LetterInputs): Promise<{ missing: string[]; text: string }> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language, inputs });
    const pdf = preview.pdfBase64 ? Buffer.from(preview.pdfBase64, 'base64') : null;
    if (pdf && process.env.LETTERS_OUT) writeFileSync(join(process.env.LETTERS_OUT, `partial-${kind}.${language}.pdf`), pdf);
    const text = pdf ? pdfText(pdf, tmp.dir).replace(/\s+/g, ' ') : '';
    return { missing: preview.missing.map((m) => m.key), text };
  }

  it('erasure: the data kept is required, the letter says only part was erased, and names the complaint and the court', async () => {
    const reference = await closed({ types: ['erasure'] }, 'partially-fulfilled');
    expect((await letter(reference, 'erasure-confirmation', 'it', { 'action.date': '2026-04-15' })).missing).toEqual(['action.retained', 'action.retainedException']);
    // The field the letter cannot do without is not called optional in the message that asks for it (review 5, E20).
    const asked = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'erasure-confirmation', language: 'it', inputs: { 'action.date': '2026-04-15' } });
    expect(asked.missing.map((m) => m.label).join('; ')).not.toMatch(/facoltativ|optional/);
    // The DPO's text without its full stop: the template closes the sentence (review 5, E19).
    const inputs = { 'action.date': '2026-04-15', 'action.retained': 'le fatture degli ultimi dieci anni, che la legge ci obbliga a conservare (art. 2220 c.c.)', 'action.retainedException': 'art-17-3-b' };
    const { missing, text } = await letter(reference, 'erasure-confirmation', 'it', inputs);
    expect(missing).toEqual([]);
    expect(text).toContain('abbiamo cancellato parte dei dati personali in questione: tutti, salvo i dati indicati di seguito, che un’eccezione al diritto alla cancellazione ci consente di conservare.');
    expect(text).toContain('Dati che abbiamo conservato: le fatture degli ultimi dieci anni, che la legge ci obbliga a conservare (art. 2220 c.c.).');
    expect(text).toContain('A tali dati si applica l’eccezione prevista dall’art. 17, par. 3, lett. b), GDPR: il diritto alla cancellazione non si applica nella misura in cui il trattamento sia necessario per adempiere un obbligo giuridico che richieda il trattamento previsto dal diritto dell’Unione o dello Stato membro cui siamo soggetti,');
    expect(text).toContain('Conserviamo tali dati solo per il tempo richiesto dall’eccezione e li utilizziamo solo per tale finalità.');
    expect(text).not.toMatch(/Non abbiamo invece cancellato|Alcuni dati non sono stati cancellati/);
    expect(text).toContain('Se non è d’accordo con la nostra decisione sulla parte della richiesta cui non abbiamo dato seguito, ha il diritto di proporre reclamo a un’autorità di controllo');
    expect(text).toContain('(art. 77 GDPR)');
    expect(text).toContain('ricorso giurisdizionale (art. 79 GDPR)');
    expect(text).not.toContain('abbiamo cancellato i dati personali in questione');
    const english = (await letter(reference, 'erasure-confirmation', 'en', { ...inputs, 'action.retained': 'invoices of the last ten years, which the law obliges us to keep.' })).text;
    expect(english).toContain('Your request of 8 April 2026: erasure of your personal data');
    expect(english).toContain('we erased part of the personal data concerned: all of it except the data set out below, which an exception to the right to erasure allows us to keep.');
    expect(english).toContain('Data we have kept: invoices of the last ten years, which the law obliges us to keep.');
    expect(english).toContain('The exception in Article 17(3)(b) GDPR applies to it: the right to erasure does not apply to the extent that processing is necessary for compliance with a legal obligation');
    expect(english).toContain('We keep that data only for as long as the exception requires, and use it only for that purpose.');
    expect(english).not.toMatch(/We have not erased (the|some) data/);
    expect(english).toContain('judicial remedy (Article 79 GDPR)');
    expect(english).not.toMatch(/has been erased|we erased the personal data concerned/);
  });

  it('erasure in full: no partial wording, no Art. 79 sentence', async () => {
    const reference = await closed({ types: ['erasure'] }, 'fulfilled');
    const { missing, text } = await letter(reference, 'erasure-confirmation', 'it', { 'action.date': '2026-04-15' });
    expect(missing).toEqual([]);
    expect(text).toContain('abbiamo cancellato i dati personali in questione');
    expect(text).not.toMatch(/parte dei dati|art\. 79/);
  });

  it('rectification: what was not rectified and why are required and printed, with both remedies', async () => {
    const reference = await closed({ types: ['rectification'] }, 'partially-fulfilled');
    expect((await letter(reference, 'rectification-confirmation', 'it', { 'action.date': '2026-04-15' })).missing).toEqual(['partial.withheld', 'partial.reasons']);
    const it_ = await letter(reference, 'rectification-confirmation', 'it', { 'action.date': '2026-04-15', 'partial.withheld': 'la data di nascita', 'partial.reasons': 'il documento che ci ha inviato non la conferma' });
    expect(it_.missing).toEqual([]);
    expect(it_.text).toContain('abbiamo rettificato parte dei dati personali in questione');
    expect(it_.text).toContain('Non abbiamo invece rettificato la data di nascita, perché il documento che ci ha inviato non la conferma.');
    expect(it_.text).toContain('ricorso giurisdizionale (art. 79 GDPR)');
    const en = await letter(reference, 'rectification-confirmation', 'en', { 'action.date': '2026-04-15', 'partial.withheld': 'your date of birth', 'partial.reasons': 'the document you sent does not confirm it' });
    expect(en.text).toContain('We have not rectified your date of birth, because the document you sent does not confirm it.');
    expect(en.text).toContain('lodge a complaint with a supervisory authority');
    expect(en.text).not.toContain('has been rectified');
  });

  it('CCPA request to know: the response says what it does not disclose and why, that the rest was disclosed (§7024(e)), and where to turn', async () => {
    const reference = await closed({ regime: 'ccpa', types: ['know'], receivedAt: '2026-04-08T10:00:00-07:00' }, 'partially-fulfilled');
    const know = CCPA_KNOW_INPUTS;
    expect((await letter(reference, 'ccpa-response', 'en', know)).missing).toEqual(['partial.withheld', 'partial.reasons']);
    const en = await letter(reference, 'ccpa-response', 'en', { ...know, 'partial.withheld': 'the security logs of your sessions', 'partial.reasons': 'disclosing them would weaken the security of our systems (Civil Code § 1798.185(a)(7))' });
    expect(en.text).toContain('We have completed part of your request');
    expect(en.text).toContain('We have not complied with this part of your request: the security logs of your sessions, because disclosing them');
    expect(en.text).toContain('We have disclosed to you all the other personal information you asked for (section 7024(e) of the CCPA regulations).');
    expect(en.text).toContain('If you believe we have not handled your request correctly, you may contact the');
    expect(en.text).not.toContain('We have completed your request');
    const it_ = await letter(reference, 'ccpa-response', 'it', { ...know, 'partial.withheld': 'i log di sicurezza delle Sue sessioni', 'partial.reasons': 'comunicarli indebolirebbe la sicurezza dei nostri sistemi' });
    expect(it_.text).toContain('Abbiamo dato seguito in parte alla Sua richiesta');
    expect(it_.text).toContain('Le abbiamo fornito tutte le altre informazioni richieste (sezione 7024(e)');
  });
});

/** The day a confirmation says the action was taken: not before receipt, not after the letter's date (lawyer's second review, B33). */
describe('the action date of a confirmation', () => {
  const { app, call } = letterVault(NOW);

  it('is refused before the request was received and after the letter’s date, in both languages', async () => {
    const request = { regime: 'gdpr', types: ['erasure'], receivedAt: '2026-04-08T10:00:00+02:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it' };
    const { reference } = await call<{ reference: string }>('requests.create', { request });
    const letter = (actionDate: string) => app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'erasure-confirmation', language: 'it', inputs: { 'action.date': actionDate } });
    const before = await letter('2026-04-01');
    expect(before.ok ? null : before.error).toMatchObject({ code: 'VALIDATION', message: 'The action cannot have been taken on Wed 1 Apr 2026: the request was received on Wed 8 Apr 2026. Give the day it was really done.' });
    const after = await letter('2026-04-25');
    expect(after.ok ? null : renderText('it', after.error.detail as Message)).toContain('La lettera conferma come eseguita in data');
    expect((await letter('2026-04-15')).ok).toBe(true);
  });
});
