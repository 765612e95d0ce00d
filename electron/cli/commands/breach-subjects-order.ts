import { callChannelWithText } from '../call-channel';
import { UsageError, type Command } from '../command';
import { breachDetailLines } from './breach-format';
import { msg } from '../../core/i18n';

/** Records the supervisory authority's order to tell the people of a breach (Art. 34(4) GDPR), or removes it with --clear. */
export const breachSubjectsOrder: Command = {
  path: ['breach', 'subjects-order'],
  usage: 'breach subjects-order REF (--ordered-on YYYY-MM-DD [--reference R] | --clear) --vault DIR [--json]',
  options: { 'ordered-on': { type: 'string' }, reference: { type: 'string' }, clear: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: ['REF'] },
  async run(ctx) {
    const v = ctx.values;
    const orderedOn = v['ordered-on'];
    if (v.clear !== true && typeof orderedOn !== 'string') throw new UsageError(msg('msg.cli.usage.orderedOn'));
    const order = v.clear === true ? null : { orderedOn, reference: typeof v.reference === 'string' ? v.reference : null };
    const { value: detail, x } = await callChannelWithText(ctx, 'breaches.orderSubjects', { id: ctx.positionals[0], order });
    ctx.print(detail, breachDetailLines(detail, x));
  },
};
