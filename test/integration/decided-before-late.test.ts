import { describe, expect, it } from 'vitest';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { LetterPreview } from '../../electron/shared/document-contract';
import { letterVault, NOVENTIA_WITH_CONTACTS } from '../support/letter-vault';

/**
 * A first notification to the authority after the 72 hours, where the register records the
 * decision to notify taken within them (review 6, F11): a caution that the reasons for the delay
 * must answer for the hours after the decision, the controller's own from its awareness (Art.
 * 33(1); EDPB Guidelines 9/2022, paras 41–42), in both languages. None when the decision itself
 * came after the 72 hours, or when the notification is on time.
 */
const AWARE_AT = '2026-11-30T10:00:00+01:00';
const FACTS = { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: true, dataCategories: ['identity', 'contact'], subjects: 400, establishments: ['IT'], affectedCountries: ['IT'] } as const;

describe('a late notification after a timely decision to notify (review 6, F11)', () => {
  const { call } = letterVault(new Date('2026-12-03T16:00:00+01:00'), NOVENTIA_WITH_CONTACTS);
  const breach = (title: string) => call<BreachDetail>('breaches.create', { breach: { title, description: 'Customer records were copied by an attacker.', awareAt: AWARE_AT, cause: 'cyber-attack', subjectCategories: ['customers'], facts: FACTS } });
  const preview = (b: BreachDetail, language: 'en' | 'it') =>
    call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: b.id, kind: 'authority-notification', language, inputs: { 'notice.phase': 'preliminary', 'notice.delayReasons': 'We waited for the forensic report.' } });
  const decide = (b: BreachDetail, decidedAt: string) =>
    call('breaches.decide', { id: b.id, decision: { notifyAuthority: true, notifySubjects: true, rationale: 'Customer records copied by an attacker: high risk.', decidedAt } });

  it('cautions when the decision to notify came within the 72 hours and the notification after them', async () => {
    const timely = await breach('Customer database copied');
    await decide(timely, '2026-11-30T20:00:00+01:00');
    const en = (await preview(timely, 'en')).warnings.find((w) => w.code === 'decided-before-late');
    expect(en?.message.en).toContain('The breach register records the decision to notify the authority on 30 November 2026 at 20:00 CET (+01:00), before the 72 hours ran out on 3 December 2026 at 10:00 CET (+01:00)');
    expect(en?.message.en).toContain('EDPB Guidelines 9/2022, paras 41–42');
    const it = (await preview(timely, 'it')).warnings.find((w) => w.code === 'decided-before-late');
    // A later phase after the late first one repeats its reasons: no caution then.
    await call('breaches.addNotification', { id: timely.id, notification: { recipient: 'authority', phase: 'preliminary', sentAt: '2026-12-03T14:00:00+01:00', channel: 'online-procedure', summary: 'Preliminary notice', delayReasons: 'We waited for the forensic report.' } });
    const later = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: timely.id, kind: 'authority-notification', language: 'en', inputs: { 'notice.phase': 'supplementary', 'notice.changes': 'The count is final.' } });
    expect(later.warnings.map((w) => w.code)).not.toContain('decided-before-late');
    expect(it?.message.it).toContain('Il registro delle violazioni riporta la decisione di notificare all’autorità, presa in data 30 novembre 2026 alle ore 20:00 CET (+01:00), prima della scadenza delle 72 ore (3 dicembre 2026 alle ore 10:00 CET (+01:00))');
  });

  it('says nothing when the decision itself came after the 72 hours, or the notification went in time', async () => {
    const slow = await breach('Customer database copied, decided late');
    await decide(slow, '2026-12-03T12:00:00+01:00');
    expect((await preview(slow, 'en')).warnings.map((w) => w.code)).not.toContain('decided-before-late');
    const onTime = await breach('Customer database copied, notified in time');
    await decide(onTime, '2026-11-30T20:00:00+01:00');
    await call('breaches.addNotification', { id: onTime.id, notification: { recipient: 'authority', phase: 'preliminary', sentAt: '2026-12-01T09:00:00+01:00', channel: 'online-procedure', summary: 'Preliminary notice' } });
    const supplementary = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: onTime.id, kind: 'authority-notification', language: 'en', inputs: { 'notice.phase': 'supplementary' } });
    expect(supplementary.warnings.map((w) => w.code)).not.toContain('decided-before-late');
  });
});
