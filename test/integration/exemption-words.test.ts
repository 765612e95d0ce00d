import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import type { RequestType } from '../../electron/shared/requests';
import { letterVault, pdfText } from '../support/letter-vault';

/**
 * A refusal on an exception says what the exception is, in words, after its citation (review 5,
 * E18; Art. 12(1) and (4) GDPR), cites a letter as "lett. b), GDPR" (E26), and for Art. 17(3),
 * which keeps data from erasure only "to the extent that processing is necessary", states a full
 * refusal only when the DPO says the exception covers all the data concerned; when the rest was
 * erased the partial erasure confirmation is the letter to send. Set LETTERS_OUT=/tmp/letters to keep the PDFs.
 */
const NOW = new Date('2026-04-10T08:00:00Z');

describe('a refusal names its exception in words', () => {
  const { tmp, call, refused } = letterVault(NOW);

  async function refusedRequest(types: RequestType[], reason: string): Promise<string> {
    const created = await call<{ id: string; reference: string }>('requests.create', {
      request: { regime: 'gdpr', types, receivedAt: '2026-04-01T10:00:00+02:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it' },
    });
    await call('requests.transition', { id: created.id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
    await call('requests.transition', { id: created.id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'exemption', reason } });
    return created.reference;
  }

  const request = (caseId: string, language: LetterLanguage, inputs: Record<string, string>) => ({ caseType: 'request', caseId, kind: 'refusal', language, date: '2026-04-09', inputs });

  async function text(caseId: string, language: LetterLanguage, inputs: Record<string, string>): Promise<string> {
    const preview = await call<LetterPreview>('documents.preview', request(caseId, language, inputs));
    expect(preview.missing.map((m) => m.key)).toEqual([]);
    const pdf = Buffer.from(preview.pdfBase64 ?? '', 'base64');
    if (process.env.LETTERS_OUT) writeFileSync(join(process.env.LETTERS_OUT, `exemption-${caseId}.${language}.pdf`), pdf);
    return pdfText(pdf, tmp.dir).replace(/\s+/g, ' ');
  }

  it('Art. 17(3)(b): the exception in words, "lett. b), GDPR", and only when it covers all the data concerned', async () => {
    const invoices = await refusedRequest(['erasure'], 'We must keep your invoices for ten years under Article 2220 of the Italian Civil Code.');
    const asked = await call<LetterPreview>('documents.preview', request(invoices, 'en', { 'refusal.exemptionProvision': 'art-17-3-b' }));
    expect(asked.missing.map((m) => m.key)).toEqual(['refusal.exemptionExtent']);
    expect(asked.inputs.find((i) => i.key === 'refusal.exemptionExtent')?.options?.map((o) => o.value)).toEqual(['all', 'part']);
    // Art. 15(4) is offered only as the pointer to the partial access letter, never as a ground a refusal rests on (review 5, E20).
    const provision = asked.inputs.find((i) => i.key === 'refusal.exemptionProvision');
    expect(provision?.label.en).toContain('(15(4), the rights of others, is not a refusal: send the partial access letter)');
    expect(provision?.label.en).not.toMatch(/rests on: 15\(4\)/);
    expect(provision?.options?.find((o) => o.value === 'art-15-4')?.label.it).toBe('art. 15, par. 4, non un rifiuto: la lettera di accesso parziale');

    const part = await refused('documents.preview', request(invoices, 'en', { 'refusal.exemptionProvision': 'art-17-3-b', 'refusal.exemptionExtent': 'part' }));
    expect(part).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'refusal.exemptionExtent' }] });
    expect(part.message).toContain('so this is not a refusal. Close the request as partially fulfilled and send the erasure confirmation (erasure-confirmation), naming the data kept and its exception');

    const all = { 'refusal.exemptionProvision': 'art-17-3-b', 'refusal.exemptionExtent': 'all' };
    const en = await text(invoices, 'en', all);
    expect(en).toContain(
      'The exception in Article 17(3)(b) GDPR applies to your request: the right to erasure does not apply to the extent that processing is necessary for compliance with a legal obligation that requires the processing under Union or Member State law to which we are subject, or for the performance of a task carried out in the public interest or in the exercise of official authority vested in us. We must keep your invoices',
    );
    expect(en).toContain('The exception covers all the personal data your request concerns, so we have erased none of it. We keep that data only for as long as the exception requires, and use it only for that purpose.');
    const it_ = await text(invoices, 'it', { ...all, 'refusal.explanation': 'Dobbiamo conservare le Sue fatture per dieci anni ai sensi dell’art. 2220 del codice civile.' });
    expect(it_).toContain('Alla Sua richiesta si applica l’eccezione prevista dall’art. 17, par. 3, lett. b), GDPR: il diritto alla cancellazione non si applica nella misura in cui il trattamento sia necessario per adempiere un obbligo giuridico che richieda il trattamento previsto dal diritto dell’Unione o dello Stato membro cui siamo soggetti,');
    expect(it_).toContain('L’eccezione riguarda tutti i dati personali oggetto della Sua richiesta: non ne abbiamo quindi cancellato alcuno.');
    expect(it_).not.toContain('lett. b) GDPR');
  });

  it('Art. 17(3)(e), 21(1) and 22(2): each said in words, EN and IT', async () => {
    const claims = await refusedRequest(['erasure'], 'The data is needed in the proceedings you have brought against us.');
    expect(await text(claims, 'en', { 'refusal.exemptionProvision': 'art-17-3-e', 'refusal.exemptionExtent': 'all' })).toContain('processing is necessary for the establishment, exercise or defence of legal claims.');
    const objection = await refusedRequest(['objection'], 'Fraud prevention on your account continues.');
    const en21 = await text(objection, 'en', { 'refusal.exemptionProvision': 'art-21-1' });
    expect(en21).toContain('The exception in Article 21(1) GDPR applies to your request: after an objection we may continue the processing only where we demonstrate compelling legitimate grounds for it which override your interests, rights and freedoms');
    expect(en21).not.toContain('The exception covers all');
    const it21 = await text(objection, 'it', { 'refusal.exemptionProvision': 'art-21-1', 'refusal.explanation': 'La prevenzione delle frodi sul Suo conto prosegue.' });
    expect(it21).toContain('prevista dall’art. 21, par. 1, GDPR: dopo l’opposizione possiamo proseguire il trattamento solo se dimostriamo l’esistenza di motivi legittimi cogenti');
    const decision = await refusedRequest(['automated-decision'], 'The credit decision is necessary for the loan contract you asked for.');
    const en22 = await text(decision, 'en', { 'refusal.exemptionProvision': 'art-22-2' });
    expect(en22).toContain('a decision based solely on automated processing does not apply where the decision is necessary for entering into, or performing, a contract between you and us');
    expect(en22).toContain('to obtain human intervention on our part, to express your point of view and to contest the decision (Article 22(3) GDPR).');
    const it22 = await text(decision, 'it', { 'refusal.exemptionProvision': 'art-22-2', 'refusal.explanation': 'La decisione sul credito è necessaria per il contratto di finanziamento che ha chiesto.' });
    expect(it22).toContain('il diritto di ottenere l’intervento umano da parte nostra, di esprimere la Sua opinione e di contestare la decisione (art. 22, par. 3, GDPR).');
  });

  it('2-undecies: the explanation under the reasons before the per-right list, "the limitation" in EN, and a caution when every right has the same reason (E4)', async () => {
    const two = await refusedRequest(['access', 'erasure'], 'The data is needed for the defence in pending court proceedings.');
    const undecies = { 'refusal.exemptionProvision': 'art-23', 'refusal.undeciesLetter': 'e', 'refusal.limitationUntil': 'until the proceedings end' };
    const same = { ...undecies, 'refusal.prejudice': 'access to your personal data: it would disclose our defence strategy.\nerasure of your personal data: it would disclose our defence strategy.' };
    const warned = await call<LetterPreview>('documents.preview', request(two, 'en', same));
    const caution = warned.warnings.find((w) => w.code === 'same-prejudice');
    expect(caution?.message.en).toContain('Every right refused carries the same reason (“it would disclose our defence strategy.”)');
    expect(caution?.message.en).toContain('Article 17(3)(e) GDPR (legal claims) answers the same need and leaves the person the complaint to the Garante (Article 77 GDPR)');
    expect(caution?.message.it).toContain('Ogni diritto rifiutato porta lo stesso motivo');
    const each = { ...undecies, 'refusal.prejudice': 'access to your personal data: the copy would disclose our defence strategy.\nerasure of your personal data: the data is evidence we must produce in court.' };
    const reasoned = await call<LetterPreview>('documents.preview', request(two, 'en', each));
    expect(reasoned.warnings.map((w) => w.code)).not.toContain('same-prejudice');
    const en = await text(two, 'en', each);
    expect(en).toContain('The limitation in Article 2-undecies(1), letter (e), of the Italian Personal Data Protection Code');
    expect(en).toContain('The limitation applies only for as long as');
    expect(en).not.toContain('The restriction in Article 2-undecies');
    const explained = en.indexOf('The data is needed for the defence in pending court proceedings.');
    expect(explained).toBeGreaterThan(en.indexOf('The reasons'));
    expect(explained).toBeLessThan(en.indexOf('Article 2-undecies(1) allows the limitation only where'));
  });
});
