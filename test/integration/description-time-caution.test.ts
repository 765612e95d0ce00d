import { describe, expect, it } from 'vitest';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { LetterPreview } from '../../electron/shared/document-contract';
import { letterVault, NOVENTIA_WITH_CONTACTS, pdfText } from '../support/letter-vault';

/**
 * "When the breach occurred: not yet known" beside a description that says "for nine days"
 * (review 4, D9, D34): the notice is still written from the register's facts alone, with a
 * caution quoting the description's words, in both languages, until the period is recorded.
 */
describe('a description stating the time the register does not record (review 4, D9)', () => {
  const { tmp, call } = letterVault(new Date('2026-03-28T12:00:00+01:00'), NOVENTIA_WITH_CONTACTS);

  it('cautions on the notification while the period is unrecorded, and not once it is', async () => {
    const created = await call<BreachDetail>('breaches.create', {
      breach: { title: 'Exports bucket left public', awareAt: '2026-03-27T10:00:00+01:00', description: 'A bucket of CSV exports with names and e-mail addresses was readable without authentication for nine days. Access closed on discovery.' },
    });
    const preview = (language: 'en' | 'it') => call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: created.id, kind: 'authority-notification', language, inputs: { 'notice.phase': 'preliminary' } });
    const en = await preview('en');
    expect(pdfText(Buffer.from(en.pdfBase64 ?? '', 'base64'), tmp.dir)).toContain('When the breach occurred Not yet known: to follow in a later phase');
    expect(en.warnings.find((w) => w.code === 'description-states-time')?.message.en).toContain('yet the description seems to say it (“nine days”)');
    expect((await preview('it')).warnings.find((w) => w.code === 'description-states-time')?.message.it).toContain('ma la descrizione sembra indicarlo («nine days»)');
    // The kinds of data it names, while no category is recorded (review 4, D9, D34).
    expect(en.warnings.find((w) => w.code === 'description-states-data')?.message.en).toContain('yet the description seems to name some (“names, e-mail addresses”)');
    expect((await preview('it')).warnings.find((w) => w.code === 'description-states-data')?.message.it).toContain('ma la descrizione sembra nominarne alcune («names, e-mail addresses»)');
    await call('breaches.update', { id: created.id, changes: { occurredFrom: '2026-03-18T09:00:00+01:00', occurredTo: '2026-03-27T10:30:00+01:00' } });
    const recorded = (await preview('en')).warnings.map((w) => w.code);
    expect(recorded).not.toContain('description-states-time');
    expect(recorded).toContain('description-states-data');
    await call('breaches.updateFacts', { id: created.id, facts: { dataCategories: ['identity', 'contact'] } });
    expect((await preview('en')).warnings.map((w) => w.code)).not.toContain('description-states-data');
  });
});
