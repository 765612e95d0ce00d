import { describe, expect, it } from 'vitest';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { Client } from '../../electron/shared/clients';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import { letterVault, NOVENTIA_WITH_CONTACTS, pdfText } from '../support/letter-vault';

/**
 * What a breach notice states about the register's own record (fourth lawyer review): the
 * other bodies informed (D8), the lateness of the first notification seen from a later phase
 * (D32), an earlier notice to the people (D36), the NIS2 report's sender (D28) and the facts
 * printed "not yet known" (D9, D29, D34). Each document is generated and read back with
 * pdftotext, in English and Italian, from one table of expected words per language (the
 * controller's identifiers, D25, are in breach-notice-derived-facts.test.ts).
 */
const HOUR = 3_600_000;
const AWARE_AT = '2026-03-27T10:00:00+01:00';
const AWARE_MS = Date.parse(AWARE_AT);

const NIS2 = {
  'nis2.scope': 'important',
  'nis2.authority': 'CSIRT Italia (Agenzia per la cybersicurezza nazionale)',
  'nis2.contactName': 'Luca Bianchi',
  'nis2.contactRole': 'Referente CSIRT',
  'nis2.contactEmail': 'csirt@noventia.example',
  'nis2.contactPhone': '+39 02 8765 4321',
} as const;

/** A preview's PDF read back with pdftotext (white space made single), and what it lists as missing. */
async function read(preview: Promise<LetterPreview>, dir: string): Promise<{ text: string; missing: string[]; preview: LetterPreview }> {
  const p = await preview;
  return { text: p.pdfBase64 ? pdfText(Buffer.from(p.pdfBase64, 'base64'), dir) : '', missing: p.missing.map((m) => m.key), preview: p };
}

/** Section 12 in each language: never "None" once the register records the early warning and the client notice. */
const SECTION_12 = [
  {
    language: 'en',
    none: 'bodies notified None',
    lines: [
      'CSIRT Italia (Agenzia per la cybersicurezza nazionale): NIS2 early warning under Article 25(5)(a) of Legislative Decree No. 138/2024, sent on 28 March 2026 at 09:00 CET (+01:00), ref. CSIRT-IT pre-notifica 7731',
      'Blu Mobility SpA, as controller: our notice of 27 March 2026 at 15:00 CET (+01:00) by certified e-mail (PEC), ref. PEC 2026/0412',
    ],
  },
  {
    language: 'it',
    none: 'organismi informati Nessuna',
    lines: [
      // pdftotext joins a word hyphenated at a line's end ("pre-notifica" may read "prenotifica").
      'notifica NIS2 (art. 25, comma 5, lett. a), del D.Lgs. 138/2024) inviata il 28 marzo 2026 alle ore 09:00 CET (+01:00), rif. CSIRT',
      'Blu Mobility SpA, in qualità di titolare del trattamento: nostra comunicazione del 27 marzo 2026 alle ore 15:00 CET (+01:00) tramite PEC, rif. PEC 2026/0412',
    ],
  },
] as const;

describe('section 12 of the notification names the other bodies and the controllers the register shows informed (D8)', () => {
  const { tmp, call } = letterVault(new Date(AWARE_MS + 30 * HOUR), { ...NOVENTIA_WITH_CONTACTS, ...NIS2 });
  const notice = (breach: BreachDetail, language: LetterLanguage, date?: string) =>
    read(call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'authority-notification', language, inputs: { 'notice.phase': 'preliminary' }, ...(date ? { date } : {}) }), tmp.dir);

  it('lists the NIS2 early warning with its decree letter, time and reference, and the client notice, never "None"', async () => {
    const client = await call<Client>('clients.save', { client: { name: 'Blu Mobility SpA', privacyContact: 'privacy@blu.example', country: 'IT', breachNoticeHours: 24 } });
    const breach = await call<BreachDetail>('breaches.create', {
      breach: {
        title: 'Exports bucket left public',
        awareAt: AWARE_AT,
        description: 'A storage bucket with CSV exports was readable without authentication.',
        cause: 'human-error',
        roles: { controllerSide: true, clientIds: [client.id], processorReportedAt: null, nis2Significant: true },
      },
    });
    const before = await notice(breach, 'en');
    expect(before.text).toContain('Other supervisory authorities or bodies notified None');

    await call('breaches.clientNotice', { breachId: breach.id, clientId: client.id, sentAt: '2026-03-27T15:00:00+01:00', channel: 'pec', reference: 'PEC 2026/0412' });
    await call('breaches.nis2Report', { breachId: breach.id, stage: 'early-warning', sentAt: '2026-03-28T09:00:00+01:00', reference: 'CSIRT-IT pre-notifica 7731' });
    for (const row of SECTION_12) {
      const text = (await notice(breach, row.language)).text;
      expect(text, row.language).not.toContain(row.none);
      for (const line of row.lines) expect(text, row.language).toContain(line);
    }
    // A notification dated before the early warning went lists only what had been sent by its date.
    const earlier = await notice(breach, 'en', '2026-03-27');
    expect(earlier.text).toContain('Blu Mobility SpA, as controller: our notice of 27 March 2026');
    expect(earlier.text).toContain('Other supervisory authorities or bodies notified None');
  });
});

/** A later phase after a late preliminary notification, in each language: what it must not say of itself, and what it says of the first one. */
const EARLIER_LATE = [
  {
    language: 'en',
    changes: 'The number of people concerned.',
    selfLate: 'This notification is made more than 72 hours',
    earlierLate:
      'The preliminary notification of 8 October 2026 at 14:00 CEST (+02:00) (reference GPDP-2026-0977) was made 90 hours after we became aware of the breach; the reasons for the delay, already given then, are repeated in section 13 (Article 33(1) GDPR).',
  },
  {
    language: 'it',
    changes: 'Il numero degli interessati.',
    selfLate: 'La presente notifica è effettuata oltre 72 ore',
    earlierLate:
      'La notifica preliminare dell’8 ottobre 2026 alle ore 14:00 CEST (+02:00) (protocollo GPDP-2026-0977) è stata effettuata 90 ore dopo che si è avuta conoscenza della violazione; i motivi del ritardo, già indicati in quella sede, sono riportati nella sezione 13 (art. 33, par. 1, GDPR).',
  },
] as const;

describe('a complete notification after a late preliminary one is not itself "made after 72 hours" (D32, Art. 33(4))', () => {
  // Today is 3 December; the breach was known on 4 October and notified 90 hours later, on 8 October.
  const { tmp, call } = letterVault(new Date('2026-12-03T10:00:00+01:00'), NOVENTIA_WITH_CONTACTS);
  const FULL = {
    'breach.discoveryMethod': 'Alert from the mailing provider.',
    'breach.ongoing': 'No: it ended on 6 October 2026.',
    'breach.policeReport': 'No.',
    'breach.securityMeasures': 'Encryption at rest.',
    'breach.measuresTaken': 'Keys rotated.',
    'notice.completeDelayReasons': 'The forensic report arrived on 1 December.',
  };
  const preview = (breach: BreachDetail, language: LetterLanguage, phase: string, inputs: Record<string, string> = {}) =>
    read(call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'authority-notification', language, inputs: { 'notice.phase': phase, ...FULL, ...inputs } }), tmp.dir);

  it('says when the preliminary went, how late, and repeats its reasons; the date warning does not fire', async () => {
    const breach = await call<BreachDetail>('breaches.create', {
      breach: {
        title: 'Ransomware at the mailing provider',
        awareAt: '2026-10-04T20:00:00+02:00',
        description: 'Attackers encrypted the provider’s mailing database.',
        cause: 'cyber-attack',
        occurredFrom: '2026-10-03T22:00:00+02:00',
        occurredTo: '2026-10-06T12:00:00+02:00',
        systems: ['Mailing database'],
        subjectCategories: ['customers'],
        recordsCount: 12_400,
        facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'days', maliciousIntent: true, dataCategories: ['identity', 'contact'], subjects: 12_400 },
      },
    });
    await call('breaches.decide', { id: breach.id, decision: { notifyAuthority: true, notifySubjects: true, rationale: 'Contact data of 12,400 customers in unknown hands' } });
    // Before any notification, the first one dated today is late and says so, with the 72-hour warning.
    const first = await preview(breach, 'en', 'preliminary', { 'notice.delayReasons': 'The processor told us late.' });
    expect(first.missing).toEqual([]);
    expect(first.text).toContain('This notification is made more than 72 hours after we became aware of the breach.');
    expect(first.preview.warnings.map((w) => w.code)).toContain('dated-after-deadline');

    await call('breaches.addNotification', {
      id: breach.id,
      notification: {
        recipient: 'authority',
        phase: 'preliminary',
        sentAt: '2026-10-08T14:00:00+02:00',
        reference: 'GPDP-2026-0977',
        summary: 'Preliminary notification',
        delayReasons: 'The processor informed us 70 hours after its own discovery.',
      },
    });
    for (const phase of ['complete', 'supplementary']) {
      for (const row of EARLIER_LATE) {
        const label = `${phase}/${row.language}`;
        const text = await preview(breach, row.language, phase, phase === 'supplementary' ? { 'notice.changes': row.changes } : {});
        expect(text.missing, label).toEqual([]);
        expect(text.text, label).not.toContain(row.selfLate);
        expect(text.text, label).toContain(row.earlierLate);
        expect(text.text, label).toContain('The processor informed us 70 hours after its own discovery.');
        expect(text.preview.warnings.map((w) => w.code), label).not.toContain('dated-after-deadline');
      }
    }
  });
});

/** A notice to the people after one the register records, in each language: its opening, the first notice's words it must not repeat, and the caution. */
const FOLLOW_UP = [
  {
    language: 'en',
    opening: 'Further to our notice of 9 October 2026 by e-mail, we are writing with an update on the security incident at Noventia Srl',
    first: 'The law requires us to tell you without undue delay',
    caution: /already told on \w+ 9 Oct 2026 \(E-mail; 12,400 people\): this notice is written as a follow-up/,
    updates: ['We now know that the attackers also copied telephone numbers.'],
    changed: 'What has changed since our notice of 9 October 2026',
  },
  {
    language: 'it',
    opening: 'Facendo seguito alla nostra comunicazione del 9 ottobre 2026 tramite e-mail, Le scriviamo per aggiornarLa',
    first: 'La legge ci impone di informarLa',
    caution: /già stati informati il \w+ 9 ott 2026 \(E-mail; 12\.400 persone\)/,
    updates: ['Ora sappiamo che gli aggressori hanno copiato anche i numeri di telefono.'],
    changed: 'Che cosa è cambiato dalla nostra comunicazione del 9 ottobre 2026',
  },
] as const;

describe('a notice to the people when the register already records one is a follow-up, with a caution (D36, Art. 34)', () => {
  const { tmp, call } = letterVault(new Date('2026-12-03T10:00:00+01:00'), NOVENTIA_WITH_CONTACTS);
  const INPUTS = { en: { 'notice.whatHappened': 'Attackers copied a list with names and e-mail addresses.' }, it: { 'notice.whatHappened': 'Alcuni aggressori hanno copiato un elenco con nomi e indirizzi e-mail.' } };
  const notice = (breach: BreachDetail, language: LetterLanguage, date?: string, updates?: readonly string[]) =>
    read(
      call<LetterPreview>('documents.preview', {
        caseType: 'breach',
        caseId: breach.id,
        kind: 'subject-notice',
        language,
        inputs: { ...INPUTS[language], 'breach.measuresTaken': 'Keys rotated.', ...(updates ? { 'notice.updates': [...updates] } : {}) },
        ...(date ? { date } : {}),
      }),
      tmp.dir,
    );

  it('opens "Further to our notice of 9 October 2026 by e-mail" and warns with the date, channel and count; a notice dated before it is a first notice', async () => {
    const breach = await call<BreachDetail>('breaches.create', {
      breach: {
        title: 'Ransomware at the mailing provider',
        awareAt: '2026-10-04T20:00:00+02:00',
        description: 'Attackers encrypted the provider’s mailing database.',
        cause: 'cyber-attack',
        subjectCategories: ['customers'],
        facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: true, dataCategories: ['identity', 'contact'], subjects: 12_400 },
      },
    });
    await call('breaches.addNotification', { id: breach.id, notification: { recipient: 'subjects', channel: 'email', recipientsCount: 12_400, sentAt: '2026-10-09T11:00:00+02:00', summary: 'E-mail to each customer' } });

    for (const row of FOLLOW_UP) {
      // A follow-up says what is new since the first notice (review 5, E15): without it, the field is missing.
      expect((await notice(breach, row.language)).missing, row.language).toEqual(['notice.updates']);
      const text = await notice(breach, row.language, undefined, row.updates);
      expect(text.missing, row.language).toEqual([]);
      const flat = text.text.replace(/\s+/g, ' ');
      expect(flat, row.language).toContain(row.changed);
      // Under its heading, before what happened.
      expect(flat.indexOf(row.updates[0]), row.language).toBeGreaterThan(flat.indexOf(row.changed));
      expect(flat.indexOf(row.updates[0]), row.language).toBeLessThan(flat.indexOf(row.language === 'en' ? 'What happened' : 'Che cosa è successo'));
      expect(text.text, row.language).toContain(row.opening);
      expect(text.text, row.language).not.toContain(row.first);
      expect(text.preview.warnings.find((w) => w.code === 'subjects-told-earlier')?.message[row.language], row.language).toMatch(row.caution);
    }

    // Dated before that notice went, it is the first notice, with no caution; with no decision recorded, no word on the law (review 7, G6).
    const first = await notice(breach, 'en', '2026-10-08');
    expect(first.text).toContain('We are writing to tell you about a security incident at Noventia Srl');
    expect(first.text).not.toContain('the law');
    expect(first.missing).toEqual([]);
    expect(first.text).not.toContain('What has changed since');
    expect(first.preview.warnings.map((w) => w.code)).not.toContain('subjects-told-earlier');
  });
});

describe('a NIS2 report carries the entity and its CSIRT contact in the letterhead, not the DPO (D28)', () => {
  const { tmp, call } = letterVault(new Date(AWARE_MS + 5 * HOUR), { ...NOVENTIA_WITH_CONTACTS, ...NIS2 });

  it('names the CSIRT contact, role, e-mail and telephone at the top, EN and IT, and the DPO nowhere', async () => {
    const breach = await call<BreachDetail>('breaches.create', {
      breach: {
        title: 'Exports bucket left public',
        awareAt: AWARE_AT,
        description: 'A storage bucket with CSV exports was readable without authentication.',
        cause: 'human-error',
        roles: { controllerSide: true, clientIds: [], processorReportedAt: null, nis2Significant: true },
      },
    });
    for (const language of ['en', 'it'] as const) {
      const report = await read(
        call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language, inputs: { 'csirt.phase': 'early-warning', 'csirt.whatHappened': language === 'en' ? 'The VPN appliance was compromised.' : 'L’apparato VPN è stato compromesso.', 'csirt.malicious': 'No', 'csirt.crossBorder': 'No' } }),
        tmp.dir,
      );
      expect(report.missing, language).toEqual([]);
      const top = report.text.slice(0, report.text.indexOf(language === 'en' ? 'Date' : 'Data'));
      expect(top, language).toContain('Noventia Srl');
      for (const contact of [language === 'en' ? 'CSIRT contact' : 'Referente CSIRT', 'Luca Bianchi', 'csirt@noventia.example', '+39 02 8765 4321']) expect(top, language).toContain(contact);
      for (const dpo of ['Chiara Esposito', 'dpo@noventia.example', 'Data Protection Officer', 'Responsabile della protezione dei dati']) expect(report.text, language).not.toContain(dpo);
    }
  });
});

describe('every fact a notice prints as "not yet known" is listed in a caution before finalising (D9, D29, D34)', () => {
  const { tmp, call } = letterVault(new Date(AWARE_MS + 5 * HOUR), { ...NOVENTIA_WITH_CONTACTS, ...NIS2 });

  it('names each deferred fact in the catalogue’s words, EN and IT, and drops it once the DPO fills it', async () => {
    const breach = await call<BreachDetail>('breaches.create', {
      breach: {
        title: 'Exports bucket left public',
        awareAt: AWARE_AT,
        description: 'A storage bucket with CSV exports was readable without authentication for nine days. Access closed on discovery.',
        cause: 'human-error',
        roles: { controllerSide: true, clientIds: [], processorReportedAt: null, nis2Significant: true },
      },
    });
    const preview = (kind: string, language: LetterLanguage, inputs: Record<string, string>) =>
      read(call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind, language, inputs }), tmp.dir);
    const authority = await preview('authority-notification', 'en', { 'notice.phase': 'preliminary' });
    expect(authority.text).toContain('Whether the breach is still ongoing Not yet known');
    const caution = authority.preview.warnings.find((w) => w.code === 'facts-not-yet-known');
    for (const fact of ['When the breach occurred (from, to) (breach register)', 'Whether the breach is still ongoing (and since when it has ended)', 'Loss of confidentiality (triage facts)', 'Categories of personal data (triage facts)'])
      expect(caution?.message.en, fact).toContain(fact);
    expect(caution?.message.it).toContain('Se la violazione è ancora in corso (o da quando è cessata)');
    expect(caution?.message.it).toContain('risultano «non ancora noti»');

    const filled = await preview('authority-notification', 'en', { 'notice.phase': 'preliminary', 'breach.ongoing': 'No: access was closed on discovery.' });
    expect(filled.text).toContain('No: access was closed on discovery.');
    expect(filled.preview.warnings.find((w) => w.code === 'facts-not-yet-known')?.message.en).not.toContain('Whether the breach is still ongoing');

    // The NIS2 report answers "malicious acts suspected?" from the recorded cause (human error: no, so far), and lists what it still defers.
    const nis2 = await preview('nis2-report', 'it', { 'csirt.phase': 'early-warning', 'csirt.whatHappened': 'Un bucket con esportazioni CSV era leggibile senza autenticazione.' });
    expect(nis2.text).toContain('No: finora nessun elemento fa pensare a un atto illegittimo o malevolo');
    const nis2Caution = nis2.preview.warnings.find((w) => w.code === 'facts-not-yet-known')?.message.it;
    expect(nis2Caution).not.toContain('atti illegittimi o malevoli');
    expect(nis2Caution).toContain('Se l’incidente può avere un impatto transfrontaliero');
  });
});
