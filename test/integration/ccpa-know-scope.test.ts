import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LetterInputs, LetterLanguage, RequestLetterKind, LetterPreview } from '../../electron/shared/document-contract';
import type { RequestOutcome, RequestType } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * The CCPA response to know says what it gives (review 5, E3): the DPO chooses whether the
 * consumer asked for the specific pieces of personal information (Civil Code § 1798.110(a)(5))
 * or the categories only. Specific pieces need the enclosures, or a partial outcome naming the
 * law or exception that prevents giving them (11 CCR § 7024(e)); categories only are called
 * categories. After a deletion, the §7024(k) table is what we held before it (E8).
 * Set LETTERS_OUT=/tmp/letters to keep the PDFs.
 */
const NOW = new Date('2026-04-20T08:00:00Z');

const KNOW: LetterInputs = {
  'ccpa.details': 'We answered through the secure portal.',
  'ccpa.categoriesCollected': 'Identifiers; internet activity',
  'ccpa.sources': 'Sign-up form',
  'ccpa.purposes': 'Providing the service',
  'ccpa.thirdParties': 'Hosting providers',
  'ccpa.soldShared': 'None',
  'ccpa.disclosedBusiness': 'Identifiers, to hosting providers',
};

describe('the CCPA response to know: specific pieces or categories only', () => {
  const { tmp, call } = letterVault(NOW, NOVENTIA);

  async function closed(types: RequestType[], outcome: RequestOutcome = 'fulfilled'): Promise<string> {
    const request = { regime: 'ccpa', types, receivedAt: '2026-04-08T10:00:00-07:00', channel: 'email', subjectName: 'Jane Doe', subjectEmail: 'jane@example.com' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    await call('requests.transition', { id, transition: { to: 'responded', outcome, reason: 'Answered', at: '2026-04-15T12:00:00-07:00' } });
    return reference;
  }

  async function letter(reference: string, language: LetterLanguage, inputs: LetterInputs, kind: RequestLetterKind = 'ccpa-response'): Promise<{ missing: string[]; text: string }> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language, date: '2026-04-16', inputs });
    const missing = preview.missing.map((m) => m.key);
    // While a field is missing there is no PDF: the composed text is read instead.
    if (preview.pdfBase64 === null) return { missing, text: preview.body.blocks.map((b) => ('text' in b ? b.text : '')).join(' ') };
    const pdf = Buffer.from(preview.pdfBase64, 'base64');
    if (process.env.LETTERS_OUT) writeFileSync(join(process.env.LETTERS_OUT, `ccpa-know-${reference}.${language}.pdf`), pdf);
    return { missing, text: pdfText(pdf, tmp.dir).replace(/\s+/g, ' ') };
  }

  it('asks what the consumer asked for, and offers the choice as an input', async () => {
    const reference = await closed(['know']);
    const en = await letter(reference, 'en', KNOW);
    expect(en.missing).toEqual(['ccpa.knowScope']);
    expect(en.text).not.toContain('the personal information we have collected about you');
    const inputs = await call<{ inputs: { key: string; type: string; options?: { value: string }[] }[] }>('documents.preview', { caseType: 'request', caseId: reference, kind: 'ccpa-response', language: 'en', date: '2026-04-16', inputs: KNOW });
    const scope = inputs.inputs.find((i) => i.key === 'ccpa.knowScope');
    expect(scope?.type).toBe('choice');
    expect(scope?.options?.map((o) => o.value)).toEqual(['pieces', 'categories']);
  });

  it('categories only: the letter calls them categories, in EN and IT', async () => {
    const reference = await closed(['know']);
    const en = await letter(reference, 'en', { ...KNOW, 'ccpa.knowScope': 'categories' });
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('you asked for the categories of personal information only. The categories of personal information we have collected about you, the categories of its sources,');
    expect(en.text).not.toMatch(/: the personal information we have collected about you|specific pieces/);
    expect(en.text).toContain('What we hold about you (section 7024(k)');
    const it_ = await letter(reference, 'it', { ...KNOW, 'ccpa.knowScope': 'categories' });
    expect(it_.missing).toEqual([]);
    expect(it_.text).toContain('ci ha chiesto solo le categorie di dati personali. Le categorie di dati personali che abbiamo raccolto riguardo a Lei, le categorie delle fonti,');
    expect(it_.text).toContain('sono indicate di seguito.');
    expect(it_.text).not.toMatch(/: i dati personali che abbiamo raccolto|specifici dati/);
  });

  it('specific pieces: the enclosures are required and the letter says the pieces are in them', async () => {
    const reference = await closed(['know']);
    const pieces = { ...KNOW, 'ccpa.knowScope': 'pieces' };
    expect((await letter(reference, 'en', pieces)).missing).toEqual(['access.enclosures']);
    const withCopy = { ...pieces, 'access.enclosures': ['jane-export.json (account data)'] };
    const en = await letter(reference, 'en', withCopy);
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('you asked for the specific pieces of personal information we have collected about you (§ 1798.110(a)(5)). We give them to you in the enclosures listed below; the categories of that information,');
    expect(en.text).toContain('Enclosures jane-export.json (account data)');
    const it_ = await letter(reference, 'it', withCopy);
    expect(it_.missing).toEqual([]);
    expect(it_.text).toContain('ci ha chiesto gli specifici dati personali che abbiamo raccolto riguardo a Lei (§ 1798.110(a)(5)). Glieli forniamo negli allegati elencati di seguito; le categorie di tali dati,');
  });

  it('specific pieces withheld: a partial outcome names the law or exception, no enclosure required', async () => {
    const reference = await closed(['know'], 'partially-fulfilled');
    const withheld = {
      ...KNOW,
      'ccpa.knowScope': 'pieces',
      'partial.withheld': 'the specific pieces of personal information',
      'partial.reasons': 'disclosing them would create a substantial, articulable and unreasonable risk to the security of your account (11 CCR § 7024(d))',
    };
    const en = await letter(reference, 'en', withheld);
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('We have not disclosed them: the law or exception that prevents us from doing so is set out under “What we have not done”. The categories of that information,');
    expect(en.text).toContain('What we have not done We have not complied with this part of your request: the specific pieces of personal information, because disclosing them');
    const it_ = await letter(reference, 'it', { ...withheld, 'partial.withheld': 'gli specifici dati personali', 'partial.reasons': 'comunicarli creerebbe un rischio concreto per la sicurezza del Suo account (11 CCR § 7024(d))' });
    expect(it_.missing).toEqual([]);
    expect(it_.text).toContain('Non Glieli abbiamo comunicati: la norma o l’eccezione che ce lo impedisce è indicata alla voce «Che cosa non abbiamo fatto».');
    const given = await letter(reference, 'en', { ...withheld, 'partial.withheld': 'your session logs', 'access.enclosures': ['jane-export.json'] });
    expect(given.text).toContain('We give them to you in the enclosures listed below, except the part set out under “What we have not done”, with the law or exception that prevents us from disclosing it;');
  });

  it('know and delete: the table is what we held before the deletion (E8)', async () => {
    const reference = await closed(['know', 'delete']);
    const en = await letter(reference, 'en', { ...KNOW, 'ccpa.knowScope': 'categories' });
    expect(en.text).toContain('What we held about you before the deletion (section 7024(k) of the CCPA regulations)');
    expect(en.text).not.toContain('What we hold about you');
    const it_ = await letter(reference, 'it', { ...KNOW, 'ccpa.knowScope': 'categories' });
    expect(it_.text).toContain('Che cosa trattavamo riguardo a Lei prima della cancellazione (sezione 7024(k)');
    expect(it_.text).not.toContain('Che cosa trattiamo riguardo a Lei');
  });

  it('a request to delete only needs no choice of what was asked to know', async () => {
    const reference = await closed(['delete']);
    expect((await letter(reference, 'en', { 'ccpa.details': 'Deleted from every system.' })).missing).toEqual([]);
  });
});
