import { describe, expect, it } from 'vitest';
import type { NewRequest, Transition } from '../../shared/requests';
import type { DemoCall } from './demo-api';
import { demoRequestEvents } from './demo-requests';
import { seededRandom } from './seeded-random';

const REPETITION = 'Fourth identical request in three months; the previous answers still apply.';
const ACCESS_REASON = /data attached/;

/** The demo's requests and how each was closed, from its events run against a recorder in place of the API. */
async function closings(seed: number): Promise<{ request: NewRequest; closing: Extract<Transition, { to: 'responded' }> }[]> {
  const events = demoRequestEvents(seededRandom(seed), new Date('2026-12-04T08:00:00Z'), 400);
  const requests = new Map<string, NewRequest>();
  const found: { request: NewRequest; closing: Extract<Transition, { to: 'responded' }> }[] = [];
  const record = async (channel: string, input: unknown): Promise<unknown> => {
    if (channel === 'requests.create') {
      const id = `r${requests.size}`;
      requests.set(id, (input as { request: NewRequest }).request);
      return { id };
    }
    if (channel === 'requests.transition') {
      const { id, transition } = input as { id: string; transition: Transition };
      const request = requests.get(id);
      if (transition.to === 'responded' && request) found.push({ request, closing: transition });
    }
    return { id: 'doc', letterDate: '2026-01-01' };
  };
  for (const event of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) await event.run(record as unknown as DemoCall);
  return found;
}

/**
 * The demo's closings give each ground and outcome its own reason (review 7, G8): a repetition is
 * refused as manifestly excessive (Art. 12(5)), never under an exemption; an exemption is given
 * only to an erasure, with a reason under Art. 17(3)(b); an erasure, rectification or objection
 * answered in part never carries the access reason "Answered by e-mail with the data attached".
 */
describe('the demo’s closing reasons follow their ground and right (review 7, G8)', () => {
  it('never gives an exemption for a repetition, nor an access reason to another right', async () => {
    let exemptions = 0;
    for (const seed of [20_261_125, 7, 4242]) {
      const all = await closings(seed);
      const refusals = all.filter((c) => c.closing.outcome === 'refused' && c.closing.refusalGround !== 'identity-not-verified');
      expect(refusals.length, `seed ${seed}`).toBeGreaterThan(0);
      for (const { request, closing } of refusals) {
        if (closing.refusalGround === 'exemption') {
          expect(request.types, closing.reason).toContain('erasure');
          expect(closing.reason).toBe('The only data we hold about you are invoices, which tax law requires us to keep for ten years.');
          exemptions += 1;
        } else {
          expect(closing).toMatchObject({ refusalGround: 'manifestly-excessive', reason: REPETITION });
        }
      }
      for (const { request, closing } of all.filter((c) => c.closing.outcome === 'fulfilled' || c.closing.outcome === 'partially-fulfilled')) {
        const first = request.types[0];
        if (first !== 'access' && first !== 'know') expect(closing.reason, `${first} ${closing.outcome}`).not.toMatch(ACCESS_REASON);
      }
    }
    // The exemption is still shown, on the erasures it fits.
    expect(exemptions).toBeGreaterThan(0);
  });
});
