import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSummary, LetterPreview } from '../../electron/shared/document-contract';
import type { BreachDetail, NewBreach } from '../../electron/shared/breaches';
import { NOVENTIA_WITH_CONTACTS } from '../support/letter-vault';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * A notification to the authority or a notice to the people affected, finalised and recorded
 * as sent, reaches the breach register (Arts 33(5), 34): its phase, moment, channel and the
 * Garante's protocol number, so the register, the deadlines and every later notification
 * know of it. Before, only client notices and NIS2 reports did, and the register answered
 * "people told: no" after the notice had gone.
 */
const AWARE_AT = '2026-03-27T10:00:00+01:00';
const HOUR = 3_600_000;
const SECURITY = 'Passwords stored with bcrypt; TLS on every connection.';
const DISCOVERY = { 'breach.discoveryMethod': 'Login alerts from the identity provider.', 'breach.policeReport': 'No.' };

const BREACH: NewBreach = {
  title: 'Credential stuffing on the AxiLeads portal',
  awareAt: AWARE_AT,
  description: 'An attacker used passwords leaked elsewhere to log in to customer accounts.',
  cause: 'cyber-attack',
  discoveredAt: '2026-03-27T08:30:00+01:00',
  occurredFrom: '2026-03-25T22:00:00+01:00',
  occurredTo: '2026-03-27T09:15:00+01:00',
  systems: ['AxiLeads customer portal'],
  subjectCategories: ['customers'],
  recordsCount: 12_500,
  crossBorder: [],
  processors: [],
  facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: true, dataCategories: ['identity', 'contact', 'credentials'], subjects: 4800, establishments: ['IT'], affectedCountries: ['IT'] },
};

describe('a sent notice reaches the breach register', () => {
  const tmp = tempDir();
  let clock = Date.parse(AWARE_AT) + 30 * HOUR;
  const app = appOver(tmp.dir, () => new Date(clock));
  let breach: BreachDetail;

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }

  beforeAll(async () => {
    await app.session.create(PASSPHRASE);
    await call('settings.update', { changes: NOVENTIA_WITH_CONTACTS });
    breach = await call<BreachDetail>('breaches.create', { breach: BREACH });
    await call('breaches.decide', { id: breach.id, decision: { notifyAuthority: true, notifySubjects: true, rationale: 'Credentials of 4,800 customers in unknown hands' } });
    await call('breaches.addAction', { id: breach.id, action: { kind: 'containment', at: '2026-03-27T10:30:00+01:00', who: 'Security team', text: 'Forced a password reset on every affected account' } });
  });
  afterAll(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  it('the preliminary notification, sent through the portal with its protocol number, is the register’s, once', async () => {
    const document = await call<DocumentSummary>('documents.finalise', {
      caseType: 'breach',
      caseId: breach.id,
      kind: 'authority-notification',
      language: 'it',
      inputs: { 'notice.phase': 'preliminary', 'breach.securityMeasures': SECURITY, ...DISCOVERY },
      confirmLanguage: true,
    });
    await call('documents.sent', { documentId: document.id, sentOn: '2026-03-28', channel: 'portal', recipient: 'Garante', reference: 'GPDP-2026-0977' });
    const detail = await call<BreachDetail>('breaches.get', { id: breach.id });
    const authority = detail.notifications.filter((n) => n.recipient === 'authority');
    expect(authority).toHaveLength(1);
    expect(authority[0]).toMatchObject({ phase: 'preliminary', channel: 'online-procedure', reference: 'GPDP-2026-0977', delayReasons: null });
    expect(authority[0]?.summary).toContain('versione 1');
    expect(detail.timeline.map((t) => t.action)).toContain('breach.notification-added');
    // The same document sent again (a copy by PEC) is not a second notification.
    await call('documents.sent', { documentId: document.id, sentOn: '2026-03-28', channel: 'pec', recipient: 'Garante (copia)' });
    expect((await call<BreachDetail>('breaches.get', { id: breach.id })).notifications.filter((n) => n.recipient === 'authority')).toHaveLength(1);
  });

  it('the notice to the people, sent by e-mail, records the people told with the register’s count', async () => {
    clock = Date.parse(AWARE_AT) + 40 * HOUR;
    const document = await call<DocumentSummary>('documents.finalise', {
      caseType: 'breach',
      caseId: breach.id,
      kind: 'subject-notice',
      language: 'it',
      inputs: { 'notice.whatHappened': 'Qualcuno è entrato in alcuni account dei clienti con password sottratte altrove.' },
      confirmLanguage: true,
    });
    await call('documents.sent', { documentId: document.id, sentOn: '2026-03-29', channel: 'email', recipient: 'I clienti coinvolti' });
    const subjects = (await call<BreachDetail>('breaches.get', { id: breach.id })).notifications.filter((n) => n.recipient === 'subjects');
    expect(subjects).toHaveLength(1);
    expect(subjects[0]).toMatchObject({ channel: 'email', recipientsCount: 4800 });
  });

  async function complete(language: 'en' | 'it', inputs: Record<string, string>): Promise<{ missing: string[]; text: string }> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'authority-notification', language, inputs: { 'notice.phase': 'complete', 'breach.securityMeasures': SECURITY, ...DISCOVERY, 'breach.ongoing': 'No: it ended on 27 March 2026.', ...inputs } });
    if (!preview.pdfBase64) return { missing: preview.missing.map((m) => m.key), text: '' };
    const file = join(tmp.dir, `complete-${language}.pdf`);
    writeFileSync(file, Buffer.from(preview.pdfBase64, 'base64'));
    return { missing: preview.missing.map((m) => m.key), text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ') };
  }

  it('the complete notification says it completes the preliminary one (date, protocol), and why it comes after the date the register set', async () => {
    const onTime = await complete('it', {});
    expect(onTime.missing).toEqual([]);
    expect(onTime.text).toContain('La presente notifica completa la notifica preliminare inviata il 28 marzo 2026 alle ore');
    expect(onTime.text).toContain('(protocollo GPDP-2026-0977), ai sensi dell’art. 33, par. 4, GDPR.');
    expect(onTime.text).not.toContain('non erano disponibili prima');
    expect((await complete('en', {})).text).toContain('This notification completes the preliminary notification sent on 28 March 2026 at');

    // The register wants the complete notification 30 days after the preliminary one (27 April): dated 5 May it is late.
    clock = Date.parse('2026-05-05T09:00:00+02:00');
    expect((await complete('it', {})).missing).toEqual(['notice.completeDelayReasons']);
    const late = await complete('it', { 'notice.completeDelayReasons': 'Il fornitore ha consegnato l’analisi forense solo il 4 maggio.' });
    // Art. 33(4) sets no date for the later phases: the register's planning day is not cited to the authority (review 4, D33).
    expect(late.text).toContain('Le informazioni della presente notifica non erano disponibili prima (art. 33, par. 4, GDPR). Il fornitore ha consegnato l’analisi forense solo il 4 maggio.');
    expect(late.text).not.toContain('27 aprile 2026');
    expect(late.text).not.toContain('il nostro registro la prevedeva');
  });
});
