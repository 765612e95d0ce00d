import { BREACH_CAUSES } from '../../shared/breaches';
import { callChannelWithText } from '../call-channel';
import { UsageError, type Command } from '../command';
import { breachDetailLines } from './breach-format';

/** A flag's value for a field that may be cleared: "none" clears it, absent leaves it. */
function cleared(value: unknown): Record<string, never> | { value: string | null } {
  if (typeof value !== 'string') return {};
  return { value: value.trim().toLowerCase() === 'none' ? null : value };
}

const FLAGS = { 'occurred-from': 'occurredFrom', 'occurred-to': 'occurredTo', 'discovered-at': 'discoveredAt', cause: 'cause' } as const;

export const breachEdit: Command = {
  path: ['breach', 'edit'],
  summary: 'Complete or correct the facts of a breach: when it happened, when it was discovered, title, description, cause (audited)',
  usage: 'breach edit REF [--occurred-from ISO] [--occurred-to ISO] [--discovered-at ISO] [--title T] [--description D] [--cause C] --vault DIR [--json]',
  details: [
    'Only the flags given change; "none" clears a date or the cause. Each change is audited on the breach.',
    '--occurred-from, --occurred-to  the period of the breach, ISO 8601 with offset (e.g. 2026-03-25T22:00:00+01:00);',
    '               the complete and supplementary notifications and the NIS2 final report need it',
    '--discovered-at when the breach was discovered (before or at awareness)',
    `--cause        ${BREACH_CAUSES.join(', ')}`,
    'Awareness moves the 72-hour clock and is not changed here.',
  ],
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
    if (Object.keys(changes).length === 0) throw new UsageError('Give at least one fact to change, such as --occurred-from 2026-03-25T22:00:00+01:00');
    const { value: detail, x } = await callChannelWithText(ctx, 'breaches.update', { id: ctx.positionals[0], changes });
    ctx.print(detail, breachDetailLines(detail, x));
  },
};
