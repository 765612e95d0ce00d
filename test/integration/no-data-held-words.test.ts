import { describe, expect, it } from 'vitest';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import type { RequestType } from '../../electron/shared/requests';
import { letterVault, pdfText } from '../support/letter-vault';

/**
 * The no-data-held letter in the words of the request (review 7, G12): "made under the UK
 * GDPR" (the article a law's name takes in English; the GDPR is named in full there), and
 * "nothing to give you, correct or erase" only when every right asked for gives, corrects or
 * erases data: an objection (demo 2026-0158) is told only that there is nothing to act on.
 */
const NOW = new Date('2026-04-20T08:00:00Z');

describe('no data held: the law named with its article, the closing sentence fitting the rights', () => {
  const { tmp, call } = letterVault(NOW);

  async function letter(regime: 'gdpr' | 'uk-gdpr', types: RequestType[], language: LetterLanguage): Promise<string> {
    const request = { regime, types, receivedAt: '2026-04-08T10:00:00+01:00', channel: 'email', subjectName: 'Oliver Smith', subjectEmail: 'oliver@example.co.uk' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'no-data-held', reason: 'Nothing found', at: '2026-04-15T09:00:00+01:00' } });
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'no-data-held', language, inputs: { 'nodata.searched': ['CRM', 'Billing'] } });
    expect(preview.missing).toEqual([]);
    return pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\s+/g, ' ');
  }

  it('UK GDPR objection: "under the UK GDPR", nothing for us to act on, nothing said of giving, correcting or erasing', async () => {
    const en = await letter('uk-gdpr', ['objection'], 'en');
    expect(en).toContain('concerning objection to processing, made under the UK GDPR.');
    expect(en).toContain('which we keep only to document our answer (Article 5(2) UK GDPR). There is therefore nothing for us to act on.');
    expect(en).not.toMatch(/made under UK GDPR|correct or erase/);
    const it_ = await letter('uk-gdpr', ['objection'], 'it');
    expect(it_).toContain('(art. 5, par. 2, UK GDPR). Non vi sono quindi azioni da compiere.');
    expect(it_).not.toMatch(/rettificare o cancellare/);
  });

  it('GDPR access: the Regulation named in full, and nothing to give, correct or erase', async () => {
    const en = await letter('gdpr', ['access'], 'en');
    expect(en).toContain('made under Regulation (EU) 2016/679 (“GDPR”).');
    expect(en).toContain('There is therefore nothing to give you, correct or erase, and nothing for us to act on.');
    expect(en).not.toContain('the Regulation (EU)');
    const it_ = await letter('gdpr', ['erasure', 'restriction'], 'it');
    expect(it_).toContain('Non vi sono quindi azioni da compiere.');
    expect(it_).not.toContain('rettificare o cancellare');
  });
});
