import { describe, expect, it } from 'vitest';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { Client } from '../../electron/shared/clients';
import type { LetterInputs, LetterPreview } from '../../electron/shared/document-contract';
import { letterVault, NOVENTIA_WITH_CONTACTS, pdfText } from '../support/letter-vault';

/**
 * A client notice prints the register's containment and remediation steps as its measures taken
 * until the DPO writes them for the client: the register's words, written for the file in
 * whatever language it is kept, too short for the language check to judge. A caution names them
 * (review 6, F12; review 4, D35), and goes once the DPO writes the measures; the Italian notice
 * then prints the DPO's words, not the register's English ones.
 */
describe('the register’s measures in a client notice (review 6, F12)', () => {
  const { tmp, call } = letterVault(new Date('2026-03-28T12:00:00+01:00'), NOVENTIA_WITH_CONTACTS);

  it('cautions while the register’s words are printed, in both languages, and prints the DPO’s words once written', async () => {
    const rossi = await call<Client>('clients.save', { client: { name: 'Rossi Arredamenti Srl', privacyContact: 'privacy@rossi.example', country: 'IT', agreementSignedOn: '2025-02-03', breachNoticeHours: 24 } });
    const breach = await call<BreachDetail>('breaches.create', {
      breach: {
        title: 'Exports bucket left public',
        awareAt: '2026-03-27T10:00:00+01:00',
        description: 'A storage bucket with the clients’ lead lists was readable without authentication.',
        cause: 'human-error',
        subjectCategories: ['customers'],
        facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: false, dataCategories: ['identity', 'contact'], subjects: 900 },
        roles: { controllerSide: false, clientIds: [rossi.id], processorReportedAt: null, nis2Significant: false },
      },
    });
    await call('breaches.addAction', { id: breach.id, action: { kind: 'containment', at: '2026-03-27T11:00:00+01:00', who: 'Ops', text: 'Public access to the bucket removed; access keys rotated.' } });
    const base: LetterInputs = { 'notice.client': rossi.id, 'notice.clientWhatHappened': 'Un archivio con i Vostri elenchi di contatti è stato leggibile senza autenticazione.', 'notice.followUpBy': 'entro il 30 marzo 2026' };
    const preview = (inputs: LetterInputs) => call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'client-notice', language: 'it', inputs });

    const printed = await preview(base);
    const caution = printed.warnings.find((w) => w.code === 'register-measures');
    expect(caution?.message.it).toContain('Le misure adottate sono riportate come le registra il registro delle violazioni (“Public access to the bucket removed; access keys rotated.”)');
    expect(caution?.message.en).toContain('The measures taken are printed as the breach register records them');

    const written = await preview({ ...base, 'breach.measuresTaken': 'Abbiamo rimosso l’accesso pubblico all’archivio e sostituito le chiavi di accesso.' });
    expect(written.warnings.map((w) => w.code)).not.toContain('register-measures');
    expect(written.missing).toEqual([]);
    const text = pdfText(Buffer.from(written.pdfBase64 ?? '', 'base64'), tmp.dir);
    expect(text).toContain('Abbiamo rimosso l’accesso pubblico all’archivio e sostituito le chiavi di accesso.');
    expect(text).not.toContain('Public access to the bucket removed');
  });
});
