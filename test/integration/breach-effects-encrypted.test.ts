import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAuditReportPdf } from '../../electron/core/reports/report-pdf/write-audit-report-pdf';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { LetterPreview } from '../../electron/shared/document-contract';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * The register's effects of a breach follow the same assessment as the notice to the people
 * (review 7, G10; Art. 33(5), 34(3)(a)): a laptop whose disk was encrypted, the key safe, decided
 * not to be notified, reads "None expected: the data were encrypted…" in the audit report, as the
 * notice says "we do not expect the incident to have consequences for you", never the identity
 * theft that misuse could bring. A breach not notified for another reason keeps its "none
 * expected, per the decision" with what misuse could cause. Read with pdftotext, EN and IT.
 */
const FACTS = { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: true, dataCategories: ['identity', 'contact'], subjects: 800 } as const;

const WORDS = {
  en: {
    encrypted: 'None expected: the data were encrypted or hashed to the state of the art and the key was not compromised, so whoever holds them cannot read them. No misuse of the data has been observed so far.',
    hypothetical: 'None expected, per the decision not to notify (see its reason). Had the data been misused, which that decision judges unlikely: depending',
    theft: 'identity theft',
    notice: 'As long as the key stays safe, we do not expect the incident to have consequences for you.',
  },
  it: {
    encrypted: 'Nessuna prevista: i dati erano cifrati o sottoposti a hash secondo lo stato dell’arte e la chiave non è stata compromessa, quindi chi li detiene non può leggerli. Finora non è stato rilevato alcun uso illecito dei dati.',
    hypothetical: 'Nessuna prevista, secondo la decisione di non notificare (v. il motivo). Se i dati fossero usati illecitamente, eventualità che la decisione giudica improbabile: a seconda',
    theft: 'furto d’identità',
    notice: 'Finché la chiave resta al sicuro, non prevediamo conseguenze per Lei.',
  },
} as const;

describe('the register’s effects of an encrypted breach agree with the notice to the people (review 7, G10)', () => {
  const { app, tmp, call } = letterVault(new Date('2026-06-20T10:00:00+02:00'), NOVENTIA);

  it('prints "None expected: the data were encrypted…" for the laptop, and the hypothetical misuse only for the other breach', async () => {
    const laptop = await call<BreachDetail>('breaches.create', {
      breach: { title: 'Laptop stolen from a sales manager’s car', awareAt: '2026-05-08T09:40:00+02:00', cause: 'lost-stolen-device', subjectCategories: ['customers'], facts: { ...FACTS, unintelligible: true } },
    });
    await call('breaches.decide', { id: laptop.id, decision: { notifyAuthority: false, notifySubjects: false, rationale: 'The data was encrypted to the state of the art and the key is safe: unlikely to result in a risk.' } });
    const invoice = await call<BreachDetail>('breaches.create', {
      breach: { title: 'Invoice e-mailed to the wrong customer', awareAt: '2026-05-10T09:40:00+02:00', cause: 'misdirected-communication', subjectCategories: ['customers'], facts: { ...FACTS, confidentiality: 'known-recipients', maliciousIntent: false, subjects: 1, recipientTrusted: true } },
    });
    await call('breaches.decide', { id: invoice.id, decision: { notifyAuthority: false, notifySubjects: false, rationale: 'One known, trusted recipient confirmed deletion in writing within hours.' } });

    for (const language of ['en', 'it'] as const) {
      const path = join(tmp.dir, `report-${language}.pdf`);
      await writeAuditReportPdf(app.session.db(), path, { range: { from: '2026-01-01', to: '2026-12-31' }, now: new Date('2026-06-20T10:00:00+02:00'), language, progress: () => undefined });
      const report = execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      const w = WORDS[language];
      expect(report, language).toContain(w.encrypted);
      // The other breach not notified keeps what misuse could have caused, said as such: once, for it alone.
      expect(report.split(w.hypothetical).length - 1, language).toBe(1);
      expect(report.split(w.theft).length - 1, language).toBe(1);

      const preview = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: laptop.id, kind: 'subject-notice', language, inputs: { 'notice.whatHappened': 'A laptop was stolen.', 'breach.measuresTaken': 'Remote wipe sent.' } });
      const notice = pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir);
      expect(notice, language).toContain(w.notice);
      expect(notice, language).not.toContain(w.theft);
    }
  }, 300_000);
});
