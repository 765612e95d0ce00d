import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterInputs, LetterPreview } from '../../electron/shared/document-contract';
import type { BreachDetail, NewBreach } from '../../electron/shared/breaches';
import { renderText } from '../../electron/core/i18n';
import { ITALIAN_ORGANISATION } from '../support/italian-organisation';
import { pagesText, renderedPages } from '../support/pdf-layout';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * What a breach notice may state, read back with pdftotext (as a flow and line by line): the competent authority from
 * what the register holds, only the notifications sent before the document, no fact dated
 * after it stated as done, where the incident happened, and the data categories without
 * examples the breach did not record. Modelled on the demo's B-2026-004: ransomware at the
 * e-mail delivery processor, people in France and Germany, the triage facts silent on where.
 */
const ORGANISATION = {
  ...ITALIAN_ORGANISATION,
  'organisation.name': 'Lumenta Srl',
  'organisation.address': 'Via dell’Esempio 1, 20121 Milano MI, Italia',
  'organisation.dpoName': 'Maria Esposito',
  'organisation.dpoEmail': 'dpo@lumenta.example',
  'organisation.authorityName': 'Garante per la protezione dei dati personali',
  'organisation.authorityAddress': 'Piazza Venezia 11, 00187 Roma',
  'organisation.authorityWebsite': 'https://www.garanteprivacy.it',
  'organisation.vatNumber': 'IT00000000000',
  'organisation.pec': 'lumenta@pec.example',
  'organisation.email': 'privacy@lumenta.example',
  'organisation.phone': '+39 02 0000 0001',
} as const;

const AT_PROCESSOR: NewBreach = {
  title: 'Ransomware presso il fornitore di invio e-mail',
  awareAt: '2026-10-04T09:33:00+02:00',
  description: 'Il fornitore che invia le e-mail ai clienti ha subito un attacco ransomware con esfiltrazione di un archivio di indirizzi.',
  cause: 'processor-incident',
  occurredFrom: '2026-09-30T08:00:00+02:00',
  occurredTo: '2026-10-02T18:00:00+02:00',
  systems: ['Invio e-mail'],
  subjectCategories: ['customers'],
  recordsCount: 12_400,
  crossBorder: ['FR', 'DE'],
  processors: ['Postino Srl'],
  facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'days', maliciousIntent: true, dataCategories: ['identity', 'contact', 'payment-card'], subjects: 12_400 },
};

const PRELIMINARY_SENT = '2026-10-08T03:33:00+02:00';
const PEOPLE_TOLD = '2026-10-08T13:33:00+02:00';
const CONTAINED = '2026-10-08T15:00:00+02:00';
const INPUTS: LetterInputs = {
  'breach.discoveryMethod': 'Il fornitore ci ha informati via e-mail.',
  'breach.policeReport': 'Denuncia del fornitore alla Polizia Postale.',
  'breach.securityMeasures': 'Cifratura dei dati a riposo.',
  'notice.delayReasons': 'Il fornitore ci ha informati solo dopo 70 ore.',
};

describe('breach notices state only what the register holds, as of their own date', () => {
  const tmp = tempDir();
  const app = appOver(tmp.dir, () => new Date('2026-10-20T10:00:00+02:00'));
  let breach: BreachDetail;

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }
  async function text(kind: string, language: 'en' | 'it', inputs: LetterInputs, date?: string): Promise<string> {
    const p = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind, language, inputs, ...(date ? { date } : {}) });
    expect(p.missing).toEqual([]);
    const pdf = Buffer.from(p.pdfBase64 ?? '', 'base64');
    const file = join(tmp.dir, `${kind}-${language}-${date ?? 'today'}.pdf`);
    writeFileSync(file, pdf);
    const flow = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // Both readings: the text flow (a cell's value whole) and line by line (a table's label beside its value).
    return `${flow} ⏎ ${pagesText(renderedPages(pdf, tmp.dir))}`;
  }

  beforeAll(async () => {
    await app.session.create(PASSPHRASE);
    await call('settings.update', { changes: ORGANISATION });
    breach = await call<BreachDetail>('breaches.create', { breach: AT_PROCESSOR });
    await call('breaches.decide', { id: breach.id, decision: { notifyAuthority: true, notifySubjects: true, rationale: 'Payment card data in unknown hands' } });
    await call('breaches.addAction', { id: breach.id, action: { kind: 'containment', at: '2026-10-04T12:00:00+02:00', who: 'IT', text: 'Integrazione con il fornitore sospesa' } });
    await call('breaches.addAction', { id: breach.id, action: { kind: 'remediation', at: CONTAINED, who: 'IT', text: 'Credenziali API reimpostate' } });
    await call('breaches.addNotification', {
      id: breach.id,
      notification: { recipient: 'authority', phase: 'preliminary', sentAt: PRELIMINARY_SENT, channel: 'online-procedure', reference: 'GPDP-2026-0977', summary: 'Notifica preliminare', delayReasons: INPUTS['notice.delayReasons'] },
    });
    await call('breaches.addNotification', { id: breach.id, notification: { recipient: 'subjects', channel: 'email', recipientsCount: 12_400, sentAt: PEOPLE_TOLD, summary: 'E-mail ai clienti' } });
  });
  afterAll(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  it('names the competent authority from the organisation’s country and the Member States recorded, as the triage’s rule does (Art. 55, 56)', async () => {
    expect(breach.triage?.authorities).toEqual([]);
    const it = await text('authority-notification', 'it', { ...INPUTS, 'notice.phase': 'preliminary' }, '2026-10-08');
    for (const fact of ['Autorità di controllo competente (artt. 55 e 56)', 'Garante per la protezione dei dati personali (Italia)', 'Trattamento transfrontaliero: l’autorità di controllo capofila, quella dello stabilimento unico del titolare nell’UE (art. 56, par. 1)', 'Francia e Germania'])
      expect(it, fact).toContain(fact);
    expect(it).not.toContain('Non determinata');
    const en = await text('authority-notification', 'en', { ...INPUTS, 'notice.phase': 'preliminary' }, '2026-10-08');
    expect(en).toContain('Garante per la protezione dei dati personali (Italy)');
    expect(en).not.toContain('Not determined');
    // The authority's proper name is not English text in an Italian letter, nor the reverse: it never asks for a language confirmation.
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'authority-notification', language: 'en', inputs: { ...INPUTS, 'notice.phase': 'preliminary' }, date: '2026-10-08' });
    expect(preview.warnings.map((w) => w.field)).not.toContain('breach.competentAuthorities');
  });

  it('refuses a second preliminary notification once one was sent before its date, naming when and its protocol (Art. 33(4))', async () => {
    const input = { caseType: 'breach', caseId: breach.id, kind: 'authority-notification', language: 'it', inputs: { ...INPUTS, 'notice.phase': 'preliminary' }, date: '2026-10-09' };
    const result = await app.dispatch('documents.preview', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'notice.phase' }] });
    expect(result.error.message).toContain('was already sent on Thu 8 Oct 2026 (GPDP-2026-0977): there is only one (Art. 33(4) GDPR). Generate the complete or the supplementary notification');
    // "ne è prevista una sola", the date written in full (review 4, D27(c); the authority refusal's leftover).
    expect(renderText('it', result.error.detail ?? { key: '' })).toContain(
      'è già stata inviata una notifica preliminare giovedì 8 ottobre 2026 (GPDP-2026-0977): ne è prevista una sola (art. 33, par. 4, GDPR). Genera la notifica completa o integrativa',
    );
    expect(renderText('it', result.error.detail ?? { key: '' })).not.toContain('ve ne è');
    // The recorded preliminary itself, on its own date, is still the preliminary; the complete one the day after is allowed.
    expect((await call<LetterPreview>('documents.preview', { ...input, date: '2026-10-08' })).missing).toEqual([]);
    expect((await call<LetterPreview>('documents.preview', { ...input, inputs: { ...INPUTS, 'notice.phase': 'complete' } })).kind).toBe('authority-notification');
  });

  it('lists only the notifications sent before it, and states as done nothing dated after its own sending', async () => {
    const it = await text('authority-notification', 'it', { ...INPUTS, 'notice.phase': 'preliminary' }, '2026-10-08');
    expect(it).toContain('Notifiche precedenti Nessuna');
    expect(it).not.toContain('GPDP-2026-0977');
    expect(it).toContain('Non ancora: la comunicazione agli interessati è prevista senza ingiustificato ritardo');
    expect(it).not.toMatch(/gli interessati sono stati informati/);
    // The measures taken start from the actions recorded by then: the 12:00 one on the 4th, not the 15:00 one on the 8th.
    expect(it).toContain('Integrazione con il fornitore sospesa');
    expect(it).not.toContain('Credenziali API reimpostate');

    const later = await text('authority-notification', 'it', { ...INPUTS, 'notice.phase': 'supplementary', 'notice.changes': ['Gli interessati sono stati informati.'] }, '2026-10-09');
    expect(later).toContain('Notifica preliminare inviata l’8 ottobre 2026 alle ore 03:33 CEST (+02:00), protocollo GPDP-2026-0977');
    expect(later).toContain('gli interessati sono stati informati l’8 ottobre 2026 alle ore 13:33 CEST (+02:00)');
    expect(later).toContain('Credenziali API reimpostate');
    expect(later).not.toContain('Non ancora: la comunicazione');
  });

  it('tells the people the incident happened at a supplier, and names only the categories recorded, without examples (Art. 34(2))', async () => {
    const it = await text('subject-notice', 'it', {
      'notice.whatHappened': 'Il fornitore che invia per nostro conto le e-mail ha subito un attacco informatico.',
      'notice.updates': 'Il fornitore ha confermato che l’accesso è stato chiuso.',
    });
    // (The register records the people told on 8 October: the notice is a follow-up to that one, review 4, D36.)
    expect(it).toContain('incidente di sicurezza avvenuto presso un fornitore che tratta dati per conto di Lumenta Srl');
    expect(it).not.toContain('avvenuto presso Lumenta Srl');
    for (const category of ['Dati anagrafici', 'Dati di contatto', 'Dati relativi a carte di pagamento']) expect(it, category).toContain(category);
    for (const example of ['(come', 'data di nascita', 'numero di telefono', 'indirizzo postale', 'Dati delle carte di pagamento']) expect(it, example).not.toContain(example);

    const en = await text('subject-notice', 'en', {
      'notice.whatHappened': 'The supplier that sends our e-mails was attacked.',
      'notice.updates': 'The supplier has confirmed that the access was closed.',
    });
    expect(en).toContain('security incident at a supplier that processes data on behalf of Lumenta Srl');
    expect(en).not.toContain('incident at Lumenta Srl');
    expect(en).toContain('Data relating to payment cards');
    for (const example of ['(such as', 'date of birth', 'postal address', 'Payment card data']) expect(en, example).not.toContain(example);
  });

  it('describes the categories in the notification to the authority the same way (section 7)', async () => {
    const it = await text('authority-notification', 'it', { ...INPUTS, 'notice.phase': 'preliminary' }, '2026-10-08');
    expect(it).toContain('Categorie di dati personali • Dati anagrafici • Dati di contatto • Dati relativi a carte di pagamento');
    for (const example of ['(come', 'data di nascita', 'indirizzo postale']) expect(it, example).not.toContain(example);
  });
});
