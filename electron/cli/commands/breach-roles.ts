import { recordClientNotice, recordNis2Report } from '../../core/clients/breach-roles';
import { clientNoticeSchema, NIS2_STAGES, nis2ReportSchema } from '../../shared/clients';
import type { Command } from '../command';
import { withWorkSession } from '../work-session';
import { parseEntry } from './ropa-file';
import { inVaultLanguage } from '../cli-text';

export const breachNotifyClient: Command = {
  path: ['breach', 'notify-client'],
  usage: 'breach notify-client REF --client ID --sent-at ISO --channel C [--reference R] --vault DIR [--json]',
  positionals: { min: 1, max: 1, names: ['REF'] },
  options: { client: { type: 'string' }, 'sent-at': { type: 'string' }, channel: { type: 'string' }, reference: { type: 'string' } },
  async run(ctx) {
    const v = ctx.values;
    const input = parseEntry(clientNoticeSchema, { breachId: ctx.positionals[0], clientId: v.client, sentAt: v['sent-at'], channel: v.channel, reference: v.reference });
    const roles = await withWorkSession(ctx, (session) => inVaultLanguage(ctx, session.db(), () => recordClientNotice(session.db(), input, session.actor, new Date())));
    const client = roles.clients.find((c) => c.clientId === input.clientId);
    ctx.print(roles, ctx.text().t('msg.cli.breach.clientNotice', { client: client?.clientName ?? input.clientId, at: input.sentAt }));
  },
};

export const breachNis2Report: Command = {
  path: ['breach', 'nis2-report'],
  usage: `breach nis2-report REF --stage ${NIS2_STAGES.join('|')} --sent-at ISO [--reference R] --vault DIR [--json]`,
  positionals: { min: 1, max: 1, names: ['REF'] },
  options: { stage: { type: 'string' }, 'sent-at': { type: 'string' }, reference: { type: 'string' } },
  async run(ctx) {
    const v = ctx.values;
    const input = parseEntry(nis2ReportSchema, { breachId: ctx.positionals[0], stage: v.stage, sentAt: v['sent-at'], reference: v.reference });
    const roles = await withWorkSession(ctx, (session) => inVaultLanguage(ctx, session.db(), () => recordNis2Report(session.db(), input, session.actor, new Date())));
    ctx.print(roles, ctx.text().t('msg.cli.breach.nis2Report', { stage: ctx.text().t(`msg.cli.breach.nis2Stage.${input.stage}`), at: input.sentAt }));
  },
};
