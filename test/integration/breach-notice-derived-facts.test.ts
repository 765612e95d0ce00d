import { describe, expect, it } from 'vitest';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { Client } from '../../electron/shared/clients';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import { letterVault, NOVENTIA, NOVENTIA_WITH_CONTACTS, pdfText } from '../support/letter-vault';
import { pagesText, renderedPages } from '../support/pdf-layout';

/**
 * What a breach notice derives from the register, and how it writes it (fourth lawyer review):
 * "still ongoing" from a recorded containment (D9, D34), the controller's identifiers as named
 * missing fields (D25), consequences of a loss of availability only once the DPO confirms them
 * (D40), one conjunction in a list of effects (D13), a protocol number without its repeated
 * prefix (D14) and counts grouped from four digits (D15). Each document is generated and read
 * back with pdftotext, in English and Italian.
 */
const HOUR = 3_600_000;
const AWARE_AT = '2026-03-27T10:00:00+01:00';
const AWARE_MS = Date.parse(AWARE_AT);

/** A preview read back: its PDF's text (white space made single), the keys it lists as missing, and the preview. */
async function read(preview: Promise<LetterPreview>, dir: string): Promise<{ text: string; missing: string[]; preview: LetterPreview }> {
  const p = await preview;
  return { text: p.pdfBase64 ? pdfText(Buffer.from(p.pdfBase64, 'base64'), dir) : '', missing: p.missing.map((m) => m.key), preview: p };
}

describe('"still ongoing" comes from the containment the register records, in every notice that prints it (D9, D34)', () => {
  const { tmp, call } = letterVault(new Date(AWARE_MS + 30 * HOUR), NOVENTIA_WITH_CONTACTS);
  const ROWS = [
    {
      language: 'en',
      contained: 'No: contained on 27 March 2026 at 12:00 CET (+01:00)',
      period: 'From 18 March 2026 at 09:00 CET (+01:00); contained on 27 March 2026 at 12:00 CET (+01:00)',
      label: 'Whether the breach is still ongoing',
    },
    {
      language: 'it',
      contained: 'No: contenimento completato il 27 marzo 2026 alle ore 12:00 CET (+01:00)',
      period: 'Dal 18 marzo 2026 alle ore 09:00 CET (+01:00); contenimento completato il 27 marzo 2026 alle ore 12:00 CET (+01:00)',
      label: 'Se la violazione è ancora in corso',
    },
  ] as const;

  it.each(ROWS)('$language: the notification and the client notice say "contained on …", and the caution no longer names it', async ({ language, contained, period, label }) => {
    const client = await call<Client>('clients.save', { client: { name: `Blu Mobility SpA ${language}`, privacyContact: 'privacy@blu.example', country: 'IT', breachNoticeHours: 24 } });
    const breach = await call<BreachDetail>('breaches.create', {
      breach: {
        title: 'Exports bucket left public',
        awareAt: AWARE_AT,
        occurredFrom: '2026-03-18T09:00:00+01:00',
        description: 'A storage bucket with CSV exports was readable without authentication for nine days. Access closed on discovery.',
        cause: 'human-error',
        roles: { controllerSide: true, clientIds: [client.id], processorReportedAt: null, nis2Significant: false },
      },
    });
    const preview = (kind: string, inputs: Record<string, string>) => read(call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind, language, inputs }), tmp.dir);
    const before = await preview('authority-notification', { 'notice.phase': 'preliminary' });
    expect(before.preview.warnings.find((w) => w.code === 'facts-not-yet-known')?.message[language]).toContain(label);

    await call('breaches.addAction', { id: breach.id, action: { kind: 'containment', at: '2026-03-27T12:00:00+01:00', who: 'Cloud operations', text: 'Public access to the bucket removed.' } });
    const authority = await preview('authority-notification', { 'notice.phase': 'preliminary' });
    expect(authority.missing).toEqual([]);
    expect(authority.text).toContain(contained);
    expect(authority.text).toContain(period);
    expect(authority.preview.warnings.find((w) => w.code === 'facts-not-yet-known')?.message[language]).not.toContain(label);
    const notice = await preview('client-notice', {
      'notice.client': client.id,
      'notice.followUpBy': language === 'en' ? 'by 30 March 2026' : 'entro il 30 marzo 2026',
      'notice.clientWhatHappened': language === 'en' ? 'A storage bucket with exports of your lead list was readable without authentication.' : 'Un archivio con le esportazioni del Vostro elenco di contatti era leggibile senza autenticazione.',
    });
    expect(notice.missing).toEqual([]);
    expect(notice.text).toContain(contained);
    expect(notice.preview.inputs.find((i) => i.key === 'breach.ongoing')?.value).toBe(contained);
  });

  it('a recorded end wins over containment; with neither, it stays "not yet known"', async () => {
    const breach = await call<BreachDetail>('breaches.create', {
      breach: { title: 'Laptop stolen', awareAt: AWARE_AT, occurredTo: '2026-03-27T08:00:00+01:00', description: 'A laptop was stolen from a car.', cause: 'lost-stolen-device' },
    });
    await call('breaches.addAction', { id: breach.id, action: { kind: 'containment', at: '2026-03-27T12:00:00+01:00', who: 'IT', text: 'Remote wipe sent.' } });
    const ended = await read(call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'authority-notification', language: 'en', inputs: { 'notice.phase': 'preliminary' } }), tmp.dir);
    expect(ended.text).toContain('No: it ended on 27 March 2026 at 08:00 CET (+01:00)');
    // A remediation step is not a containment: the register does not say it stopped the breach.
    const open = await call<BreachDetail>('breaches.create', { breach: { title: 'Phishing', awareAt: AWARE_AT, description: 'A mailbox was phished.', cause: 'cyber-attack' } });
    await call('breaches.addAction', { id: open.id, action: { kind: 'remediation', at: '2026-03-27T12:00:00+01:00', who: 'IT', text: 'Training planned.' } });
    const unknown = await read(call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: open.id, kind: 'authority-notification', language: 'it', inputs: { 'notice.phase': 'preliminary' } }), tmp.dir);
    // Read line by line, without the BOZZA mark whose letters fall between the table's cells.
    const lines = pagesText(renderedPages(Buffer.from(unknown.preview.pdfBase64 ?? '', 'base64'), tmp.dir));
    expect(lines).toContain('Se la violazione è ancora in corso Non ancora noto');
  });
});

describe('the controller’s VAT number, PEC, e-mail and telephone are required fields of the notification, named with Settings (D25)', () => {
  const { tmp, call, refused } = letterVault(new Date(AWARE_MS + 30 * HOUR), NOVENTIA);
  const IDENTIFIERS = ['controller.taxCode', 'organisation.pec', 'organisation.email', 'organisation.phone'];
  const ROWS = [
    { language: 'en', labels: ['Controller’s tax code or VAT number (from Settings → Organisation: VAT number, or typed here)', 'Certified e-mail, PEC (Settings → Organisation)', 'Organisation e-mail (Settings → Organisation)', 'Organisation telephone (Settings → Organisation)'] },
    { language: 'it', labels: ['Codice fiscale o partita IVA del titolare (da Impostazioni → Organizzazione: Partita IVA, o indicato qui)', 'Posta elettronica certificata, PEC (Impostazioni → Organizzazione)', 'E-mail dell’organizzazione (Impostazioni → Organizzazione)', 'Telefono dell’organizzazione (Impostazioni → Organizzazione)'] },
  ] as const;
  let breach: BreachDetail;
  const request = (language: LetterLanguage, inputs: Record<string, string> = {}) => ({ caseType: 'breach', caseId: breach.id, kind: 'authority-notification', language, inputs: { 'notice.phase': 'preliminary', ...inputs } });

  it.each(ROWS)('$language: listed as missing in the letter’s words, and the final notification refused', async ({ language, labels }) => {
    breach ??= await call<BreachDetail>('breaches.create', { breach: { title: 'Laptop stolen', awareAt: AWARE_AT, description: 'A laptop with an unencrypted export was stolen.', cause: 'lost-stolen-device' } });
    const preview = await call<LetterPreview>('documents.preview', request(language));
    expect(preview.missing.filter((m) => IDENTIFIERS.includes(m.key)).map((m) => m.label)).toEqual(labels);
    const refusal = await refused('documents.finalise', request(language));
    expect(refusal.code).toBe('VALIDATION');
    for (const key of IDENTIFIERS) expect(refusal.message).toContain(`[${key}]`);
    // A tax code typed on the notice counts; the others still come from Settings.
    const typed = await call<LetterPreview>('documents.preview', request(language, { 'controller.taxCode': '01234567890' }));
    expect(typed.missing.map((m) => m.key).filter((key) => IDENTIFIERS.includes(key))).toEqual(['organisation.pec', 'organisation.email', 'organisation.phone']);
  });

  it('once Settings hold them, section 3 prints each and nothing is missing', async () => {
    await call('settings.update', { changes: NOVENTIA_WITH_CONTACTS });
    const italian = await read(call<LetterPreview>('documents.preview', request('it')), tmp.dir);
    expect(italian.missing).toEqual([]);
    for (const value of ['Codice fiscale o partita IVA IT01234567890', 'noventia@pec.example.it', 'privacy@noventia.example', '+39 02 8765 4321']) expect(italian.text).toContain(value);
  });
});

describe('effects: one conjunction (D13), counts grouped (D15), a loss of availability only as the DPO confirms it (D40), a protocol without its prefix (D14)', () => {
  const { tmp, call } = letterVault(new Date('2026-04-20T10:00:00+02:00'), NOVENTIA_WITH_CONTACTS);
  const ROWS = [
    {
      language: 'en',
      effects: 'identity theft or impersonation, unwanted messages and phishing attempts, as well as unauthorised access to accounts',
      counts: ['Approximate number of people 4,800', 'Approximate number of records 12,500'],
      loss: 'Yes: data unavailable for days',
      effect: 'temporary loss of access to the service and to the data',
      protocol: 'reference 123/2026',
      whatHappened: 'Someone copied a list of customer accounts.',
    },
    {
      language: 'it',
      effects: 'furto d’identità o sostituzione di persona, messaggi indesiderati e tentativi di phishing, nonché accessi non autorizzati agli account',
      counts: ['Numero approssimativo di interessati 4.800', 'Numero approssimativo di registrazioni 12.500'],
      loss: 'Sì: dati non disponibili per alcuni giorni',
      effect: 'impossibilità temporanea di accedere al servizio e ai dati',
      protocol: 'protocollo 123/2026',
      whatHappened: 'Qualcuno ha copiato un elenco di account dei clienti.',
    },
  ] as const;
  const FULL = {
    'breach.discoveryMethod': 'Alert from the monitoring.',
    'breach.ongoing': 'No.',
    'breach.policeReport': 'No.',
    'breach.securityMeasures': 'Encryption at rest.',
    'breach.measuresTaken': 'Passwords reset.',
  };
  let breach: BreachDetail;

  it.each(ROWS)('$language', async ({ language, effects, counts, loss, effect, protocol, whatHappened }) => {
    if (!breach) {
      breach = await call<BreachDetail>('breaches.create', {
        breach: {
          title: 'Customer accounts copied',
          awareAt: '2026-04-01T10:00:00+02:00',
          occurredFrom: '2026-03-31T22:00:00+02:00',
          occurredTo: '2026-04-01T02:00:00+02:00',
          description: 'Attackers copied the customer accounts table.',
          cause: 'cyber-attack',
          systems: ['Customer portal'],
          subjectCategories: ['customers'],
          recordsCount: 12_500,
          facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'days', maliciousIntent: true, dataCategories: ['identity', 'contact', 'credentials'], subjects: 4800 },
        },
      });
      await call('breaches.decide', { id: breach.id, decision: { notifyAuthority: true, notifySubjects: true, rationale: 'Credentials of 4,800 customers in unknown hands' } });
      await call('breaches.addNotification', { id: breach.id, notification: { recipient: 'authority', phase: 'preliminary', sentAt: '2026-04-02T10:00:00+02:00', reference: 'Prot. 123/2026', summary: 'Preliminary notification' } });
    }
    const preview = (kind: string, inputs: Record<string, string>) => read(call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind, language, inputs }), tmp.dir);
    const people = await preview('subject-notice', { 'notice.whatHappened': whatHappened, 'breach.measuresTaken': 'Passwords reset.' });
    expect(people.text).toContain(effects);
    expect(people.text).not.toContain(effect);
    const caution = people.preview.warnings.find((w) => w.code === 'effects-unconfirmed')?.message[language];
    expect(caution).toContain(loss);
    expect(caution).toContain(effect);

    const complete = await preview('authority-notification', { 'notice.phase': 'complete', ...FULL });
    expect(complete.missing).toEqual([]);
    expect(complete.text).toContain(effects);
    expect(complete.text).not.toContain(effect);
    for (const count of counts) expect(complete.text).toContain(count);
    expect(complete.text).toContain(protocol);
    expect(complete.text).not.toMatch(/(protocollo|reference) Prot\./);

    // The DPO confirms the consequence by writing it: printed as written, and no caution.
    const confirmed = await preview('authority-notification', { 'notice.phase': 'complete', ...FULL, 'breach.consequences': `${effects}; ${effect}.` });
    expect(confirmed.text).toContain(effect);
    expect(confirmed.preview.warnings.map((w) => w.code)).not.toContain('effects-unconfirmed');
  });
});
