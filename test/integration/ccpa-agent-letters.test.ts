import { describe, expect, it } from 'vitest';
import type { LetterInputs, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { RequestType } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';
import { CCPA_KNOW_INPUTS } from '../support/letter-fixtures';

/**
 * CCPA letters on a request made by an authorized agent (review 7, G18's remainder; CCPA regs
 * § 7063): every kind — acknowledgement, identity verification, response, denial, opt-out and
 * limit confirmation — speaks of the consumer by name ("Jane Doe’s personal information"), never
 * of "your personal information" or "your identity" to the agent; the acknowledgement and the
 * identity verification ask for the consumer's signed permission while the register records none
 * (§ 7063(a)), and no longer once it records it; a denial on identity says the permission was not
 * shown. Read from the PDF, EN and IT. The tenth lawyer's review (K16–K20): the § 7062(c)
 * declaration is Jane Doe's, the agent shows Jane Doe's signed permission and never its own
 * identity, a denial for the missing permission states no failed identity check, the opt-out and
 * limit confirmation opens once, and a business that neither sells nor shares never writes that it
 * stopped.
 */
const NOW = new Date('2026-12-04T10:00:00Z');
const DATE = '2026-12-04';
const AGENT = { requesterRelation: 'authorised-agent', requesterName: 'Privacy Helpers Inc.', requesterEmail: 'requests@helpers.example' };

/** What a letter written to the consumer says of the consumer, and an agent's letter must not. */
const SECOND_PERSON = {
  en: ['your personal information', 'your sensitive personal information', 'your identity', 'about you', 'comes from you', 'came from you', 'against you', 'your rights'],
  it: ['Suoi dati personali', 'Sua identità', 'riguardo a Lei', 'su di ', 'provenga da Lei', 'provenisse da Lei', 'La riguarda', 'Suoi diritti', 'Non La discrimineremo', 'per Suo conto'],
};

describe('CCPA letters on a request made by an authorized agent (§ 7063)', () => {
  const { call, tmp, requestLetter } = letterVault(NOW, { ...NOVENTIA, 'ccpa.sellsOrShares': 'no', 'organisation.privacyPolicyUrl': 'https://noventia.example/privacy' });

  async function request(types: RequestType[]): Promise<{ id: string; reference: string }> {
    const input = { regime: 'ccpa', types, receivedAt: '2026-12-01T10:00:00-08:00', channel: 'email', subjectName: 'Jane Doe', subjectEmail: 'jane@example.com', ...AGENT };
    return call<{ id: string; reference: string }>('requests.create', { request: input });
  }

  const letter = async (reference: string, kind: RequestLetterKind, language: LetterLanguage, inputs: LetterInputs = {}): Promise<string> =>
    (await requestLetter(reference, kind, language, DATE, inputs)).text;

  function thirdPerson(text: string, language: LetterLanguage, what: string): void {
    for (const words of SECOND_PERSON[language]) expect(text, `${what}: ${words}`).not.toContain(words);
    // Read in California: American usage, "authorization" and "Sincerely," (review 10, K29).
    if (language === 'en') {
      expect(text, what).not.toMatch(/authoris|Yours faithfully|Yours sincerely/);
      expect(text, what).toContain('Sincerely, Chiara Esposito');
    }
  }

  it('acknowledgement and identity verification: the consumer by name, the signed permission asked for (§ 7063(a))', async () => {
    const { id, reference } = await request(['know', 'delete']);
    const en = await letter(reference, 'acknowledgement', 'en');
    expect(en).toContain('made on behalf of Jane Doe: acknowledgement of receipt');
    expect(en).toContain('Before we act on a request to know, delete or correct, we must verify Jane Doe’s identity and that Jane Doe gave you permission to make it (section 7063 of the CCPA regulations)');
    expect(en).toContain('we may ask you for proof that Jane Doe gave you signed permission to make it, and we may ask Jane Doe to verify Jane Doe’s own identity directly with us or to confirm directly with us that this permission was given (section 7063(a) of the CCPA regulations)');
    expect(en).toContain('with information we already hold about Jane Doe');
    // The § 7062(c) declaration is the consumer's: the agent cannot swear to be Jane Doe (review 10, K17).
    expect(en).toContain('We may ask for further information and, when specific pieces of Jane Doe’s personal information are requested, for a declaration signed by Jane Doe under penalty of perjury that Jane Doe is the consumer whose personal information is requested (section 7062(c) of the CCPA regulations)');
    expect(en).not.toContain('or for a signed declaration when you ask');
    thirdPerson(en, 'en', 'acknowledgement');
    const it_ = await letter(reference, 'acknowledgement', 'it');
    // A company agent, addressed in the plural of courtesy (company-agent-italian.test.ts).
    expect(it_).toContain('potremo chiederVi la prova che Jane Doe Vi ha dato il permesso sottoscritto di presentarla');
    expect(it_).toContain('dobbiamo verificare l’identità di Jane Doe e che Jane Doe Vi abbia dato il permesso di presentarla');
    expect(it_).toContain('una dichiarazione sottoscritta da Jane Doe, sotto pena di spergiuro (under penalty of perjury), di essere il consumatore i cui dati personali sono oggetto della richiesta (sezione 7062(c) del regolamento attuativo del CCPA)');
    expect(it_).not.toMatch(/dichiarazione sottoscritta se chiede/);
    thirdPerson(it_, 'it', 'conferma di ricezione');

    await call('requests.transition', { id, transition: { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'No signed permission from Jane Doe came with the request.', at: '2026-12-02T10:00:00-08:00' } });
    const ivEn = await letter(reference, 'identity-verification', 'en');
    expect(ivEn).toContain('that you made on behalf of Jane Doe as an authorized agent. Before we act on it, we need proof that Jane Doe gave you signed permission to make it (section 7063(a) of the CCPA regulations)');
    expect(ivEn).toContain('We will use what you send only to verify Jane Doe’s identity.');
    // What the agent is asked for: proof of Jane Doe's signed permission, never its own identity (§ 7063(a); review 10, K18).
    expect(ivEn).toContain('What we need from you Proof that Jane Doe gave you signed permission to make this request on Jane Doe’s behalf (section 7063(a) of the CCPA regulations). We may also ask Jane Doe to verify Jane Doe’s own identity directly with us, or to confirm directly with us that this permission was given.');
    expect(ivEn).not.toMatch(/proof of your own identity|your own identity|authorisation/);
    thirdPerson(ivEn, 'en', 'identity verification');
    const ivIt = await letter(reference, 'identity-verification', 'it');
    expect(ivIt).toContain('ci occorre la prova che Jane Doe Vi abbia dato il permesso sottoscritto di presentarla (sezione 7063(a)');
    expect(ivIt).toContain('verificare l’identità di Jane Doe');
    expect(ivIt).toContain('La prova che Jane Doe Vi abbia dato il permesso sottoscritto di presentare questa richiesta per conto di Jane Doe (sezione 7063(a) del regolamento attuativo del CCPA). Potremo inoltre chiedere a Jane Doe di verificare la propria identità direttamente con noi, o di confermarci direttamente di averVi dato tale permesso.');
    expect(ivIt).not.toMatch(/attesti la Vostra identità|delega firmata/);
    thirdPerson(ivIt, 'it', 'verifica');

    // The permission recorded as checked: the acknowledgement asks for it no more.
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-03T10:00:00-08:00' } });
    expect(await letter(reference, 'acknowledgement', 'en')).not.toContain('we may ask you for proof that Jane Doe gave you signed permission');
  });

  it('identity verification past the 45 days: the agent is told the response waits on Jane Doe’s identity, not "your identity" (review 10, K18’s remainder)', async () => {
    const input = { regime: 'ccpa', types: ['know'], receivedAt: '2026-10-01T10:00:00-07:00', channel: 'email', subjectName: 'Jane Doe', subjectEmail: 'jane@example.com', ...AGENT };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: input });
    await call('requests.transition', { id, transition: { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'No signed permission from Jane Doe came with the request.', at: '2026-10-02T10:00:00-07:00' } });
    const en = await letter(reference, 'identity-verification', 'en');
    expect(en).toContain('We apologize for the delay, and we will respond as soon as we have verified Jane Doe’s identity.');
    thirdPerson(en, 'en', 'identity verification past due');
  });

  it('response: verified with the permission, sent to the agent as the consumer’s agent; the rights are the consumer’s', async () => {
    const { id, reference } = await request(['know']);
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T10:00:00-08:00' } });
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Answered', at: '2026-12-03T10:00:00-08:00' } });
    const en = await letter(reference, 'ccpa-response', 'en', CCPA_KNOW_INPUTS);
    expect(en).toContain('Your request of 1 December 2026 made on behalf of Jane Doe: our response');
    expect(en).toContain('Before acting on it we verified Jane Doe’s identity and that Jane Doe gave you signed permission to make the request');
    expect(en).toContain('we send this response to you as Jane Doe’s authorized agent');
    expect(en).toContain('The categories of personal information we have collected about Jane Doe');
    expect(en).toContain('We will not discriminate against Jane Doe for exercising Jane Doe’s rights under the CCPA');
    thirdPerson(en, 'en', 'response');
    const it_ = await letter(reference, 'ccpa-response', 'it', CCPA_KNOW_INPUTS);
    expect(it_).toContain('presentata per conto di Jane Doe: il nostro riscontro');
    expect(it_).toContain('Vi inviamo questo riscontro quale agente autorizzato di Jane Doe');
    expect(it_).toContain('Non discrimineremo in alcun modo Jane Doe per aver esercitato i diritti di Jane Doe');
    thirdPerson(it_, 'it', 'riscontro');

    // Verified by a document, with no signed permission recorded: the letter claims no permission, and the DPO is cautioned.
    const other = await request(['know']);
    await call('requests.transition', { id: other.id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' }, at: '2026-12-02T10:00:00-08:00' } });
    await call('requests.transition', { id: other.id, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Answered', at: '2026-12-03T10:00:00-08:00' } });
    const unchecked = await letter(other.reference, 'ccpa-response', 'en', CCPA_KNOW_INPUTS);
    expect(unchecked).toContain('Before acting on it we verified Jane Doe’s identity, as the CCPA regulations require');
    expect(unchecked).not.toContain('signed permission');
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: other.reference, kind: 'ccpa-response', language: 'en', date: DATE, inputs: CCPA_KNOW_INPUTS });
    expect(preview.warnings.map((w) => w.code)).toContain('no-mandate');
  });

  it('denial on identity: the signed permission was not shown (§ 7063(a)); what the agent and the consumer can do', async () => {
    const { id, reference } = await request(['know']);
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'identity-not-verified', reason: 'No signed permission was sent.', at: '2026-12-03T10:00:00-08:00' } });
    const inputs = { 'denial.reasons': 'No signed permission from Jane Doe reached us.' };
    const en = await letter(reference, 'ccpa-denial', 'en', inputs);
    expect(en).toContain('made on behalf of Jane Doe: we cannot comply');
    expect(en).toContain('We could not verify that Jane Doe gave you signed permission to make the request, as section 7063(a) of the CCPA regulations allows us to require of an authorized agent');
    expect(en).toContain('We therefore disclose no specific pieces of personal information about Jane Doe (section 7024(a))');
    // Nothing was asked of Jane Doe: the letter never says an identity check failed (review 10, K19).
    expect(en).toContain('Without proof of Jane Doe’s signed permission we cannot disclose the categories of Jane Doe’s personal information to you either (section 7063(a) of the CCPA regulations).');
    expect(en).not.toMatch(/could not verify Jane Doe’s identity|or Jane Doe’s identity to the degree|to the degree that requires either/);
    expect(en).toContain('You may make the request again at any time with proof that Jane Doe gave you signed permission to make it');
    expect(en).not.toContain('An authorized agent may also make the request for you');
    thirdPerson(en, 'en', 'denial');
    const it_ = await letter(reference, 'ccpa-denial', 'it', { 'denial.reasons': 'Non abbiamo ricevuto alcun permesso sottoscritto da Jane Doe.' });
    expect(it_).toContain('Non abbiamo potuto verificare che Jane Doe Vi abbia dato il permesso sottoscritto di presentare la richiesta');
    expect(it_).toContain('Non Vi comunichiamo quindi alcun dato personale specifico che riguarda Jane Doe');
    expect(it_).toContain('Senza la prova del permesso sottoscritto da Jane Doe non possiamo comunicarVi neppure le categorie dei dati personali di Jane Doe (sezione 7063(a) del regolamento attuativo del CCPA).');
    expect(it_).not.toMatch(/né l’identità di Jane Doe|neppure a tal fine abbiamo potuto verificare/);
    thirdPerson(it_, 'it', 'diniego');
  });

  it('denial on identity after Jane Doe was asked to verify directly: the failed check is stated, with § 7024(b)', async () => {
    const { id, reference } = await request(['know']);
    await call('requests.transition', { id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'Jane Doe asked to verify directly.', at: '2026-12-02T10:00:00-08:00' } });
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'identity-not-verified', reason: 'Jane Doe did not verify.', at: '2026-12-03T10:00:00-08:00' } });
    const en = await letter(reference, 'ccpa-denial', 'en', { 'denial.reasons': 'Jane Doe did not answer our request to verify.' });
    expect(en).toContain('we could not verify Jane Doe’s identity to the degree that requires either, so we cannot disclose the categories (section 7024(b))');
    expect(en).not.toContain('Without proof of Jane Doe’s signed permission');
  });

  it('opt-out and limit confirmation: the consumer’s personal information and sensitive personal information by name', async () => {
    const { id, reference } = await request(['opt-out', 'limit']);
    // Before the permission is recorded, the acknowledgement asks for it: an opt-out by an agent without it may be denied (§ 7026(j)).
    const ackEn = await letter(reference, 'acknowledgement', 'en');
    expect(ackEn).toContain('the written permission signed by Jane Doe that authorizes you to act on Jane Doe’s behalf: we may deny a request to opt out made by an authorized agent without it (section 7026(j) of the CCPA regulations)');
    thirdPerson(ackEn, 'en', 'opt-out acknowledgement');
    const ackIt = await letter(reference, 'acknowledgement', 'it');
    expect(ackIt).toContain('Vi preghiamo di inviarci, se non ci è già pervenuto, il permesso scritto sottoscritto da Jane Doe che Vi autorizza ad agire per conto di Jane Doe');
    thirdPerson(ackIt, 'it', 'conferma di ricezione (opposizione)');
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T10:00:00-08:00' } });
    const inputs = { 'action.date': '2026-12-03', 'ccpa.thirdPartiesTold': 'notified' };
    // Settings say the business neither sells nor shares: no "we no longer sell", no "since … we stopped" (review 10, K16, A).
    const en = await letter(reference, 'opt-out-confirmation', 'en', inputs);
    expect(en).toContain('to opt out of the sale or sharing of Jane Doe’s personal information');
    expect(en).toContain('We do not sell or share personal information, and we have not sold or shared Jane Doe’s personal information. We have recorded Jane Doe’s opt-out, so that we will not sell or share Jane Doe’s personal information in future without the consent the CCPA requires (California Civil Code §§ 1798.120 and 1798.135; section 7026 of the CCPA regulations).');
    expect(en).not.toMatch(/no longer sell|we stopped|day we stopped|Between your request|third parties to whom we sold/);
    expect(en).toContain('made on behalf of Jane Doe: confirmation of the opt-out and that the use of Jane Doe’s sensitive personal information is limited');
    // One opening: the limit follows the opt-out, never a second "We are replying to your request" (review 10, K20).
    expect(en.match(/We are replying to your request/g)).toHaveLength(1);
    expect(en).toContain('As to the request to limit the use of Jane Doe’s sensitive personal information, we confirm that since 3 December 2026 we use and disclose it only for the purposes that section 7027(m) of the CCPA regulations allows');
    thirdPerson(en, 'en', 'opt-out confirmation');
    const it_ = await letter(reference, 'opt-out-confirmation', 'it', inputs);
    expect(it_).toContain('Non vendiamo né condividiamo dati personali e non abbiamo venduto né condiviso i dati personali di Jane Doe. Abbiamo registrato l’opposizione di Jane Doe, così che in futuro non venderemo né condivideremo i dati personali di Jane Doe senza il consenso richiesto dal CCPA (California Civil Code §§ 1798.120 e 1798.135; sezione 7026 del regolamento attuativo del CCPA).');
    expect(it_).not.toMatch(/non vendiamo né condividiamo più|interrompere la vendita|abbiamo venduto o con i quali/);
    expect(it_.match(/Rispondiamo alla/g)).toHaveLength(1);
    expect(it_).toContain('Quanto alla richiesta di limitare l’uso dei dati personali sensibili di Jane Doe, Vi confermiamo che dal 3 dicembre 2026 li usiamo e li comunichiamo solo per le finalità consentite');
    expect(it_).toContain('conferma dell’opposizione e della limitazione dell’uso dei dati personali sensibili di Jane Doe');
    thirdPerson(it_, 'it', 'conferma di opposizione');

    // Settings say it sells or shares: the stop and the third parties told, as before.
    await call('settings.update', { changes: { 'ccpa.sellsOrShares': 'yes' } });
    const sells = await letter(reference, 'opt-out-confirmation', 'en', inputs);
    expect(sells).toContain('We confirm that since 3 December 2026 we no longer sell or share Jane Doe’s personal information');
    expect(sells).toContain('that Jane Doe has opted out');
    expect(sells).not.toContain('We do not sell or share personal information');
    expect(sells.match(/We are replying to your request/g)).toHaveLength(1);
    const sellsIt = await letter(reference, 'opt-out-confirmation', 'it', inputs);
    expect(sellsIt).toContain('dal 3 dicembre 2026 non vendiamo né condividiamo più i dati personali di Jane Doe');
    expect(sellsIt).toContain('dell’opposizione di Jane Doe');
    // Settings silent: the letter asks for the setting rather than guess.
    await call('settings.update', { changes: { 'ccpa.sellsOrShares': null } });
    const unknown = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'opt-out-confirmation', language: 'en', date: DATE, inputs });
    expect(unknown.missing.map((m) => m.key)).toEqual(['ccpa.sellsOrShares']);
    await call('settings.update', { changes: { 'ccpa.sellsOrShares': 'no' } });
  });

  it('opt-out confirmation of a business that does not sell: no late-stop apology or caution for the opt-out (review 10, K16)', async () => {
    const input = { regime: 'ccpa', types: ['opt-out'], receivedAt: '2026-11-02T10:00:00-08:00', channel: 'email', subjectName: 'Jane Doe', subjectEmail: 'jane@example.com', ...AGENT };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: input });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-11-03T10:00:00-08:00' } });
    // The 15 business days from 2 November 2026 have run out by 3 December: a record made after them stops nothing.
    const inputs = { 'action.date': '2026-12-03' };
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'opt-out-confirmation', language: 'en', date: DATE, inputs });
    expect(preview.missing).toEqual([]);
    expect(preview.warnings.map((w) => w.code)).not.toContain('action-delayed');
    const en = pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir);
    expect(en).toContain('We do not sell or share personal information, and we have not sold or shared Jane Doe’s personal information.');
    expect(en).not.toMatch(/apologi[sz]e|we stopped|no longer sell/);
  });
});
