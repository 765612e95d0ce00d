import { describe, expect, it } from 'vitest';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { LetterPreview } from '../../electron/shared/document-contract';
import { letterVault, NOVENTIA_WITH_CONTACTS, pdfText } from '../support/letter-vault';

/**
 * The notification to the Garante in the register of a filing (review 5, E5; review 4, D16):
 * the subject "Notifica di violazione dei dati personali (art. 33 GDPR)", the label "Motivo
 * della competenza", and the single-State rule of Art. 55(1) said as "gli interessati
 * risiedono in tale Stato", never "vivono lì"; read from the PDF, EN and IT.
 */
const EXPECTED = {
  en: ['Notification of a personal data breach under Article 33 GDPR', 'Grounds of competence', 'The controller is established in one Member State only and the people concerned reside in that State (Art. 55(1))'],
  it: ['Notifica di violazione dei dati personali (art. 33 GDPR)', 'Motivo della competenza', 'Il titolare è stabilito in un solo Stato membro e gli interessati risiedono in tale Stato (art. 55, par. 1)'],
} as const;
const NEVER = { en: ['live there', 'Why that authority'], it: ['vivono lì', 'Perché quell’autorità', 'Notifica violazione dati personali'] } as const;

describe('the notification to the authority names its competence in a filing’s words (review 5, E5)', () => {
  const { tmp, call } = letterVault(new Date('2026-03-28T10:00:00+01:00'), NOVENTIA_WITH_CONTACTS);

  it('prints the subject, the label and the single-State rule as the Garante reads them, EN and IT', async () => {
    const breach = await call<BreachDetail>('breaches.create', {
      breach: {
        title: 'Mailbox accessed',
        awareAt: '2026-03-27T10:00:00+01:00',
        description: 'A staff mailbox was accessed with a stolen password.',
        facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: true, dataCategories: ['identity', 'contact'], subjects: 120, establishments: ['IT'], affectedCountries: ['IT'] },
      },
    });
    for (const language of ['en', 'it'] as const) {
      const p = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'authority-notification', language, inputs: { 'notice.phase': 'preliminary', 'notice.delayReasons': '—' } });
      expect(p.missing, language).toEqual([]);
      // Table cells wrap and interleave in the rendered text: the rows are read from the body as printed, beside it.
      const body = [p.body.subject, ...p.body.blocks.flatMap((b) => (b.type === 'table' ? b.rows.flatMap((r) => [r.label, r.value]) : b.type === 'list' ? b.items : [b.text]))];
      const text = [pdfText(Buffer.from(p.pdfBase64 ?? '', 'base64'), tmp.dir), ...body].join(' ');
      for (const words of EXPECTED[language]) expect(text, `${language}: ${words}`).toContain(words);
      for (const words of NEVER[language]) expect(text, `${language}: ${words}`).not.toContain(words);
    }
  });
});
