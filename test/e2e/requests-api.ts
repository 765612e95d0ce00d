import { expect, type Page } from '@playwright/test';
import { addDays, todayInZone } from '../../electron/core/deadlines';
import type { Labels } from './steps';
import { vaultWith, zone } from './page-api';

export { api, zone } from './page-api';

/** Helpers of the Requests E2E tests: the organisation they run in, and requests made through the API. */
export const commitments = { responseDays: 30, complexResponseDays: 60, acknowledgeDays: null };

type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>>;

/** Creates `count` requests in one round trip, received `daysAgo(i)` days ago at 10:00 UTC. */
export async function seedRequests(page: Page, count: number, daysAgo: (i: number) => number): Promise<void> {
  const names = ['Giulia Bianchi', 'Marco Esposito', 'Sofia Romano', 'Luca Colombo', 'Chiara Ricci', 'Andrea Marino', 'Elena Greco', 'Paolo Bruno'];
  const types = [['access'], ['erasure'], ['access', 'portability'], ['rectification'], ['objection'], ['marketing-opt-out']];
  const requests = Array.from({ length: count }, (_, i) => ({
    regime: 'gdpr',
    types: types[i % types.length],
    receivedAt: `${addDays(todayInZone(zone), -daysAgo(i))}T10:00:00Z`,
    channel: i % 3 === 0 ? 'web-form' : 'email',
    subjectName: `${names[i % names.length]} ${i + 1}`,
    subjectEmail: `person${i + 1}@example.org`,
    complex: i % 7 === 0,
  }));
  const failures = await page.evaluate(async (all) => {
    const dpo = (globalThis as unknown as { dpo: Api }).dpo;
    const errors: string[] = [];
    for (let i = 0; i < all.length; i += 25) {
      const batch = await Promise.all(all.slice(i, i + 25).map((request) => dpo['requests.create']?.({ request })));
      for (const result of batch) if (!result?.ok) errors.push(result?.error?.message ?? 'no result');
    }
    return errors;
  }, requests);
  expect(failures).toEqual([]);
}

/**
 * A fresh vault with the organisation set up through the API (the journey test does it
 * through Settings). A 20-day promise makes requests received 21 to 27 days ago past the
 * organisation's commitment but never past the law's month: amber, on any day of the year.
 */
export async function vaultWithOrganisation(page: Page, labels?: Labels): Promise<void> {
  await vaultWith(page, { 'organisation.country': 'IT', 'organisation.timeZone': zone, 'commitments.responseDays': 20, 'commitments.complexResponseDays': 60 }, labels);
}

/** A civil date as the renderer shows it (the browser's own CLDR data decides the punctuation). */
export function shownDate(page: Page, date: string): Promise<string> {
  return page.evaluate((d) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(Date.UTC(y, m - 1, day));
  }, date);
}
