import { describeZodError } from '../../core/api/zod-issues';
import { namedIssue } from '../call-channel';
import { createBreach, getBreachDetail } from '../../core/breaches/register';
import { BREACH_CAUSES, newBreachSchema } from '../../shared/breaches';
import { UsageError, type Command } from '../command';
import { withWorkSession } from '../work-session';
import { authorityLine, clockText, inZone } from './breach-format';
import { clockLine } from './client-format';
import { inClockOrder } from './breach-order';
import { factLabel } from './breach-facts-format';
import { readFactsFile } from './read-facts-file';
import { msg } from '../../core/i18n';
import { vaultCliText } from '../cli-text';

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
  helpParams: { causes: BREACH_CAUSES.join(', ') },
  usage: 'breach add --title T --aware-at ISO|now [--description D] [--cause C] [--occurred-from ISO] [--occurred-to ISO] [--discovered-at ISO] [--facts FILE|-] [--clients ID,ID] [--processor-only] [--nis2] --vault DIR [--json]',
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
    if (awareAt === undefined) throw new UsageError(msg('msg.cli.usage.awareAt'));
    const clientIds = typeof v.clients === 'string' ? v.clients.split(',').map((id) => id.trim()).filter((id) => id !== '') : [];
    const hasRoles = clientIds.length > 0 || v['processor-only'] === true || v.nis2 === true || v['processor-reported-at'] !== undefined;
    const roles = { controllerSide: v['processor-only'] !== true, clientIds, processorReportedAt: v['processor-reported-at'], nis2Significant: v.nis2 === true };
    const period = { occurredFrom: v['occurred-from'], occurredTo: v['occurred-to'], discoveredAt: v['discovered-at'] };
    const parsed = newBreachSchema.safeParse({ title: v.title, awareAt, description: v.description, cause: v.cause, ...period, facts, ...(hasRoles ? { roles } : {}) });
    if (!parsed.success) throw new UsageError(namedIssue(describeZodError(parsed.error).issues));
    const detail = await withWorkSession(ctx, async (session) => {
      await vaultCliText(ctx, session.db());
      const now = new Date();
      const { id } = await createBreach(session.db(), parsed.data, session.actor, now);
      return getBreachDetail(session.db(), id, now);
    });
    const x = ctx.text();
    ctx.print(detail, [
      detail.roles.controllerSide
        ? x.t('msg.cli.breach.registered', { reference: detail.reference, deadline: inZone(detail.authorityDeadline, detail.timeZone, x), clock: clockText(detail, x) })
        : x.t('msg.cli.breach.registeredProcessor', { reference: detail.reference, authority: authorityLine(detail, x) }),
      detail.triage
        ? x.t('msg.cli.breach.triaged', { level: x.t(`msg.triage.level.${detail.triage.severity.level}`), risk: x.t(`msg.cli.triage.riskWords.${detail.triage.risk}`), reference: detail.reference })
        : x.t('msg.cli.breach.factsNeeded', { missing: detail.facts.missing.map((name) => factLabel(name, x)).join(', ') }),
      x.t('msg.cli.breach.clocks'),
      ...inClockOrder(detail.clocks).map((clock) => clockLine(clock, x, detail.timeZone)),
    ]);
  },
};
