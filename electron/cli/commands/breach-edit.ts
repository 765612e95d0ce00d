import { BREACH_CAUSES } from '../../shared/breaches';
import { callChannelWithText } from '../call-channel';
import { UsageError, type Command } from '../command';
import { breachDetailLines } from './breach-format';
import { msg } from '../../core/i18n';

/** A flag's value for a field that may be cleared: "none" clears it, absent leaves it. */
function cleared(value: unknown): Record<string, never> | { value: string | null } {
  if (typeof value !== 'string') return {};
  return { value: value.trim().toLowerCase() === 'none' ? null : value };
}

const FLAGS = { 'occurred-from': 'occurredFrom', 'occurred-to': 'occurredTo', 'discovered-at': 'discoveredAt', cause: 'cause' } as const;

export const breachEdit: Command = {
  path: ['breach', 'edit'],
  helpParams: { causes: BREACH_CAUSES.join(', ') },
  usage: 'breach edit REF [--occurred-from ISO] [--occurred-to ISO] [--discovered-at ISO] [--title T] [--description D] [--cause C] --vault DIR [--json]',
  options: { 'occurred-from': { type: 'string' }, 'occurred-to': { type: 'string' }, 'discovered-at': { type: 'string' }, cause: { type: 'string' }, title: { type: 'string' }, description: { type: 'string' } },
  positionals: { min: 1, max: 1, names: ['REF'] },
  async run(ctx) {
    const v = ctx.values;
    const changes: Record<string, string | null> = {};
    for (const [flag, field] of Object.entries(FLAGS)) {
      const given = cleared(v[flag]);
      if ('value' in given) changes[field] = given.value;
    }
    if (typeof v.title === 'string') changes.title = v.title;
    if (typeof v.description === 'string') changes.description = v.description;
    if (Object.keys(changes).length === 0) throw new UsageError(msg('msg.cli.usage.atLeastOneFact'));
    const { value: detail, x } = await callChannelWithText(ctx, 'breaches.update', { id: ctx.positionals[0], changes });
    ctx.print(detail, breachDetailLines(detail, x));
  },
};
