import { describe, expect, it } from 'vitest';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * Art. 19 GDPR in the erasure, rectification and restriction confirmations (review D26): the
 * letter says the change was communicated to the recipients and that they are named on request
 * (or names them), or that there were none, or why telling them proved impossible or
 * disproportionate, which the DPO must then give. Without a choice the letter is not produced.
 */
const NOW = new Date('2026-05-20T10:00:00Z');
const KINDS = [
  { kind: 'erasure-confirmation', type: 'erasure', en: 'erasure', it: 'cancellazione' },
  { kind: 'rectification-confirmation', type: 'rectification', en: 'rectification', it: 'rettifica' },
  { kind: 'restriction-confirmation', type: 'restriction', en: 'restriction', it: 'limitazione' },
] as const;

describe('Art. 19 in the confirmations of erasure, rectification and restriction', () => {
  const { tmp, call } = letterVault(NOW, NOVENTIA);

  async function done(type: string): Promise<string> {
    const request = { regime: 'gdpr', types: [type], receivedAt: '2026-05-04T10:00:00+02:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'email-confirmation', outcome: 'verified' } } });
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Done', at: '2026-05-13T12:00:00+02:00' } });
    return reference;
  }

  async function letter(reference: string, kind: string, language: LetterLanguage, inputs: Record<string, string>): Promise<{ missing: string[]; text: string }> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language, inputs: { 'action.date': '2026-05-13', ...inputs } });
    const text = preview.pdfBase64 ? pdfText(Buffer.from(preview.pdfBase64, 'base64'), tmp.dir) : '';
    return { missing: preview.missing.map((m) => m.key), text };
  }

  for (const k of KINDS) {
    it(`${k.kind}: recipients told and named on request by default; none; impossible with its reason; no choice, no letter`, async () => {
      const reference = await done(k.type);
      const en = await letter(reference, k.kind, 'en', {});
      expect(en.missing).toEqual([]);
      expect(en.text).toContain(`We have communicated the ${k.en} to each recipient to whom the data had been disclosed (Article 19 GDPR); if you wish, we will tell you who they are.`);
      const it_ = await letter(reference, k.kind, 'it', {});
      expect(it_.text).toContain(`Abbiamo comunicato la ${k.it} ai destinatari cui i dati erano stati trasmessi (art. 19 GDPR); se lo desidera, Le indicheremo chi sono.`);
      const named = await letter(reference, k.kind, 'en', { 'action.recipientsNotified': 'Amazon Web Services EMEA SARL (hosting)' });
      expect(named.text).toContain('(Article 19 GDPR): Amazon Web Services EMEA SARL (hosting).');
      expect(named.text).not.toContain('we will tell you who they are');
      const none = await letter(reference, k.kind, 'it', { 'action.recipientsTold': 'no-recipients' });
      expect(none.text).toContain(`Non avevamo trasmesso i dati in questione ad alcun destinatario, per cui non vi era nessuno da informare della ${k.it} (art. 19 GDPR).`);
      expect(none.text).not.toContain('Abbiamo comunicato');
      expect((await letter(reference, k.kind, 'en', { 'action.recipientsTold': 'impossible' })).missing).toEqual(['action.recipientsReason']);
      const impossible = await letter(reference, k.kind, 'en', { 'action.recipientsTold': 'impossible', 'action.recipientsReason': 'the mailing list was sent to a printer that has since closed, and no contact remains.' });
      expect(impossible.text).toContain(`We have not communicated the ${k.en} to the recipients to whom the data had been disclosed, because this proved impossible or would involve disproportionate effort (Article 19 GDPR): the mailing list was sent to a printer that has since closed`);
      expect((await letter(reference, k.kind, 'it', { 'action.recipientsTold': '' })).missing).toEqual(['action.recipientsTold']);
    });
  }
});
