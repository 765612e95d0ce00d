import type { ActionKind, AddBreachNotification, DecideBreach, NewBreach } from '../../shared/breaches';
import { DAY_MS, HOUR_MS, type DemoCall, type DemoEvent } from './demo-api';

/** Omit that keeps each member of a union apart. */
type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface BreachStory {
  /** Days before now that the DPO became aware. */
  awareDaysAgo: number;
  breach: Omit<NewBreach, 'awareAt'>;
  decision?: Omit<DecideBreach, 'decidedAt'>;
  /** Hours after awareness, and the notice. */
  notices?: { afterHours: number; notice: Without<AddBreachNotification, 'sentAt'> }[];
  /** Hours after awareness, and the containment or remediation step: a breach is closed only with one recorded (Art. 33(5)). */
  measures?: { afterHours: number; kind: ActionKind; who: string; text: string }[];
  close?: string;
}

const STORIES: BreachStory[] = [
  {
    awareDaysAgo: 290,
    breach: {
      title: 'Invoice e-mailed to the wrong customer',
      description: 'A support agent attached another customer’s invoice to a reply. The recipient, a business customer, confirmed deletion the same day.',
      cause: 'misdirected-communication', systems: ['Support desk'], subjectCategories: ['customers'], recordsCount: 1,
      facts: { confidentiality: 'known-recipients', integrity: 'none', availability: 'none', maliciousIntent: false, dataCategories: ['identity', 'contact', 'financial'], subjects: 1, recipientTrusted: true },
    },
    decision: { notifyAuthority: false, notifySubjects: false, rationale: 'One known, trusted recipient confirmed deletion in writing within hours: unlikely to result in a risk (EDPB 01/2021 case 16). Recorded in the register only.' },
    measures: [
      { afterHours: 3, kind: 'containment', who: 'Support team lead', text: 'Recipient asked to delete the invoice; deletion confirmed in writing the same day.' },
      { afterHours: 24 * 7, kind: 'remediation', who: 'Support team lead', text: 'Agent retrained; the support desk now checks an attachment against the ticket’s customer before sending.' },
    ],
    close: 'Agent retrained; invoice attachments now checked against the ticket’s customer.',
  },
  {
    awareDaysAgo: 210,
    breach: {
      title: 'Laptop stolen from a sales manager’s car',
      description: 'A company laptop with a full-disk-encrypted drive (BitLocker, TPM + PIN) was stolen. Remote wipe sent; the key was never on the device.',
      cause: 'lost-stolen-device', systems: ['Sales laptop'], subjectCategories: ['customers', 'prospects'], recordsCount: 800,
      facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: true, dataCategories: ['identity', 'contact'], subjects: 800, unintelligible: true },
    },
    decision: { notifyAuthority: false, notifySubjects: false, rationale: 'The data was encrypted to the state of the art and the key is safe; a backup exists: unlikely to result in a risk (EDPB 01/2021 case 10).' },
    measures: [{ afterHours: 2, kind: 'containment', who: 'IT', text: 'Remote wipe sent and the device’s certificates revoked.' }],
    close: 'Device wiped remotely; replacement issued.',
  },
  {
    awareDaysAgo: 150,
    breach: {
      title: 'Credential stuffing against customer accounts',
      description: 'Logins from a botnet with leaked passwords succeeded on 2,300 accounts. Sessions revoked and passwords reset; MFA offered to all users.',
      cause: 'cyber-attack', systems: ['Customer portal'], subjectCategories: ['customers'], recordsCount: 2300,
      facts: { confidentiality: 'unknown-recipients', integrity: 'recoverable', availability: 'none', maliciousIntent: true, dataCategories: ['identity', 'contact', 'credentials', 'behavioural'], subjects: 2300 },
    },
    decision: { notifyAuthority: true, notifySubjects: true, rationale: 'Accounts were taken over by an attacker: high risk of fraud and phishing for the people concerned (EDPB 01/2021 case 7).' },
    notices: [
      { afterHours: 30, notice: { recipient: 'authority', phase: 'preliminary', channel: 'online-procedure', reference: 'GPDP-2026-0412', summary: 'Preliminary notification: account takeover by credential stuffing, about 2,300 customers.' } },
      { afterHours: 40, notice: { recipient: 'subjects', channel: 'email', recipientsCount: 2300, summary: 'Your account was accessed by someone else; we reset your password. Use a unique password and turn on two-step login.' } },
      { afterHours: 24 * 12, notice: { recipient: 'authority', phase: 'complete', channel: 'online-procedure', reference: 'GPDP-2026-0412', summary: 'Complete notification with the final count and the measures taken.', adds: 'The final count of accounts taken over (2,300) and the measures taken since the preliminary notice.' } },
    ],
    measures: [
      { afterHours: 4, kind: 'containment', who: 'Security team', text: 'Sessions of the accounts taken over revoked and their passwords reset.' },
      { afterHours: 24 * 10, kind: 'remediation', who: 'Security team', text: 'Login rate limiting and breached-password checks in production; two-step login offered to all users.' },
    ],
    close: 'Rate limiting and breached-password checks in production; MFA adoption at 41%.',
  },
  {
    awareDaysAgo: 60,
    breach: {
      title: 'Ransomware at the e-mail delivery processor',
      description: 'The processor reported ransomware with exfiltration of a mailing database: names, e-mail addresses and the last four digits of payment cards of 12,400 customers.',
      cause: 'processor-incident', systems: ['E-mail delivery'], subjectCategories: ['customers'], recordsCount: 12400, processors: ['Mailer processor'], crossBorder: ['FR', 'DE'],
      facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'days', maliciousIntent: true, dataCategories: ['identity', 'contact', 'payment-card'], subjects: 12400 },
    },
    decision: { notifyAuthority: true, notifySubjects: true, rationale: 'Malicious exfiltration of contact and partial card data for over 10,000 people: high risk of phishing (EDPB 01/2021 case 4).' },
    notices: [
      { afterHours: 90, notice: { recipient: 'authority', phase: 'preliminary', channel: 'online-procedure', reference: 'GPDP-2026-0977', summary: 'Preliminary notification of the processor’s ransomware incident.', delayReasons: 'We decided to notify 20 hours after the processor told us, then waited for its forensic report to know which of our customers were affected; it came 86 hours after our awareness. We should have sent a preliminary notification within the 72 hours with what we knew (Art. 33(4)); our procedure now requires it.' } },
      { afterHours: 100, notice: { recipient: 'subjects', channel: 'email', recipientsCount: 12400, summary: 'Notice to customers: what happened, what data, and how to recognise phishing.' } },
    ],
  },
  {
    awareDaysAgo: 0.8,
    breach: {
      title: 'Support tickets viewed by a former contractor',
      description: 'A contractor whose access should have ended kept viewing support tickets for two weeks. Access revoked; logs under review.',
      cause: 'unauthorised-employee-access', systems: ['Support desk'], subjectCategories: ['customers'],
      facts: { confidentiality: 'known-recipients', integrity: 'none', availability: 'none', dataCategories: ['identity', 'contact', 'communications'] },
    },
  },
];

const iso = (ms: number) => new Date(ms).toISOString();

/** A handful of breaches at each severity and stage, as timed demo events. */
export function demoBreachEvents(now: Date): DemoEvent[] {
  const events: DemoEvent[] = [];
  for (const story of STORIES) {
    const aware = now.getTime() - story.awareDaysAgo * DAY_MS;
    let id = '';
    const at = (hours: number) => new Date(aware + hours * HOUR_MS);
    events.push({ at: at(0.2), run: async (call: DemoCall) => void ({ id } = await call('breaches.create', { breach: { ...story.breach, awareAt: iso(aware) } })) });
    if (story.decision) {
      const decision = story.decision;
      events.push({ at: at(20), run: async (call) => void (await call('breaches.decide', { id, decision })) });
      events.push({ at: at(20.5), run: async (call) => void (await call('breaches.transition', { id, transition: { to: 'assessed' } })) });
    }
    for (const { afterHours, notice } of story.notices ?? []) {
      events.push({ at: at(afterHours), run: async (call) => void (await call('breaches.addNotification', { id, notification: { ...notice, sentAt: iso(aware + afterHours * HOUR_MS) } })) });
    }
    for (const { afterHours, ...measure } of story.measures ?? []) {
      events.push({ at: at(afterHours), run: async (call) => void (await call('breaches.addAction', { id, action: { ...measure, at: iso(aware + afterHours * HOUR_MS) } })) });
    }
    if (story.decision) {
      events.push({ at: at(24 * 14), run: async (call) => void (await call('breaches.transition', { id, transition: { to: 'notified' } })) });
    }
    if (story.close) {
      const reason = story.close;
      events.push({ at: at(24 * 30), run: async (call) => void (await call('breaches.transition', { id, transition: { to: 'closed', reason } })) });
    }
  }
  return events.filter((event) => event.at.getTime() < now.getTime());
}
