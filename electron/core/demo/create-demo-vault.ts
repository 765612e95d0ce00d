import { createHandlers } from '../api/create-handlers';
import { createDispatch } from '../api/dispatch';
import { DAY_MS, demoApi, type DemoEvent } from './demo-api';
import { demoBreachEvents } from './demo-breaches';
import { DEMO_ORGANISATION } from './demo-organisation';
import { seedDemoClients } from './demo-clients';
import { seedDemoRegisters } from './demo-registers';
import { demoRequestEvents } from './demo-requests';
import { todayInZone } from '../deadlines';
import { seededRandom } from './seeded-random';

export interface DemoOptions {
  /** The demo's "today": the year of cases ends here. */
  now?: Date;
  requests?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Creates a vault filled with a realistic year of an Italian SaaS company's cases: varied
 * regimes and statuses, on-time, late and overdue requests, breaches at each severity with
 * notifications, and its clients as processor with a breach that runs every kind of clock. Every case goes through the real API at the moment it happened (the clock
 * is moved forward event by event), so the audit trail, deadlines and rules are all genuine.
 */
export async function createDemoVault(dir: string, passphrase: string, options: DemoOptions = {}): Promise<{ recoveryKey: string; requests: number; breaches: number }> {
  const now = options.now ?? new Date();
  let clock = now.getTime() - 400 * DAY_MS;
  const app = createHandlers({ vaultDir: dir, appVersion: 'demo', actor: 'demo', now: () => new Date(clock) });
  const call = demoApi(createDispatch(app.handlers));
  try {
    const { recoveryKey } = await call('vault.create', { passphrase });
    await call('settings.update', { changes: DEMO_ORGANISATION });
    const random = seededRandom(20_261_125);
    const requestEvents = demoRequestEvents(random, now, options.requests ?? 180);
    const breachEvents = demoBreachEvents(now);
    const events: DemoEvent[] = [...requestEvents, ...breachEvents].sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const [index, event] of events.entries()) {
      clock = Math.max(clock, event.at.getTime());
      await event.run(call);
      if (index % 50 === 49 || index === events.length - 1) options.onProgress?.(index + 1, events.length);
    }
    clock = now.getTime();
    const activities = await seedDemoRegisters(call, todayInZone(DEMO_ORGANISATION['organisation.timeZone'] ?? 'Europe/Rome', now));
    const access = await call('requests.list', { type: 'access', regime: ['gdpr'], limit: 5 });
    const concerned = ['Client accounts and service provision', 'Transactional e-mail', 'Customer support', 'Website and product analytics'].flatMap((n) => activities.get(n) ?? []);
    for (const row of access.rows) await call('registers.setCaseLinks', { caseType: 'request', caseId: row.id, activityIds: concerned, processorIds: [] });
    await seedDemoClients(call, activities, now);
    const counts = await call('requests.list', { limit: 1 });
    const breaches = await call('breaches.list', { limit: 1 });
    return { recoveryKey, requests: counts.total, breaches: breaches.total };
  } finally {
    await app.dispose();
  }
}
