import { describeZodError } from '../../core/api/zod-issues';
import { createBreach, getBreachDetail } from '../../core/breaches/register';
import { BREACH_CAUSES, newBreachSchema } from '../../shared/breaches';
import { UsageError, type Command } from '../command';
import { withWorkSession } from '../work-session';
import { authorityLine, clockText, inZone } from './breach-format';
import { clockLine } from './client-format';
import { readFactsFile } from './read-facts-file';

function factsAwareAt(facts: unknown): string | undefined {
  if (typeof facts !== 'object' || facts === null || !('awareAt' in facts)) return undefined;
  return typeof facts.awareAt === 'string' ? facts.awareAt : undefined;
}

/** This moment to the second, in UTC: `2026-03-27T09:00:00Z`. */
function wholeSecondNow(): string {
  return new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export const breachAdd: Command = {
  path: ['breach', 'add'],
  summary: 'Register a breach and start its 72-hour clock (facts optional, triaged when complete)',
  usage: 'breach add --title T --aware-at ISO|now [--description D] [--cause C] [--occurred-from ISO] [--occurred-to ISO] [--discovered-at ISO] [--facts FILE|-] [--clients ID,ID] [--processor-only] [--nis2] --vault DIR [--json]',
  details: [
    '--aware-at     when you became aware of the breach, ISO 8601 with offset, e.g.',
    '               2026-03-27T10:00:00+01:00; "now" for this moment. May be left out when',
    '               the facts file has awareAt.',
    '--facts        the triage facts as JSON (as for `breach triage`), complete or partial',
    `--cause        ${BREACH_CAUSES.join(', ')}`,
    '--occurred-from, --occurred-to  the period of the breach (ISO 8601 with offset); later with `breach edit`',
    '--discovered-at when the breach was discovered (ISO 8601 with offset)',
    '--clients      ID,ID: clients whose data it touches (we are their processor; each gets its contract’s notice clock)',
    '--processor-only  the breach touches no data we hold as controller (no 72-hour authority clock for us)',
    '--processor-reported-at ISO  when a processor of ours reported it to us (our clock still starts at --aware-at)',
    '--nis2         a NIS2 significant incident (clocks shown when Settings say we are in scope)',
  ],
  options: {
    title: { type: 'string' },
    'aware-at': { type: 'string' },
    description: { type: 'string' },
    cause: { type: 'string' },
    'occurred-from': { type: 'string' },
    'occurred-to': { type: 'string' },
    'discovered-at': { type: 'string' },
    facts: { type: 'string' },
    clients: { type: 'string' },
    'processor-only': { type: 'boolean' },
    'processor-reported-at': { type: 'string' },
    nis2: { type: 'boolean' },
  },
  async run(ctx) {
    const v = ctx.values;
    const facts = typeof v.facts === 'string' ? await readFactsFile(v.facts, ctx.readStdin) : undefined;
    const given = typeof v['aware-at'] === 'string' ? v['aware-at'] : undefined;
    const awareAt = given === 'now' ? wholeSecondNow() : (given ?? factsAwareAt(facts));
    if (awareAt === undefined) throw new UsageError('--aware-at is required: when you became aware of the breach (ISO 8601 with offset, or "now")');
    const clientIds = typeof v.clients === 'string' ? v.clients.split(',').map((id) => id.trim()).filter((id) => id !== '') : [];
    const hasRoles = clientIds.length > 0 || v['processor-only'] === true || v.nis2 === true || v['processor-reported-at'] !== undefined;
    const roles = { controllerSide: v['processor-only'] !== true, clientIds, processorReportedAt: v['processor-reported-at'], nis2Significant: v.nis2 === true };
    const period = { occurredFrom: v['occurred-from'], occurredTo: v['occurred-to'], discoveredAt: v['discovered-at'] };
    const parsed = newBreachSchema.safeParse({ title: v.title, awareAt, description: v.description, cause: v.cause, ...period, facts, ...(hasRoles ? { roles } : {}) });
    if (!parsed.success) throw new UsageError(describeZodError(parsed.error).message);
    const detail = await withWorkSession(ctx, async (session) => {
      const now = new Date();
      const { id } = await createBreach(session.db(), parsed.data, session.actor, now);
      return getBreachDetail(session.db(), id, now);
    });
    ctx.print(detail, [
      detail.roles.controllerSide
        ? `Registered breach ${detail.reference}: notify the authority by ${inZone(detail.authorityDeadline, detail.timeZone)} (${clockText(detail)})`
        : `Registered breach ${detail.reference}: authority: ${authorityLine(detail)}`,
      detail.triage
        ? `Triage: severity ${detail.triage.severity.level}, risk ${detail.triage.risk}; see \`breach show ${detail.reference}\``
        : `Facts still needed for the triage: ${detail.facts.missing.join(', ')}`,
      'Clocks:',
      ...detail.clocks.map((clock) => clockLine(clock)),
    ]);
  },
};
