import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import type { RequestType } from '../../electron/shared/requests';
import { letterVault, pdfText } from '../support/letter-vault';

/**
 * A UK GDPR refusal on an exemption names the Data Protection Act 2018 paragraph relied on,
 * cited and said in words (review 6, F20): Article 23 UK GDPR exempts nothing by itself, so an
 * Art. 23 refusal without the paragraph (a record made before the paragraph was asked for, too)
 * is refused saying what is missing and listing the choices; the letter no longer cites
 * "Schedules 2 to 4" wholesale nor repeats the Article 23 sentence; a paragraph of Schedule 2
 * Part 4 (legal professional privilege, references…) answers access only. Set LETTERS_OUT=/tmp/letters to keep the PDFs.
 */
const NOW = new Date('2026-04-10T08:00:00Z');

describe('a UK GDPR refusal on an exemption names the DPA 2018 paragraph', () => {
  const { tmp, call, refused } = letterVault(NOW);

  async function refusedRequest(types: RequestType[], regime: 'uk-gdpr' | 'gdpr' = 'uk-gdpr'): Promise<string> {
    const created = await call<{ id: string; reference: string }>('requests.create', {
      request: { regime, types, receivedAt: '2026-04-01T10:00:00+01:00', channel: 'email', subjectName: 'Oliver Smith', subjectEmail: 'oliver@example.co.uk' },
    });
    await call('requests.transition', { id: created.id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
    await call('requests.transition', { id: created.id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'exemption', reason: 'The advice of our solicitors on your claim.' } });
    return created.reference;
  }

  const request = (caseId: string, language: LetterLanguage, inputs: Record<string, string>) => ({ caseType: 'request', caseId, kind: 'refusal', language, date: '2026-04-09', inputs });

  async function text(caseId: string, language: LetterLanguage, inputs: Record<string, string>): Promise<string> {
    const preview = await call<LetterPreview>('documents.preview', request(caseId, language, inputs));
    expect(preview.missing.map((m) => m.key)).toEqual([]);
    const pdf = Buffer.from(preview.pdfBase64 ?? '', 'base64');
    if (process.env.LETTERS_OUT) writeFileSync(join(process.env.LETTERS_OUT, `uk-exemption-${caseId}.${language}.pdf`), pdf);
    return pdfText(pdf, tmp.dir).replace(/\s+/g, ' ');
  }

  it('refuses Article 23 alone, listing the paragraphs in the reader’s language, and an unknown paragraph listing the values', async () => {
    const access = await refusedRequest(['access']);
    const bare = await refused('documents.preview', request(access, 'en', { 'refusal.exemptionProvision': 'art-23' }));
    expect(bare).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'refusal.dpaProvision' }] });
    expect(bare.message).toContain(`Article 23 UK GDPR creates no exemption by itself: for request ${access} choose the paragraph of the Data Protection Act 2018 the refusal rests on (refusal.dpaProvision): sch2-2 (crime and taxation),`);
    expect(bare.message).toContain('sch2-5-3 (legal proceedings, legal advice and legal rights)');
    expect(bare.message).toContain('sch2-19 (legal professional privilege)');
    expect(bare.message).toContain('sch3-5 (health data: serious harm)');
    const italian = renderText('it', bare.detail ?? { key: '' });
    expect(italian).toContain(`L’art. 23 UK GDPR non crea da solo alcuna eccezione: per la richiesta ${access} scegli il paragrafo del Data Protection Act 2018 su cui si fonda il rifiuto (refusal.dpaProvision): sch2-2 (reati e imposte),`);
    expect(italian).toContain('sch2-19 (segreto professionale forense)');

    const unknown = await refused('documents.preview', request(access, 'en', { 'refusal.exemptionProvision': 'art-23', 'refusal.dpaProvision': 'sch2-99' }));
    expect(unknown).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'inputs.refusal.dpaProvision' }] });
    expect(unknown.message).toBe('refusal.dpaProvision must be one of: sch2-2, sch2-5-2, sch2-5-3, sch2-7, sch2-8, sch2-9, sch2-19, sch2-22, sch2-23, sch2-24, sch3-5');
    expect(renderText('it', unknown.detail ?? { key: '' })).toContain('refusal.dpaProvision deve essere uno tra: sch2-2, sch2-5-2');

    // The letter offers the paragraph as a choice, each named in both languages (the app's select, the CLI's field list).
    const offered = await call<LetterPreview>('documents.preview', request(access, 'en', {}));
    const field = offered.inputs.find((i) => i.key === 'refusal.dpaProvision');
    expect(field?.options?.find((o) => o.value === 'sch2-5-3')?.label).toEqual({
      en: 'paragraph 5(3) of Schedule 2: legal proceedings, legal advice and legal rights',
      it: 'paragrafo 5(3) dell’allegato (Schedule) 2: procedimenti giudiziari, consulenza legale e difesa di diritti',
    });
  });

  it('prints the paragraph, cited and in words, once, without "Schedules 2 to 4" or a second Article 23 sentence, EN and IT', async () => {
    const access = await refusedRequest(['access']);
    const privilege = { 'refusal.exemptionProvision': 'art-23', 'refusal.dpaProvision': 'sch2-19' };
    const en = await text(access, 'en', { ...privilege, 'refusal.explanation': 'The data you asked for is the advice our solicitors gave us on your claim.' });
    expect(en).toContain(
      'The exemption in paragraph 19 of Schedule 2 to the Data Protection Act 2018 (made under Article 23 UK GDPR) applies to your request: the right of access (Article 15 UK GDPR) does not apply to personal data consisting of information for which a claim to legal professional privilege (in Scotland, to confidentiality of communications) could be maintained in legal proceedings, or in respect of which a professional legal adviser owes a duty of confidentiality to a client. The data you asked for is the advice',
    );
    for (const gone of ['Schedules 2 to 4', 'The restriction rests on', 'The exemption in Article 23 UK GDPR']) expect(en).not.toContain(gone);
    expect(en.match(/Article 23/g)).toHaveLength(1);

    const it_ = await text(access, 'it', { ...privilege, 'refusal.explanation': 'I dati richiesti sono il parere dei nostri legali sulla Sua pretesa.' });
    expect(it_).toContain(
      'Alla Sua richiesta si applica l’eccezione prevista dal paragrafo 19 dell’allegato (Schedule) 2 al Data Protection Act 2018 (disposizione adottata ai sensi dell’art. 23 UK GDPR): il diritto di accesso (art. 15 UK GDPR) non si applica ai dati personali costituiti da informazioni per le quali si potrebbe far valere in giudizio il segreto professionale forense',
    );
    for (const gone of ['allegati (Schedules) da 2 a 4', 'La limitazione si fonda', 'prevista dall’art. 23 UK GDPR']) expect(it_).not.toContain(gone);
    expect(it_.match(/art\. 23/g)).toHaveLength(1);
  });

  it('takes a paragraph only where it disapplies every right asked for, only with Article 23 and only under the UK GDPR', async () => {
    const rectification = await refusedRequest(['rectification']);
    const privilege = await refused('documents.preview', request(rectification, 'it', { 'refusal.exemptionProvision': 'art-23', 'refusal.dpaProvision': 'sch2-19' }));
    expect(privilege).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'refusal.dpaProvision' }] });
    expect(privilege.message).toBe(
      `The exemption in paragraph 19 of Schedule 2 to the Data Protection Act 2018 restricts, of the rights a person can exercise, only the right of access (Article 15 UK GDPR): request ${rectification} also asks for “rectification of your personal data”`,
    );
    expect(renderText('it', privilege.detail ?? { key: '' })).toBe(
      `L’eccezione prevista dal paragrafo 19 dell’allegato (Schedule) 2 al Data Protection Act 2018 limita, tra i diritti che l’interessato può esercitare, solo il diritto di accesso (art. 15 UK GDPR): la richiesta ${rectification} riguarda anche «rettifica dei Suoi dati personali»`,
    );
    const proceedings = await text(rectification, 'en', { 'refusal.exemptionProvision': 'art-23', 'refusal.dpaProvision': 'sch2-5-3', 'refusal.explanation': 'The records are evidence in the claim before the County Court.' });
    expect(proceedings).toContain('The exemption in paragraph 5(3) of Schedule 2 to the Data Protection Act 2018 (made under Article 23 UK GDPR) applies to your request: the rights of access, rectification, erasure, restriction, data portability and objection (Articles 15 to 18, 20 and 21(1) UK GDPR) do not apply to the extent that applying them would prevent us from disclosing the data');
    const proceedingsIt = await text(rectification, 'it', { 'refusal.exemptionProvision': 'art-23', 'refusal.dpaProvision': 'sch2-5-3', 'refusal.explanation': 'I documenti sono prove nel giudizio in corso.' });
    expect(proceedingsIt).toContain('prevista dal paragrafo 5(3) dell’allegato (Schedule) 2 al Data Protection Act 2018 (disposizione adottata ai sensi dell’art. 23 UK GDPR): i diritti di accesso, rettifica, cancellazione, limitazione, portabilità e opposizione (artt. 15–18, 20 e 21, par. 1, UK GDPR) non si applicano');

    const marketing = await refusedRequest(['marketing-opt-out']);
    const outside = await refused('documents.preview', request(marketing, 'en', { 'refusal.exemptionProvision': 'art-23', 'refusal.dpaProvision': 'sch2-5-3' }));
    expect(outside.message).toContain('does not restrict every right: request');
    expect(outside.message).toContain('objections to direct marketing, withdrawals of consent and Article 22 are outside it');

    const erasure = await refusedRequest(['erasure']);
    const with17 = await refused('documents.preview', request(erasure, 'en', { 'refusal.exemptionProvision': 'art-17-3-b', 'refusal.exemptionExtent': 'all', 'refusal.dpaProvision': 'sch2-5-3' }));
    expect(with17.message).toContain('goes only with Article 23 UK GDPR');
    expect(renderText('it', with17.detail ?? { key: '' })).toContain('va indicato solo con l’art. 23 UK GDPR');

    const gdpr = await refusedRequest(['erasure'], 'gdpr');
    const notUk = await refused('documents.preview', request(gdpr, 'en', { 'refusal.exemptionProvision': 'art-23', 'refusal.undeciesLetter': 'e', 'refusal.dpaProvision': 'sch2-5-3' }));
    expect(notUk).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'refusal.dpaProvision' }] });
    expect(notUk.message).toContain('restricts rights only under the UK GDPR');
  });
});
