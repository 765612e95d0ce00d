import type { Kysely } from 'kysely';
import type { BreachRow, Database } from '../../../../db/schema';
import type {
  Art34Exemption,
  BreachDecision,
  BreachDetail,
  BreachFactsDraft,
  BreachNotification,
  MemberState,
  SubjectCategory,
} from '../../../shared/breaches';
import { breachClocksOf } from '../../clocks/breach-clocks-of';
import { readSettings } from '../../settings/settings-service';
import type { BreachFacts, TriageResult } from '../triage';
import { hoursBetween } from './breach-clock';
import { missingFacts } from './breach-facts-state';
import { allowedTransitions, transitionProblem } from './breach-lifecycle';
import { toSummary } from './breach-summary';
import { followsRecommendation, recommendationChanged } from './decision-rules';
import { followUpOf, readFollowUpPeriod } from './follow-up';
import { civilDateInZone } from '../../deadlines';
import { readJson, readJsonOrNull } from './json-columns';
import { lifecycleFactsOf } from './lifecycle-facts';
import { breachTimeline } from './breach-timeline';
import { loadBreach } from './load-breach';

function decisionOf(row: BreachRow, triage: TriageResult | null): BreachDecision | null {
  const recommendation = readJsonOrNull<TriageResult>(row.decision_recommendation);
  if (row.dpo_notify_authority === null || row.dpo_notify_subjects === null || recommendation === null) return null;
  const choice = { notifyAuthority: row.dpo_notify_authority === 1, notifySubjects: row.dpo_notify_subjects === 1 };
  return {
    ...choice,
    rationale: row.dpo_decision_rationale ?? '',
    art34Exemption: row.art34_exemption as Art34Exemption | null,
    decidedAt: row.decided_at ?? '',
    decidedBy: row.decided_by ?? '',
    recommendation,
    followsRecommendation: followsRecommendation(choice, recommendation),
    stale: recommendationChanged(recommendation, triage),
  };
}

async function notificationsOf(db: Kysely<Database>, row: BreachRow): Promise<BreachNotification[]> {
  const rows = await db.selectFrom('breach_notifications').selectAll().where('breach_id', '=', row.id).orderBy('id').execute();
  const aware = Date.parse(row.aware_at);
  const deadline = Date.parse(row.authority_deadline);
  return rows
    .map((n) => ({
      id: n.id,
      recipient: n.recipient,
      phase: n.phase,
      sentAt: n.sent_at,
      reference: n.reference,
      channel: n.channel,
      recipientsCount: n.recipients_count,
      summary: n.summary,
      delayReasons: n.delay_reasons,
      adds: n.adds,
      hoursAfterAwareness: hoursBetween(aware, Date.parse(n.sent_at)),
      late: n.recipient === 'authority' && Date.parse(n.sent_at) > deadline,
      createdAt: n.created_at,
    }))
    .sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt) || a.id - b.id);
}

/**
 * Everything about one breach: the record, the 72-hour clock read at `now`, the facts (as
 * entered and as triaged, with what is missing), the current recommendation with its
 * reasons beside the DPO's decision, the containment and remediation timeline, the
 * notifications, what each next step still needs, and the history with the reasons.
 */
export async function getBreachDetail(db: Kysely<Database>, idOrReference: string, now: Date): Promise<BreachDetail> {
  const row = await loadBreach(db, idOrReference);
  const settings = await readSettings(db);
  const notifications = await notificationsOf(db, row);
  const notices = notifications.map((n) => ({ recipient: n.recipient, phase: n.phase, sentAt: n.sentAt }));
  const actions = await db.selectFrom('breach_actions').selectAll().where('breach_id', '=', row.id).orderBy('at').orderBy('id').execute();
  const timeline = await breachTimeline(db, row.id);
  const triage = readJsonOrNull<TriageResult>(row.triage);
  const draft = readJson<BreachFactsDraft>(row.facts_draft);
  const lifecycle = lifecycleFactsOf(row, notices, actions.length);
  const timeZone = settings['organisation.timeZone'];
  const today = timeZone ? civilDateInZone(now, timeZone) : now.toISOString().slice(0, 10);
  const followUp = row.status === 'closed' ? null : followUpOf(notices, await readFollowUpPeriod(db), timeZone, today);
  const summary = toSummary(row, notices, now);
  const { roles, clocks } = await breachClocksOf(db, summary, settings, now);
  return {
    ...summary,
    roles,
    clocks,
    decision: decisionOf(row, triage),
    subjectsOrder: row.subjects_ordered_on ? { orderedOn: row.subjects_ordered_on, reference: row.subjects_order_reference } : null,
    now: now.toISOString(),
    timeZone: settings['organisation.timeZone'],
    description: row.description,
    discoveredAt: row.discovered_at,
    occurredFrom: row.occurred_from,
    systems: readJson<string[]>(row.systems),
    subjectCategories: readJson<SubjectCategory[]>(row.subject_categories),
    recordsCount: row.records_count,
    crossBorder: readJson<MemberState[]>(row.cross_border),
    otherAuthorities: readJson<string[]>(row.other_authorities),
    processors: readJson<string[]>(row.processors),
    facts: { draft: { ...draft, awareAt: row.aware_at }, complete: readJsonOrNull<BreachFacts>(row.facts), missing: missingFacts(draft) },
    triage,
    actions: actions.map((a) => ({ id: a.id, kind: a.kind, at: a.at, who: a.who, text: a.text, createdAt: a.created_at })),
    notifications,
    followUp,
    transitions: allowedTransitions(lifecycle.status).map((to) => ({ to, problem: transitionProblem(lifecycle, to) })),
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    timeline,
  };
}
