import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Activity, BreachRegisterFacts, Registers } from '../../shared/registers';
import { activitiesUsingSystems } from './access-inputs';
import { caseLinks } from './case-links';
import { loadRegisters } from './load-registers';

const unique = (items: string[]) => [...new Set(items)];

/** What a breach names: its linked activities and processors, and its systems. */
interface BreachNames {
  activityIds: readonly string[];
  processorIds: readonly string[];
  systems: readonly string[];
}

/** The activities a breach touches: those it names, those using its processors, those using its systems. */
function breachActivities(registers: Registers, named: BreachNames): Activity[] {
  const processorIds = new Set(named.processorIds);
  const chosen = new Map<string, Activity>();
  for (const a of registers.activities) {
    if (named.activityIds.includes(a.id) || a.processorIds.some((id) => processorIds.has(id))) chosen.set(a.id, a);
  }
  for (const a of activitiesUsingSystems(registers.activities, named.systems)) chosen.set(a.id, a);
  return [...chosen.values()];
}

/**
 * A starting point for a breach's triage facts from the register: the activities it names,
 * those using the systems it names, and those using the processors it names. Data
 * categories are the union of theirs; the number of people is the largest estimate among
 * them (a breach of one system touches at most that activity's people, and the same people
 * appear in several activities, so adding would overstate). Processors' contracts give
 * who must tell whom by when: a processor tells us within its contractual hours; where we
 * process on behalf of clients, we tell each controller (Art. 33(2)).
 */
export function breachFactsFrom(registers: Registers, named: BreachNames): BreachRegisterFacts {
  const processorIds = new Set(named.processorIds);
  const activities = breachActivities(registers, named);
  const estimates = activities.map((a) => a.subjectsEstimate).filter((n): n is number => n !== null);
  const processors = registers.processors.filter((p) => processorIds.has(p.id));
  const controllers = unique(activities.filter((a) => a.role === 'processor').flatMap((a) => a.controllers.map((c) => c.name)));
  return {
    dataCategories: unique(activities.flatMap((a) => a.breachCategories)),
    specialCategories: activities.some((a) => a.specialCategories),
    subjects: estimates.length > 0 ? Math.max(...estimates) : null,
    systems: unique([...named.systems, ...activities.flatMap((a) => a.systems)]),
    processors: processors.map((p) => p.name),
    duties: [
      ...processors.map((p) => ({ party: p.name, notifies: 'us' as const, hours: p.breachNoticeHours })),
      ...controllers.map((name) => ({ party: name, notifies: 'controller' as const, hours: null })),
    ],
  };
}

async function namesAndRegisters(db: Kysely<Database>, breachId: string): Promise<{ named: BreachNames; registers: Registers }> {
  const [links, breach, registers] = await Promise.all([
    caseLinks(db, 'breach', breachId),
    db.selectFrom('breaches').select('systems').where('id', '=', breachId).executeTakeFirst(),
    loadRegisters(db),
  ]);
  return { named: { ...links, systems: JSON.parse(breach?.systems ?? '[]') as string[] }, registers };
}

/** The register's facts for a breach, from what it names (its links and its systems). */
export async function breachRegisterFacts(db: Kysely<Database>, breachId: string): Promise<BreachRegisterFacts> {
  const { named, registers } = await namesAndRegisters(db, breachId);
  return breachFactsFrom(registers, named);
}

/**
 * The security measures (Art. 32) the register records for the activities a breach
 * touches, one line each ("Name: description"), in the register's order: what was in place
 * before the breach, as the notification to the authority asks.
 */
export async function breachSecurityMeasures(db: Kysely<Database>, breachId: string): Promise<string[]> {
  const { named, registers } = await namesAndRegisters(db, breachId);
  const ids = new Set(breachActivities(registers, named).flatMap((a) => a.measureIds));
  return registers.measures.filter((m) => ids.has(m.id)).map((m) => (m.description.trim() === '' ? m.name : `${m.name}: ${m.description.trim()}`));
}
