import type { NewRequest, Regime, RequestType, Transition } from '../../shared/requests';
import { DAY_MS, HOUR_MS, type DemoEvent } from './demo-api';
import { demoPerson } from './demo-people';
import type { Random } from './seeded-random';
import { hasImmediateType } from '../requests/immediate-types';
import { addDays } from '../../shared/pure/civil-date';

const GDPR_TYPES: [RequestType, number][] = [
  ['access', 35], ['erasure', 25], ['marketing-opt-out', 12], ['rectification', 10], ['objection', 8],
  ['portability', 5], ['restriction', 3], ['consent-withdrawal', 2],
];
const SYSTEMS = ['CRM', 'Billing (Stripe)', 'Support desk', 'Product database', 'E-mail delivery', 'Analytics', 'AWS backups'];

function weighted<T>(random: Random, items: [T, number][]): T {
  let roll = random.next() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll <= 0) return item;
  }
  return (items.at(-1) as [T, number])[0];
}

function regimeAndTypes(random: Random): { regime: Regime; types: RequestType[] } {
  const regime = weighted<Regime>(random, [['gdpr', 80], ['ccpa', 8], ['uk-gdpr', 7], ['lgpd', 5]]);
  if (regime === 'ccpa') return { regime, types: [random.pick<RequestType>(['know', 'delete', 'opt-out', 'know'])] };
  if (regime === 'lgpd') return { regime, types: ['access'] };
  const first = weighted(random, GDPR_TYPES);
  return { regime, types: first === 'access' && random.chance(0.15) ? ['access', 'portability'] : [first] };
}

/** A working-hours moment `daysAgo` days before `now`. */
function receivedAt(now: Date, daysAgo: number, random: Random): Date {
  const day = new Date(now.getTime() - daysAgo * DAY_MS);
  day.setUTCHours(random.int(7, 16), random.int(0, 59), 0, 0);
  return day;
}

type Step = { after: number; transition: Transition };

/** A closing of a request: its outcome and, for a refusal, its ground. */
type Closing = Extract<Transition, { to: 'responded' }>;

/**
 * A refusal whose ground follows its reason (review 7, G8): a repeated request is manifestly
 * excessive (Art. 12(5)); the exemption is given only to an erasure, for data the law requires
 * us to keep (Art. 17(3)(b)), never for a repetition. `exempt` is the demo's coin.
 */
function refusal(types: readonly RequestType[], exempt: boolean): Closing {
  if (exempt && types.includes('erasure')) {
    return { to: 'responded', outcome: 'refused', refusalGround: 'exemption', reason: 'The only data we hold about you are invoices, which tax law requires us to keep for ten years.' };
  }
  return { to: 'responded', outcome: 'refused', refusalGround: 'manifestly-excessive', reason: 'Fourth identical request in three months; the previous answers still apply.' };
}

/** What was done, in the words of the request's own right: an access reason only for access (review 7, G8). */
const DONE: Partial<Record<RequestType, { full: string; part: string }>> = {
  access: { full: 'Answered by e-mail with the data attached.', part: 'Answered by e-mail with the data attached; data about other people withheld.' },
  know: { full: 'Answered by e-mail with the data attached.', part: 'Answered by e-mail with the data attached; data about other people withheld.' },
  erasure: { full: 'Data erased from every system; confirmed by e-mail.', part: 'Account and marketing data erased; invoices kept for the ten years tax law requires.' },
  delete: { full: 'Personal information deleted; confirmed by e-mail.', part: 'Account data deleted; invoices kept for the years tax law requires.' },
  rectification: { full: 'Data corrected in every system; confirmed by e-mail.', part: 'Address corrected; the date of birth kept, as the document sent did not support the change.' },
  restriction: { full: 'Processing restricted; confirmed by e-mail.', part: 'Processing restricted, except storage needed for a pending claim.' },
  portability: { full: 'Data sent by e-mail in a machine-readable format (CSV).', part: 'Data the person provided sent by e-mail as CSV; data about other people withheld.' },
  'opt-out': { full: 'Sale and sharing of the personal information stopped; confirmed by e-mail.', part: 'Sharing with advertising partners stopped; sale to one partner still being ended.' },
  objection: { full: 'Processing for the purposes objected to stopped; confirmed by e-mail.', part: 'Profiling stopped; account security checks kept on compelling legitimate grounds.' },
};

/** The closing of a request answered in full or in part, its reason saying what was done for its first right. */
function answeredClosing(types: readonly RequestType[], full: boolean): Closing {
  const done = types[0] ? DONE[types[0]] : undefined;
  const reason = done ? (full ? done.full : done.part) : full ? 'Answered by e-mail.' : 'Answered in part by e-mail, with the reasons for the rest.';
  return { to: 'responded', outcome: full ? 'fulfilled' : 'partially-fulfilled', reason };
}

/**
 * An objection to direct marketing or a withdrawal of consent: acted on the day it arrives,
 * with no identity step (Arts 21(3), 7(3), 12(6)); a contact on none of our lists gets the
 * no-data-held answer.
 */
function immediatePlan(random: Random): Step[] {
  const roll = random.next();
  if (roll < 0.05) return [{ after: 0, transition: { to: 'withdrawn', reason: 'The person wrote that the request is no longer needed.' } }];
  if (roll < 0.15) return [{ after: 0, transition: { to: 'responded', outcome: 'no-data-held', reason: 'The contact is on none of our marketing lists or consent records.' } }];
  return [{ after: 0, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Removed from the marketing lists and consent records the same day.' } }];
}

/** The life a request will have lived by `now`, as moves after receipt (days). */
function plan(random: Random, regime: Regime, types: RequestType[]): Step[] {
  if (hasImmediateType(regime, types)) return immediatePlan(random);
  const noIdentity = regime === 'ccpa' && types.every((t) => t === 'opt-out');
  const verify: Step = { after: random.int(2, 6), transition: { to: 'in-progress', identity: { method: noIdentity ? 'account-login' : random.pick(['email-confirmation', 'account-login', 'id-document'] as const), outcome: noIdentity ? 'not-required' : 'verified' } } };
  const askIdentity: Step = { after: 1, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'The e-mail address is not linked to an account; asked for a copy of an identity document.' } };
  const steps: Step[] = [];
  const roll = random.next();
  if (roll < 0.05) return [{ after: random.int(1, 6), transition: { to: 'withdrawn', reason: 'The person wrote that the request is no longer needed.' } }];
  if (roll < 0.11) {
    return [askIdentity, { after: 26, transition: { to: 'responded', outcome: 'refused', refusalGround: 'identity-not-verified', reason: 'No reply to the identity request after two reminders.' } }];
  }
  if (!noIdentity && random.chance(0.35)) steps.push(askIdentity);
  steps.push(verify);
  const legalDays = regime === 'ccpa' ? (noIdentity ? 14 : 44) : regime === 'lgpd' ? 14 : 29;
  if (regime !== 'lgpd' && !noIdentity && random.chance(0.1)) {
    steps.push({ after: Math.min(legalDays - 2, random.int(15, 25)), transition: { to: 'extended', reason: 'The data is spread over several systems and two processors; collecting it takes longer.' } });
    steps.push({ after: random.int(legalDays + 10, legalDays * 2), transition: answeredClosing(types, true) });
    return steps;
  }
  const late = random.chance(0.06) ? random.int(2, 9) : 0;
  const respondAfter = late ? legalDays + late + 2 : random.int(Math.max(verify.after + 1, 5), legalDays - 1);
  const refused = random.chance(0.06);
  steps.push({
    after: respondAfter,
    transition: refused ? refusal(types, !random.chance(0.5)) : answeredClosing(types, random.chance(0.9)),
  });
  return steps;
}

/** The extension notice finalised (dated on the extension's day) and recorded as sent the next day, by e-mail. */
function extensionNoticeSent(id: () => string, at: Date, recipient: string): DemoEvent {
  return {
    at,
    run: async (call) => {
      const notice = await call('documents.finalise', { caseType: 'request', caseId: id(), kind: 'extension-notice', language: 'en' });
      await call('documents.sent', { documentId: notice.id, sentOn: addDays(notice.letterDate, 1), channel: 'email', recipient });
    },
  };
}

/** Ages (days) of requests left stuck in progress: past the law's month, or only past the 30-day promise. */
const STUCK_AGES = [48, 39, 35, 31, 30];

/** About `count` requests over the last year, each with its moves, as timed demo events. */
export function demoRequestEvents(random: Random, now: Date, count: number): DemoEvent[] {
  const events: DemoEvent[] = [];
  for (let i = 0; i < count; i++) {
    const stuck = i >= 12 && i < 12 + STUCK_AGES.length;
    const age = stuck ? (STUCK_AGES[i - 12] as number) : i < 12 ? random.int(0, 40) : random.int(3, 365);
    const received = receivedAt(now, age, random);
    if (received.getTime() > now.getTime() - HOUR_MS) received.setTime(now.getTime() - 2 * HOUR_MS);
    const { regime, types } = regimeAndTypes(random);
    const person = demoPerson(random);
    const request: NewRequest = {
      regime,
      types,
      receivedAt: received.toISOString(),
      channel: random.pick(['email', 'email', 'web-form', 'web-form', 'post', 'phone'] as const),
      subjectName: person.name,
      subjectEmail: person.email,
      description: types.includes('access') ? 'Asks for a copy of all personal data and how it is used.' : `Asks for ${types.join(' and ')}.`,
      systems: [random.pick(SYSTEMS), random.pick(SYSTEMS)].filter((s, k, all) => all.indexOf(s) === k),
      complex: random.chance(0.05),
    };
    let id = '';
    events.push({ at: new Date(received.getTime() + 10 * 60_000), run: async (call) => void ({ id } = await call('requests.create', { request })) });
    const steps = plan(random, regime, types);
    const taken = stuck ? steps.filter((s) => s.transition.to !== 'responded' && s.transition.to !== 'withdrawn') : steps;
    let extendedAt: Date | null = null;
    let answered = false;
    for (const step of taken) {
      const at = new Date(received.getTime() + step.after * DAY_MS + random.int(1, 5) * HOUR_MS);
      if (at.getTime() >= now.getTime()) continue;
      if (step.transition.to === 'extended') extendedAt = at;
      if (step.transition.to === 'responded') answered = true;
      events.push({ at, run: async (call) => void (await call('requests.transition', { id, transition: step.transition })) });
    }
    // An extension binds only once the person is told (Art. 12(3)): the requests answered after one had their notice sent the
    // day after it; one still open (2026-0136, the sixth review's case) has none recorded (review 6, F13).
    if (extendedAt && answered) events.push(extensionNoticeSent(() => id, new Date(extendedAt.getTime() + DAY_MS), person.name));
  }
  return events;
}
