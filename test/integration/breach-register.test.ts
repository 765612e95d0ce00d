import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli as runCommand } from '../support/cli';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { breachFactsSchema, triageBreach } from '../../electron/core/breaches/triage';
import type { BreachDetail, BreachFactsDraftInput, BreachPage } from '../../electron/shared/breaches';
import type { Channel } from '../../electron/shared/channels';
import type { Input, Output } from '../../electron/shared/contract';
import type { ApiError } from '../../electron/shared/result';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

const HOUR = 3_600_000;
/** Aware on the Friday before the EU's spring-forward night (29 March 2026). */
const AWARE_AT = '2026-03-27T10:00:00+01:00';
const AWARE_MS = Date.parse(AWARE_AT);

/** Authority yes, people no (the shape of EDPB case 02: ransomware, no backup, no exfiltration). */
const riskFacts = {
  confidentiality: 'none',
  integrity: 'none',
  availability: 'days',
  maliciousIntent: true,
  dataCategories: ['identity', 'contact', 'employment'],
  subjects: 40,
} satisfies BreachFactsDraftInput;
/** Authority and people (health data taken by an attacker). */
const highRiskFacts = {
  confidentiality: 'unknown-recipients',
  integrity: 'none',
  availability: 'days',
  maliciousIntent: true,
  dataCategories: ['identity', 'contact', 'health'],
  subjects: 4800,
} satisfies BreachFactsDraftInput;

const TITLE = 'Laptop of Marco Rossi stolen from his car';
const DESCRIPTION = 'Unencrypted laptop with the payroll export of Giulia Bianchi and colleagues';

describe('breach register over a real vault', () => {
  let tmp: ReturnType<typeof tempDir>;
  let app: ReturnType<typeof appOver>;
  let clock = AWARE_MS;
  const at = (hoursAfterAwareness: number) => (clock = AWARE_MS + hoursAfterAwareness * HOUR);

  beforeEach(async () => {
    tmp = tempDir();
    at(2);
    app = appOver(tmp.dir, () => new Date(clock));
    await app.session.create(PASSPHRASE);
    await app.handlers['settings.update']({ changes: { 'organisation.timeZone': 'Europe/Rome' } });
  });
  afterEach(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as Output<C>;
  }

  async function refusal<C extends Channel>(channel: C, input: Input<C>): Promise<ApiError> {
    const result = await app.dispatch(channel, input);
    if (result.ok) throw new Error(`${channel} was accepted`);
    return result.error;
  }

  /** For inputs the contract's types already rule out, to check the schema refuses them too. */
  async function rawRefusal(channel: Channel, input: unknown): Promise<ApiError> {
    const result = await app.dispatch(channel, input);
    if (result.ok) throw new Error(`${channel} was accepted`);
    return result.error;
  }

  const quickEntry = () => call('breaches.create', { breach: { title: TITLE, awareAt: AWARE_AT } });

  it('quick entry starts the clock: deadline exactly 72 hours after awareness, across the DST change', async () => {
    const breach = await quickEntry();
    expect(breach).toMatchObject({
      reference: 'B-2026-001',
      status: 'open',
      title: TITLE,
      description: '',
      awareAt: AWARE_AT,
      authorityDeadline: '2026-03-30T10:00:00+01:00',
      hoursLeft: 70,
      clock: 'running',
      urgency: 'none',
      notified: false,
      factsComplete: false,
      severity: null,
      triage: null,
      decision: null,
      timeZone: 'Europe/Rome',
      facts: { draft: { awareAt: AWARE_AT }, complete: null, missing: ['confidentiality', 'integrity', 'availability', 'maliciousIntent', 'dataCategories', 'subjects'] },
    });
    expect(Date.parse(breach.authorityDeadline) - AWARE_MS).toBe(72 * HOUR);
    expect(breach.transitions).toEqual([{ to: 'assessed', problem: { key: 'msg.error.breach.move.missingFacts', params: { missing: expect.arrayContaining([{ key: 'msg.triage.fact.confidentiality' }]) as unknown } } }]);
    expect(breach.timeline).toMatchObject([{ action: 'breach.created', toStatus: 'open', data: { reference: 'B-2026-001', authorityDeadline: breach.authorityDeadline, factsComplete: false } }]);

    expect((await quickEntry()).reference).toBe('B-2026-002');
    expect((await call('breaches.create', { breach: { title: 'New Year', awareAt: '2025-12-31T23:30:00-01:00' } })).reference).toBe('B-2025-001');

    at(49);
    expect(await call('breaches.get', { id: 'B-2026-001' })).toMatchObject({ hoursLeft: 23, clock: 'running', urgency: 'amber' });
    at(75.5);
    expect(await call('breaches.get', { id: breach.id })).toMatchObject({ hoursLeft: -3.5, clock: 'overdue', urgency: 'red' });
  });

  it('refuses a moment of awareness in the future or without an offset, and impossible dates', async () => {
    expect((await refusal('breaches.create', { breach: { title: 'x', awareAt: '2026-03-27T10:00:00' } })).issues?.[0]?.path).toBe('breach.awareAt');
    expect(await refusal('breaches.create', { breach: { title: 'x', awareAt: '2026-03-28T10:00:00+01:00' } })).toMatchObject({
      code: 'VALIDATION',
      message: 'The moment of awareness is in the future',
    });
    const before = await refusal('breaches.create', { breach: { title: 'x', awareAt: AWARE_AT, occurredFrom: '2026-03-26T10:00:00+01:00', occurredTo: '2026-03-25T10:00:00+01:00' } });
    expect(before.issues).toEqual([{ path: 'occurredTo', message: 'The breach cannot have ended before it began', detail: { key: 'msg.error.breach.endedBeforeBegun' } }]);
  });

  it('stores partial facts, triages them once complete, and lists the severity', async () => {
    const { id } = await quickEntry();
    let breach = await call('breaches.updateFacts', { id, facts: { confidentiality: 'unknown-recipients', subjects: 4800 } });
    expect(breach.facts).toMatchObject({ draft: { confidentiality: 'unknown-recipients', subjects: 4800 }, complete: null });
    expect(breach.facts.missing).toEqual(['integrity', 'availability', 'maliciousIntent', 'dataCategories']);
    expect(breach.facts.draft).not.toHaveProperty('identifiability');

    breach = await call('breaches.updateFacts', { id, facts: highRiskFacts });
    const expected = triageBreach(breachFactsSchema.parse({ ...highRiskFacts, awareAt: AWARE_AT }));
    expect(breach.triage).toEqual(expected);
    expect(breach.triage?.risk).toBe('high-risk');
    expect(breach.facts.complete).toMatchObject({ ...highRiskFacts, awareAt: AWARE_AT, identifiability: 'maximum' });
    expect(breach.triage?.reasons.length).toBeGreaterThan(0);

    const page = await call('breaches.list', {});
    expect(page).toMatchObject({ total: 1, timeZone: 'Europe/Rome', rows: [{ reference: 'B-2026-001', severity: expected.severity, risk: 'high-risk', factsComplete: true }] });

    const mismatch = await refusal('breaches.updateFacts', { id, facts: { ...highRiskFacts, awareAt: '2026-03-27T11:00:00+01:00' } });
    expect(mismatch).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'facts.awareAt' }] });
    const sameInstant = await call('breaches.updateFacts', { id, facts: { ...highRiskFacts, awareAt: '2026-03-27T09:00:00Z' } });
    expect(sameInstant.facts.draft.awareAt).toBe(AWARE_AT);
    const bad = await refusal('breaches.updateFacts', { id, facts: { subjects: 0 } });
    expect(bad).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'facts.subjects', message: 'must be at least 1' }] });
  });

  it('moving the moment of awareness moves the deadline and reruns the triage', async () => {
    const { id } = await call('breaches.create', { breach: { title: TITLE, awareAt: AWARE_AT, facts: riskFacts } });
    const moved = await call('breaches.update', { id, changes: { awareAt: '2026-03-27T08:00:00+01:00', cause: 'ransomware', crossBorder: ['FR'] } });
    expect(moved).toMatchObject({ authorityDeadline: '2026-03-30T08:00:00+01:00', cause: 'ransomware', crossBorder: ['FR'], hoursLeft: 68 });
    expect(moved.triage?.authorityDeadline).toBe('2026-03-30T08:00:00+01:00');
    expect(moved.timeline.at(-1)).toMatchObject({ action: 'breach.updated', data: { changed: ['cause', 'crossBorder', 'awareAt'], cause: 'ransomware', crossBorder: ['FR'] } });

    await call('breaches.addNotification', { id, notification: { recipient: 'authority', phase: 'preliminary', sentAt: '2026-03-27T11:00:00+01:00', summary: 'Notice' } });
    const afterNotice = await refusal('breaches.update', { id, changes: { awareAt: '2026-03-27T11:30:00+01:00' } });
    expect(afterNotice).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'awareAt', message: 'A notification was sent at 2026-03-27T11:00:00+01:00, before this moment of awareness' }] });
    const makesItLate = await refusal('breaches.update', { id, changes: { awareAt: '2026-03-24T10:00:00+01:00' } });
    expect(makesItLate.message).toMatch(/gives no reasons for the delay$/);
    expect((await call('breaches.update', { id, changes: { title: 'Same awareness, new title' } })).title).toBe('Same awareness, new title');
  });

  it('records the DPO decision next to the recommendation and flags it stale when the facts change', async () => {
    const { id } = await quickEntry();
    const early = await refusal('breaches.decide', { id, decision: { notifyAuthority: true, notifySubjects: false, rationale: 'Ransomware on the HR share' } });
    expect(early.code).toBe('VALIDATION');
    expect(early.message).toMatch(/^Complete the facts first/);

    await call('breaches.updateFacts', { id, facts: riskFacts });
    let breach = await call('breaches.decide', {
      id,
      decision: { notifyAuthority: true, notifySubjects: false, rationale: 'HR share encrypted by ransomware, no backup: availability lost for days' },
    });
    expect(breach.decision).toMatchObject({
      notifyAuthority: true,
      notifySubjects: false,
      art34Exemption: null,
      decidedBy: 'test',
      recommendation: breach.triage,
      followsRecommendation: true,
      stale: false,
    });
    expect(breach.status).toBe('open');
    expect(breach.transitions).toEqual([{ to: 'assessed', problem: null }]);

    breach = await call('breaches.updateFacts', { id, facts: highRiskFacts });
    expect(breach.decision).toMatchObject({ stale: true, recommendation: { risk: 'risk' } });
    expect((await refusal('breaches.transition', { id, transition: { to: 'assessed' } })).message).toMatch(/facts changed after your decision/);

    const noGround = await refusal('breaches.decide', { id, decision: { notifyAuthority: true, notifySubjects: false, rationale: 'People will not be told' } });
    expect(noGround).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'art34Exemption' }] });
    expect(noGround.message).toMatch(/Art\. 34\(1\)/);
    breach = await call('breaches.decide', {
      id,
      decision: { notifyAuthority: true, notifySubjects: false, art34Exemption: 'c', rationale: 'No contact details for most of them: public notice instead' },
    });
    expect(breach.decision).toMatchObject({ stale: false, followsRecommendation: false, art34Exemption: 'c' });
    expect(await refusal('breaches.decide', { id, decision: { notifyAuthority: true, notifySubjects: true, art34Exemption: 'a', rationale: 'Both at once' } })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'decision.art34Exemption' }],
    });
  });

  it('refuses a notification past 72 hours without the reasons for the delay, and accepts it with them', async () => {
    const { id } = await call('breaches.create', { breach: { title: TITLE, awareAt: AWARE_AT, facts: riskFacts } });
    at(90);
    const notification = {
      recipient: 'authority' as const,
      phase: 'preliminary' as const,
      sentAt: '2026-03-30T16:00:00+02:00',
      channel: 'online-procedure' as const,
      summary: 'Preliminary notice through the Garante online procedure',
    };
    const late = await refusal('breaches.addNotification', { id, notification });
    expect(late.code).toBe('VALIDATION');
    expect(late.message).toBe(
      'This notification was sent 77 hours after awareness, past the 72-hour deadline of 2026-03-30T10:00:00+01:00: Art. 33(1) requires the reasons for the delay',
    );
    expect(late.issues?.[0]?.path).toBe('delayReasons');

    const breach = await call('breaches.addNotification', {
      id,
      notification: { ...notification, reference: 'Prot. 123/2026', delayReasons: 'The forensic firm confirmed the scope only on Monday afternoon' },
    });
    expect(breach).toMatchObject({ notified: true, clock: 'notified-late', urgency: 'none', authorityNotifiedAt: notification.sentAt });
    expect(breach.notifications).toMatchObject([{ recipient: 'authority', phase: 'preliminary', late: true, hoursAfterAwareness: 77, reference: 'Prot. 123/2026' }]);

    const supplementary = await call('breaches.addNotification', {
      id,
      notification: { recipient: 'authority', phase: 'supplementary', sentAt: '2026-03-30T18:00:00+02:00', summary: 'Final list of systems', adds: 'The systems affected, now all known' },
    });
    expect(supplementary.notifications).toHaveLength(2);
    expect((await refusal('breaches.addNotification', { id, notification })).issues?.[0]).toMatchObject({ path: 'phase' });
    const beforeAware = await refusal('breaches.addNotification', {
      id,
      notification: { recipient: 'subjects', channel: 'email', recipientsCount: 40, sentAt: '2026-03-27T08:00:00+01:00', summary: 'Letter' },
    });
    expect(beforeAware.issues?.[0]?.path).toBe('sentAt');
  });

  it('needs no delay reasons for a notice within 72 hours, nor for later phases of it', async () => {
    const { id } = await call('breaches.create', { breach: { title: TITLE, awareAt: AWARE_AT, facts: riskFacts } });
    at(100);
    const supplementaryFirst = await refusal('breaches.addNotification', {
      id,
      notification: { recipient: 'authority', phase: 'supplementary', sentAt: '2026-03-28T10:00:00+01:00', summary: 'More' },
    });
    expect(supplementaryFirst.issues?.[0]?.path).toBe('phase');
    await call('breaches.addNotification', { id, notification: { recipient: 'authority', phase: 'preliminary', sentAt: '2026-03-28T10:00:00+01:00', summary: 'First' } });
    const later = await call('breaches.addNotification', {
      id,
      notification: { recipient: 'authority', phase: 'complete', sentAt: '2026-03-31T10:00:00+02:00', summary: 'Everything', adds: 'The categories of data and the final count' },
    });
    expect(later).toMatchObject({ clock: 'notified-in-time' });
    expect(later.notifications.map((n) => n.late)).toEqual([false, true]);
  });

  it('walks open → assessed → notified → closed and refuses every illegal move with its reason', async () => {
    const { id } = await call('breaches.create', { breach: { title: TITLE, awareAt: AWARE_AT, description: DESCRIPTION, facts: highRiskFacts } });
    expect(await refusal('breaches.transition', { id, transition: { to: 'notified' } })).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      message: 'A breach that is open cannot move to notified; next: assessed',
    });
    expect((await refusal('breaches.transition', { id, transition: { to: 'assessed' } })).message).toBe('Record your decision on notifying the authority and the people first');
    await call('breaches.decide', { id, decision: { notifyAuthority: true, notifySubjects: true, rationale: 'Health data of 4,800 patients taken by an attacker' } });
    expect((await call('breaches.transition', { id, transition: { to: 'assessed', reason: 'Triage reviewed with the CISO' } })).status).toBe('assessed');
    expect((await refusal('breaches.transition', { id, transition: { to: 'notified' } })).message).toMatch(/^Record the notification to the authority first/);

    await call('breaches.addAction', { id, action: { kind: 'containment', at: '2026-03-27T10:30:00+01:00', who: 'IT on call', text: 'Remote wipe requested' } });
    await call('breaches.addNotification', {
      id,
      notification: { recipient: 'authority', phase: 'complete', sentAt: '2026-03-27T11:30:00+01:00', summary: 'Notice to the Garante', reference: 'Prot. 7/2026' },
    });
    expect((await call('breaches.transition', { id, transition: { to: 'notified' } })).status).toBe('notified');
    expect(await rawRefusal('breaches.transition', { id, transition: { to: 'closed' } })).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'transition.reason' }] });
    expect((await refusal('breaches.transition', { id, transition: { to: 'closed', reason: 'Done' } })).message).toMatch(/tell the people affected/);
    await call('breaches.addNotification', {
      id,
      notification: { recipient: 'subjects', channel: 'letter', recipientsCount: 4800, sentAt: '2026-03-27T11:45:00+01:00', summary: 'Letter to each patient' },
    });
    const closed = await call('breaches.transition', { id, transition: { to: 'closed', reason: 'Device wiped; patients informed; no misuse seen' } });
    expect(closed).toMatchObject({ status: 'closed', transitions: [], subjectsNotified: true, clock: 'notified-in-time' });
    expect(closed.closedAt).toBe(new Date(clock).toISOString());
    expect(closed.timeline.at(-1)).toMatchObject({ action: 'breach.transition', fromStatus: 'notified', toStatus: 'closed', reason: 'Device wiped; patients informed; no misuse seen' });

    expect(await refusal('breaches.transition', { id, transition: { to: 'assessed' } })).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: 'The breach is closed; it cannot move to assessed' });
    expect((await refusal('breaches.updateFacts', { id, facts: riskFacts })).code).toBe('CONFLICT');
    expect((await refusal('breaches.addAction', { id, action: { kind: 'other', who: 'DPO', text: 'Late note' } })).code).toBe('CONFLICT');
  });

  it('goes to notified without a notice when the DPO decides the authority need not be told', async () => {
    const { id } = await call('breaches.create', { breach: { title: TITLE, awareAt: AWARE_AT, facts: { ...riskFacts, availability: 'hours', maliciousIntent: false } } });
    let breach = await call('breaches.get', { id });
    expect(breach.triage?.notifyAuthority).toBe(false);
    breach = await call('breaches.decide', { id, decision: { notifyAuthority: false, notifySubjects: false, rationale: 'Restored from backup within two hours; nobody affected' } });
    expect(breach).toMatchObject({ clock: 'not-required', urgency: 'none' });
    await call('breaches.transition', { id, transition: { to: 'assessed' } });
    expect((await call('breaches.transition', { id, transition: { to: 'notified' } })).status).toBe('notified');
  });

  it('audits every write in a verifiable chain that holds no title, description or other free text', async () => {
    const { id } = await call('breaches.create', { breach: { title: TITLE, awareAt: AWARE_AT, description: DESCRIPTION, systems: ['Payroll'], facts: highRiskFacts } });
    const rationale = 'Payroll of Giulia Bianchi and 4,799 others exposed';
    await call('breaches.update', { id, changes: { processors: ['Acme Hosting'], title: `${TITLE} (confirmed)` } });
    await call('breaches.decide', { id, decision: { notifyAuthority: true, notifySubjects: true, rationale } });
    await call('breaches.addAction', { id, action: { kind: 'remediation', who: 'Marco Rossi', text: 'Passwords of Giulia Bianchi reset' } });
    await call('breaches.addNotification', {
      id,
      notification: { recipient: 'subjects', channel: 'email', recipientsCount: 4800, sentAt: '2026-03-27T11:00:00+01:00', summary: 'Dear Giulia Bianchi, ...' },
    });
    await call('breaches.transition', { id, transition: { to: 'assessed', reason: 'Reviewed by Marco Rossi' } });

    const db = app.session.db();
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, firstBreak: null });
    const events = await db.selectFrom('audit_events').select(['action', 'data']).where('entity_type', '=', 'breach').orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual([
      'breach.created',
      'breach.updated',
      'breach.decided',
      'breach.action-added',
      'breach.notification-added',
      'breach.transition',
    ]);
    const all = events.map((e) => e.data).join('\n');
    for (const secret of [TITLE, 'Laptop', DESCRIPTION, 'Payroll', 'Acme', 'Giulia', 'Marco', 'Garante', 'Dear']) expect(all).not.toContain(secret);
    expect(JSON.parse(events[2]?.data ?? '{}')).toMatchObject({ reasonSha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string, notifySubjects: true });
    const history = await db.selectFrom('breach_history').select(['action', 'reason']).where('breach_id', '=', id).orderBy('id').execute();
    expect(history.find((h) => h.action === 'breach.decided')?.reason).toBe(rationale);
  });

  it('previews the triage of unsaved facts for the form, naming what is missing or wrong', async () => {
    expect(await call('breaches.triagePreview', { facts: { awareAt: AWARE_AT, subjects: 0 } })).toEqual({
      complete: false,
      missing: ['confidentiality', 'integrity', 'availability', 'maliciousIntent', 'dataCategories'],
      issues: [{ path: 'subjects', message: 'must be at least 1', detail: { key: 'msg.error.tooSmall', params: { minimum: 1 } } }],
      triage: null,
    });
    const full = await call('breaches.triagePreview', { facts: { ...riskFacts, awareAt: AWARE_AT } });
    expect(full).toMatchObject({ complete: true, missing: [], issues: [], triage: { risk: 'risk', authorityDeadline: '2026-03-30T10:00:00+01:00' } });
    const options = await call('reference.breachOptions', {});
    expect(options.facts.required).toEqual(['awareAt', 'confidentiality', 'integrity', 'availability', 'maliciousIntent', 'dataCategories', 'subjects']);
    expect(options.causes).toContain('ransomware');
  });

  it('filters and pages the register', async () => {
    for (const title of ['A', 'B', 'C']) await call('breaches.create', { breach: { title, awareAt: AWARE_AT } });
    await call('breaches.create', { breach: { title: 'Earlier, other offset', awareAt: '2026-03-27T09:30:00Z' } });
    const page: BreachPage = await call('breaches.list', { limit: 2, direction: 'asc' });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.title)).toEqual(['A', 'B']);
    expect((await call('breaches.list', { search: 'other' })).rows.map((r) => r.reference)).toEqual(['B-2026-004']);
    expect((await call('breaches.list', { status: ['closed'] })).total).toBe(0);
    const detail: BreachDetail = await call('breaches.get', { id: 'B-2026-004' });
    expect(detail.hoursLeft).toBe(70.5);
    expect((await refusal('breaches.get', { id: 'B-2026-999' })).code).toBe('NOT_FOUND');
  });
});

describe('breach CLI over a real vault', () => {
  let tmp: ReturnType<typeof tempDir>;
  let vault: string;
  beforeEach(() => {
    tmp = tempDir();
    vault = join(tmp.dir, 'vault');
  });
  afterEach(() => tmp.cleanup());

  const cli = (argv: string[]) => runCommand(argv, { env: { DPO_DESK_VAULT: vault } });

  it('adds a breach with facts, lists it and shows facts, triage, clock and decision', async () => {
    expect((await cli(['vault', 'init'])).code).toBe(0);
    const awareAt = new Date(Date.now() - 2 * HOUR).toISOString();
    const factsFile = join(tmp.dir, 'facts.json');
    writeFileSync(factsFile, JSON.stringify({ ...highRiskFacts, awareAt }));

    const add = await cli(['breach', 'add', '--title', TITLE, '--aware-at', awareAt, '--facts', factsFile, '--json']);
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    const added = JSON.parse(add.stdout) as BreachDetail;
    expect(added).toMatchObject({ reference: expect.stringMatching(/^B-\d{4}-001$/) as string, status: 'open', factsComplete: true, triage: { risk: 'high-risk' } });
    expect(Date.parse(added.authorityDeadline) - Date.parse(awareAt)).toBe(72 * HOUR);

    const quick = await cli(['breach', 'add', '--title', 'Misdirected e-mail', '--aware-at', 'now']);
    expect(quick.code).toBe(0);
    expect(quick.stdout).toMatch(/^Registered breach B-\d{4}-002: notify the authority by .* \(72\.0 h left\)\nFacts still needed for the triage: Confidentiality, /);

    const list = await cli(['breach', 'list', '--json']);
    expect((JSON.parse(list.stdout) as BreachPage).rows.map((r) => r.title)).toEqual(['Misdirected e-mail', TITLE]);
    const human = await cli(['breach', 'list', '--status', 'open']);
    expect(human.stdout).toContain(`${added.reference}  open      very-high  70.0 h left`);

    const show = await cli(['breach', 'show', added.reference]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain(`${added.reference}  open  ${TITLE}`);
    expect(show.stdout).toContain('Authority:  by ');
    expect(show.stdout).toContain('70.0 h left');
    expect(show.stdout).toMatch(/Triage: +severity [0-9.]+ \(very high, ENISA\), likely to result in a high risk to people/);
    expect(show.stdout).toContain('Decision:   none recorded yet');
    expect(show.stdout).toContain('Approximate number of people             4,800');
    const json = JSON.parse((await cli(['breach', 'show', added.reference, '--json'])).stdout) as BreachDetail;
    expect(json.id).toBe(added.id);

    const missing = await cli(['breach', 'add', '--title', 'x']);
    expect(missing).toMatchObject({ code: 2, stderr: 'Usage error: --aware-at is required: when you became aware of the breach (ISO 8601 with offset, or "now")\n' });
    const conflict = await cli(['breach', 'add', '--title', 'x', '--aware-at', '2026-01-01T00:00:00Z', '--facts', factsFile]);
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toMatch(/^Error: The facts say awareAt/);
    expect((await cli(['breach', 'show', 'B-1999-001'])).stderr).toBe('Error: There is no breach B-1999-001.\n');
  });
});
