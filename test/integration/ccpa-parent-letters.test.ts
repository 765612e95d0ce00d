import { describe, expect, it } from 'vitest';
import type { LetterInputs, LetterLanguage, RequestLetterKind } from '../../electron/shared/document-contract';
import type { RequestType } from '../../electron/shared/requests';
import { letterVault, NOVENTIA } from '../support/letter-vault';
import { CCPA_KNOW_INPUTS } from '../support/letter-fixtures';

/**
 * CCPA letters to a parent acting for a minor child (thirteenth lawyer's review, M1–M4). The CCPA
 * lets a parent make a verifiable consumer request in the child's stead (Civ. Code
 * § 1798.140(ak)); § 7063(a) and § 7026(j) are the authorized agent's rules. So no letter to a
 * parent calls the parent an authorized agent, asks for the child's signed permission or a
 * declaration under penalty of perjury signed by the child, or denies a request for want of it:
 * the parent shows being the child's parent or legal guardian, and the child's identity is
 * verified (§§ 7060–7062). Read from the PDF, EN and IT.
 */
const NOW = new Date('2026-12-04T10:00:00Z');
const DATE = '2026-12-04';
const PARENT = { requesterRelation: 'parent-guardian', requesterName: 'Maria Doe', requesterEmail: 'maria@example.com' };
const AGENT_WORDS = /authorized agent|signed permission|7063|7026\(j\)|penalty of perjury|agente autorizzato|permesso sottoscritto|spergiuro/;

describe('CCPA letters to a parent acting for a minor child (thirteenth review, M1–M4)', () => {
  const { call, requestLetter } = letterVault(NOW, { ...NOVENTIA, 'ccpa.sellsOrShares': 'no', 'organisation.privacyPolicyUrl': 'https://noventia.example/privacy' });

  async function request(types: RequestType[]): Promise<{ id: string; reference: string }> {
    const input = { regime: 'ccpa', types, receivedAt: '2026-12-01T10:00:00-08:00', channel: 'email', subjectName: 'Jane Doe', subjectEmail: 'jane@example.com', ...PARENT };
    return call<{ id: string; reference: string }>('requests.create', { request: input });
  }

  const letter = async (reference: string, kind: RequestLetterKind, language: LetterLanguage, inputs: LetterInputs = {}): Promise<string> =>
    (await requestLetter(reference, kind, language, DATE, inputs)).text;

  it('M3: the acknowledgement of a request to know or delete asks the parent to show being the parent or legal guardian, never the child’s permission (EN/IT)', async () => {
    const { reference } = await request(['know', 'delete']);
    const en = await letter(reference, 'acknowledgement', 'en');
    expect(en).toContain('we must verify that you are Jane Doe’s parent or legal guardian, and Jane Doe’s identity (sections 7060 to 7062 of the CCPA regulations)');
    expect(en).toContain('We may ask you for further information, and for more of it when specific pieces of Jane Doe’s personal information are requested (section 7062 of the CCPA regulations)');
    expect(en).not.toMatch(AGENT_WORDS);
    const it_ = await letter(reference, 'acknowledgement', 'it');
    expect(it_).toContain('che Lei sia genitore o tutore legale di Jane Doe, e l’identità di Jane Doe (sezioni 7060–7062 del regolamento attuativo del CCPA)');
    expect(it_).toContain('Potremo chiederLe ulteriori informazioni, in misura maggiore se sono richiesti elementi specifici dei dati personali di Jane Doe');
    expect(it_).not.toMatch(AGENT_WORDS);
  });

  it('M4: the acknowledgement of an opt-out and a limit needs no proof of parenthood and threatens no denial (§§ 7026, 7027; EN/IT)', async () => {
    const { reference } = await request(['opt-out', 'limit']);
    const en = await letter(reference, 'acknowledgement', 'en');
    expect(en).toContain('We do not need to verify Jane Doe’s identity, or your authority as Jane Doe’s parent or legal guardian, to act on a request to opt out or to limit (sections 7026 and 7027 of the CCPA regulations).');
    expect(en).not.toMatch(AGENT_WORDS);
    const it_ = await letter(reference, 'acknowledgement', 'it');
    expect(it_).toContain('non è necessario verificare l’identità di Jane Doe, né la Sua qualità di genitore o tutore legale di Jane Doe (sezioni 7026 e 7027 del regolamento attuativo del CCPA)');
    expect(it_).not.toMatch(AGENT_WORDS);
  });

  it('M2: the response, verified with the proof of parenthood, is sent to the parent as parent or legal guardian (EN/IT)', async () => {
    const { id, reference } = await request(['know']);
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'parental-authority-proof', outcome: 'verified' }, at: '2026-12-02T10:00:00-08:00' } });
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Answered', at: '2026-12-03T10:00:00-08:00' } });
    const en = await letter(reference, 'ccpa-response', 'en', CCPA_KNOW_INPUTS);
    expect(en).toContain('Before acting on it we verified that you are Jane Doe’s parent or legal guardian, and Jane Doe’s identity, as the CCPA regulations require (sections 7060 to 7062, California Code of Regulations, title 11); we send this response to you as Jane Doe’s parent or legal guardian.');
    expect(en).not.toMatch(AGENT_WORDS);
    const it_ = await letter(reference, 'ccpa-response', 'it', CCPA_KNOW_INPUTS);
    expect(it_).toContain('Prima di procedere abbiamo verificato che Lei è genitore o tutore legale di Jane Doe, e l’identità di Jane Doe');
    expect(it_).not.toMatch(AGENT_WORDS);
  });

  it('M1: a denial on identity names the parenthood and the identity not verified, and the cure is proof of parenthood, never the child’s signed permission (EN/IT)', async () => {
    const { id, reference } = await request(['know', 'delete']);
    await call('requests.transition', { id, transition: { to: 'awaiting-identity', method: 'parental-authority-proof', reason: 'No proof that Maria Doe is the parent.', at: '2026-12-02T10:00:00-08:00' } });
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'identity-not-verified', reason: 'No proof of parenthood was sent.', at: '2026-12-03T10:00:00-08:00' } });
    const en = await letter(reference, 'ccpa-denial', 'en', { 'denial.reasons': 'No proof that you are Jane Doe’s parent reached us.' });
    expect(en).toContain('We could not verify that you are Jane Doe’s parent or legal guardian, or Jane Doe’s identity, to the degree of certainty the CCPA regulations require');
    expect(en).toContain('without proof that you are Jane Doe’s parent or legal guardian we cannot disclose the categories to you either (section 7024(b)).');
    expect(en).toContain('You may make the request again at any time with proof that you are Jane Doe’s parent or legal guardian (for example a birth certificate or a court order) and a copy of your own identity document.');
    expect(en).not.toMatch(AGENT_WORDS);
    const it_ = await letter(reference, 'ccpa-denial', 'it', { 'denial.reasons': 'Non abbiamo ricevuto la prova che Lei sia genitore di Jane Doe.' });
    expect(it_).toContain('Non abbiamo potuto verificare che Lei sia genitore o tutore legale di Jane Doe, né l’identità di Jane Doe');
    expect(it_).toContain('Può ripresentare la richiesta in qualsiasi momento con un documento che attesti che Lei è genitore o tutore legale di Jane Doe');
    expect(it_).not.toMatch(AGENT_WORDS);
  });
});
