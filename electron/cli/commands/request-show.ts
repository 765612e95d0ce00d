import { callChannelWithText } from '../call-channel';
import { requireLangFlag } from '../cli-language';
import type { Command } from '../command';
import { detailLines, explanationTexts } from './request-format';

export const requestShow: Command = {
  path: ['request', 'show'],
  usage: 'request show REF [--lang en|it] --vault DIR [--json]',
  options: { lang: { type: 'string' } },
  positionals: { min: 1, max: 1, names: ['REF'] },
  async run(ctx) {
    requireLangFlag(ctx.values.lang);
    const { value: detail, x } = await callChannelWithText(ctx, 'requests.get', { id: ctx.positionals[0] });
    const text = {
      status: x.status('request', detail.status),
      explanations: explanationTexts(detail, x),
      history: detail.timeline.map((t) => ({ seq: t.seq, action: t.action, label: x.history(t.action) })),
    };
    ctx.print({ ...detail, language: x.language, text }, detailLines(detail, x));
  },
};
