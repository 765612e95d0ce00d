import { describe, expect, it } from 'vitest';
import { nestedBrackets } from '../../electron/core/documents/letters/brackets';
import type { LetterInputs, LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import { letterVault, pdfText } from '../support/letter-vault';

/**
 * The partial access letter under the UK GDPR cites, beside Art. 15(4), the paragraph of the
 * Data Protection Act 2018 that governs withholding another person's data, and says its rule
 * (Schedule 2, paragraph 16, with paragraph 17's test of reasonableness; review 7, G14, demo
 * 2026-0156); the GDPR letter keeps Art. 15(4) alone. EN and IT, read from the PDF.
 */
const NOW = new Date('2026-04-20T08:00:00Z');
const INPUTS: LetterInputs = {
  'access.purposes': ['Providing the service under your contract'],
  'access.categories': ['Identity and contact data'],
  'access.recipients': ['Our hosting provider'],
  'access.transfers': 'None.',
  'access.retention': 'The contract plus 6 years.',
  'access.source': 'You gave us the data when you signed up.',
  'access.automatedDecisions': 'None.',
  'access.enclosures': ['export.json'],
  'access.withheld': ['E-mails in which other customers are named'],
  'access.withheldReasons': 'They would disclose the personal data of other people.',
};

describe('partial access: the UK exemption for other people’s data', () => {
  const { tmp, call } = letterVault(NOW);

  async function letter(regime: 'gdpr' | 'uk-gdpr', language: LetterLanguage): Promise<{ text: string; nested: string[] }> {
    const request = { regime, types: ['access'], receivedAt: '2026-04-08T10:00:00+01:00', channel: 'email', subjectName: 'Oliver Smith', subjectEmail: 'oliver@example.co.uk' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'partially-fulfilled', reason: 'Part withheld', at: '2026-04-15T09:00:00+01:00' } });
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'access-partial', language, inputs: INPUTS });
    expect(preview.missing).toEqual([]);
    const said = preview.body.blocks.flatMap((b) => (b.type === 'list' ? b.items : b.type === 'table' ? [] : [b.text]));
    return { text: pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\s+/g, ' '), nested: said.flatMap(nestedBrackets) };
  }

  it('UK GDPR: Article 15(4) with paragraph 16 of Schedule 2 to the DPA 2018, EN/IT, no bracket in a bracket', async () => {
    const en = await letter('uk-gdpr', 'en');
    expect(en.text).toContain('under Article 15(4) UK GDPR and paragraph 16 of Schedule 2 to the Data Protection Act 2018, we do not disclose information about another person who can be identified from it, unless that person consents or it is reasonable to disclose it without their consent.');
    expect(en.nested).toEqual([]);
    const it_ = await letter('uk-gdpr', 'it');
    expect(it_.text).toContain('ai sensi dell’art. 15, par. 4, UK GDPR e del paragrafo 16 dell’allegato (Schedule) 2 al Data Protection Act 2018, non comunichiamo informazioni su un’altra persona identificabile');
    expect(it_.nested).toEqual([]);
  });

  it('GDPR: Article 15(4) alone, no Data Protection Act', async () => {
    const en = await letter('gdpr', 'en');
    expect(en.text).toContain('must not adversely affect the rights and freedoms of others (Article 15(4) GDPR).');
    expect(en.text).not.toContain('Data Protection Act');
    const it_ = await letter('gdpr', 'it');
    expect(it_.text).toContain('non deve ledere i diritti e le libertà altrui (art. 15, par. 4, GDPR).');
    expect(it_.text).not.toContain('Data Protection Act');
  });
});
