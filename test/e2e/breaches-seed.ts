import type { Page } from '@playwright/test';
import { api, zone } from './page-api';

export { api, zone } from './page-api';

/** Helpers of the Breaches E2E tests: a register seeded at every stage. */
const HOUR = 3_600_000;

/** An instant `hours` before now, as an ISO string (UTC offset). */
export const hoursAgo = (hours: number, now = Date.now()): string => new Date(now - hours * HOUR).toISOString();

/** The facts of the journey: ransomware with exfiltration of customers' contact and payment-card data. */
export const ransomwareFacts = {
  confidentiality: 'unknown-recipients',
  integrity: 'none',
  availability: 'days',
  maliciousIntent: true,
  dataCategories: ['contact', 'payment-card'],
  subjects: 1200,
} as const;

/** A portal left open to the internet: identity and contact data of many customers, by mistake. */
const exposureFacts = {
  confidentiality: 'public',
  integrity: 'none',
  availability: 'none',
  maliciousIntent: false,
  dataCategories: ['identity', 'contact'],
  subjects: 5400,
} as const;

/** A misdirected e-mail to a trusted recipient who deleted it: unlikely to result in a risk. */
const misdirectedFacts = {
  confidentiality: 'known-recipients',
  integrity: 'none',
  availability: 'none',
  maliciousIntent: false,
  dataCategories: ['contact'],
  subjects: 1,
  recipientTrusted: true,
} as const;

interface Created {
  id: string;
  reference: string;
}

async function create(page: Page, title: string, awareHoursAgo: number, extra: Record<string, unknown> = {}): Promise<Created> {
  return api<Created>(page, 'breaches.create', { breach: { title, awareAt: hoursAgo(awareHoursAgo), ...extra } });
}

const decide = (page: Page, id: string, notifyAuthority: boolean, notifySubjects: boolean) =>
  api(page, 'breaches.decide', { id, decision: { notifyAuthority, notifySubjects, rationale: 'Decided on the triage and the facts known today.' } });

const notifyAuthority = (page: Page, id: string, sentHoursAgo: number, delayReasons?: string) =>
  api(page, 'breaches.addNotification', {
    id,
    notification: { recipient: 'authority', phase: 'preliminary', sentAt: hoursAgo(sentHoursAgo), channel: 'online-procedure', summary: 'Preliminary notification.', ...(delayReasons ? { delayReasons } : {}) },
  });

const move = (page: Page, id: string, to: 'assessed' | 'notified') => api(page, 'breaches.transition', { id, transition: { to } });

/**
 * Six breaches at different stages: past the 72 hours, in the last 24 hours (amber), triaged
 * and assessed, notified in time, notified late with the reasons, and not to be notified.
 */
export async function seedRegister(page: Page): Promise<void> {
  await create(page, 'Stolen laptop of a sales agent', 80, { cause: 'lost-stolen-device' });
  await create(page, 'Phishing on the HR mailbox', 60, { cause: 'cyber-attack' });

  const assessed = await create(page, 'Ransomware on the file server', 3, { cause: 'ransomware', facts: ransomwareFacts });
  await decide(page, assessed.id, true, true);
  await move(page, assessed.id, 'assessed');

  const inTime = await create(page, 'Ransomware at the logistics processor', 120, { cause: 'processor-incident', facts: ransomwareFacts });
  await decide(page, inTime.id, true, true);
  await move(page, inTime.id, 'assessed');
  await notifyAuthority(page, inTime.id, 90);
  await move(page, inTime.id, 'notified');

  const late = await create(page, 'Customer portal exposed by a misconfiguration', 240, { cause: 'human-error', facts: exposureFacts });
  await decide(page, late.id, true, true);
  await move(page, late.id, 'assessed');
  await notifyAuthority(page, late.id, 150, 'The extent of the exposure was only established after the forensic analysis of the logs.');
  await move(page, late.id, 'notified');

  const unlikely = await create(page, 'E-mail to the wrong colleague at a partner', 30, { cause: 'misdirected-communication', facts: misdirectedFacts });
  await decide(page, unlikely.id, false, false);
  await move(page, unlikely.id, 'assessed');
  await move(page, unlikely.id, 'notified');
}

/** How the page writes an instant: in the organisation's zone, weekday first (the browser's own CLDR data decides the punctuation). */
export function shownInstant(page: Page, instant: string): Promise<string> {
  return page.evaluate(
    ([value, timeZone]) =>
      new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
        Date.parse(value as string),
      ),
    [instant, zone] as const,
  );
}
