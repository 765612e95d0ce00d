import { callChannelWithText } from '../call-channel';
import { requireLangFlag } from '../cli-language';
import type { Command } from '../command';
import { breachDetailLines, clockText, nextSteps } from './breach-format';

export const breachShow: Command = {
  path: ['breach', 'show'],
  usage: 'breach show REF [--lang en|it] --vault DIR [--json]',
  options: { lang: { type: 'string' } },
  positionals: { min: 1, max: 1, names: ['REF'] },
  async run(ctx) {
    requireLangFlag(ctx.values.lang);
    const { value: detail, x } = await callChannelWithText(ctx, 'breaches.get', { id: ctx.positionals[0] });
    const text = {
      status: x.status('breach', detail.status),
      clock: clockText(detail, x),
      reasons: (detail.triage?.reasons ?? []).map((r) => r.messages.map((m) => x.text(m)).join(' ')),
      next: nextSteps(detail, x),
      history: detail.timeline.map((t) => ({ seq: t.seq, action: t.action, label: x.history(t.action) })),
    };
    ctx.print({ ...detail, language: x.language, text }, breachDetailLines(detail, x));
  },
};
