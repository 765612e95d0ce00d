import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommitmentBeyondLaw } from '../../electron/shared/commitment-check';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

describe('settings.commitmentCheck: the commitments as typed, judged against the law of the regimes handled', () => {
  let tmp: ReturnType<typeof tempDir>;
  let app: ReturnType<typeof appOver>;
  const now = Date.parse('2026-12-01T09:00:00Z');

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }
  const check = (input: Record<string, unknown>) =>
    call<CommitmentBeyondLaw[]>('settings.commitmentCheck', { responseDays: null, complexResponseDays: null, acknowledgeDays: null, ...input });
  const summary = (findings: CommitmentBeyondLaw[]) => findings.map((f) => `${f.commitment} ${f.regime} ${f.types.join('+')}`);

  beforeEach(async () => {
    tmp = tempDir();
    app = appOver(tmp.dir, () => new Date(now));
    await app.session.create(PASSPHRASE);
  });
  afterEach(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  it('judges nothing without a country or requests, then the home law of the country as typed, before it is saved', async () => {
    expect(await check({ responseDays: 30 })).toEqual([]);
    const italy = await check({ responseDays: 30, country: 'IT', subdivision: null });
    expect(summary(italy)).toEqual([`response gdpr ${italy[0]?.types.join('+')}`]);
    // The objection to marketing and the withdrawal of consent are due on receipt (Arts 21(3), 7(3)): no promise in days is compared with them.
    expect(italy[0]?.types).not.toContain('marketing-opt-out');
    expect(italy[0]).toMatchObject({ allTypes: true, legal: { amount: 1, unit: 'months', citationId: 'gdpr-art-12-3' }, datesTried: 366 });
    // And the finding says which types it does not cover, with the rules, so Settings can name them (review 4, D1).
    expect(italy[0]?.notApplied).toEqual({ types: ['consent-withdrawal', 'marketing-opt-out'], citationIds: ['gdpr-art-7-3', 'gdpr-art-21-3'] });
    // A commitment within the law for the types it applies to clears the warning: nothing is left to flag.
    expect(await check({ responseDays: 28, complexResponseDays: 84, acknowledgeDays: 2, country: 'IT', subdivision: null })).toEqual([]);
    // Tried from today in the zone (UTC until one is set): the first later date is the end of January.
    expect(italy[0]?.example).toEqual({ received: '2027-01-31', legalDate: '2027-03-01', commitmentDate: '2027-03-02' });
    expect(summary(await check({ responseDays: 30, country: 'US', subdivision: null }))).toEqual(['response ccpa opt-out', 'response ccpa limit']);
  });

  it('uses the saved country when none is typed, and adds every regime the requests were registered under', async () => {
    await call('settings.update', { changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome', 'commitments.responseDays': 30 } });
    expect(summary(await check({ responseDays: 28 }))).toEqual([]);
    await call('requests.create', { request: { regime: 'ccpa', types: ['opt-out'], receivedAt: '2026-11-30T10:00:00+01:00', channel: 'email', subjectName: 'Dana Reyes' } });
    expect(summary(await check({ responseDays: 30, acknowledgeDays: 15 }))).toEqual(['response gdpr access+portability+rectification+erasure+restriction+objection+automated-decision', 'acknowledge ccpa know+delete+correct', 'response ccpa opt-out', 'response ccpa limit']);
  });

  it('refuses a day count out of range with a clear error', async () => {
    const result = await app.dispatch('settings.commitmentCheck', { responseDays: 0, complexResponseDays: null, acknowledgeDays: null });
    expect(result.ok ? null : result.error.code).toBe('VALIDATION');
  });
});
