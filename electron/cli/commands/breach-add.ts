import { describeZodError } from '../../core/api/zod-issues';
import { createBreach, getBreachDetail } from '../../core/breaches/register';
import { BREACH_CAUSES, newBreachSchema } from '../../shared/breaches';
import { UsageError, type Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { clockText, inZone } from './breach-format';
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
  usage: 'breach add --title T --aware-at ISO|now [--description D] [--cause C] [--facts FILE|-] --vault DIR [--json]',
  details: [
    '--aware-at     when you became aware of the breach, ISO 8601 with offset, e.g.',
    '               2026-03-27T10:00:00+01:00; "now" for this moment. May be left out when',
    '               the facts file has awareAt.',
    '--facts        the triage facts as JSON (as for `breach triage`), complete or partial',
    `--cause        ${BREACH_CAUSES.join(', ')}`,
  ],
  options: { title: { type: 'string' }, 'aware-at': { type: 'string' }, description: { type: 'string' }, cause: { type: 'string' }, facts: { type: 'string' } },
  async run(ctx) {
    const v = ctx.values;
    const facts = typeof v.facts === 'string' ? await readFactsFile(v.facts, ctx.readStdin) : undefined;
    const given = typeof v['aware-at'] === 'string' ? v['aware-at'] : undefined;
    const awareAt = given === 'now' ? wholeSecondNow() : (given ?? factsAwareAt(facts));
    if (awareAt === undefined) throw new UsageError('--aware-at is required: when you became aware of the breach (ISO 8601 with offset, or "now")');
    const parsed = newBreachSchema.safeParse({ title: v.title, awareAt, description: v.description, cause: v.cause, facts });
    if (!parsed.success) throw new UsageError(describeZodError(parsed.error).message);
    const detail = await withUnlockedVault(ctx, async (session) => {
      const now = new Date();
      const { id } = await createBreach(session.db(), parsed.data, session.actor, now);
      return getBreachDetail(session.db(), id, now);
    });
    ctx.print(detail, [
      `Registered breach ${detail.reference}: notify the authority by ${inZone(detail.authorityDeadline, detail.timeZone)} (${clockText(detail)})`,
      detail.triage
        ? `Triage: severity ${detail.triage.severity.level}, risk ${detail.triage.risk}; see \`breach show ${detail.reference}\``
        : `Facts still needed for the triage: ${detail.facts.missing.join(', ')}`,
    ]);
  },
};
