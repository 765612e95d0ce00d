import { getRequestDetail } from '../../core/requests/request-detail';
import { LANG_HELP, requireLangFlag } from '../cli-language';
import { vaultCliText } from '../cli-text';
import type { Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { detailLines, explanationTexts } from './request-format';

export const requestShow: Command = {
  path: ['request', 'show'],
  summary: 'Show one request: facts, both clocks explained, history',
  usage: 'request show REF [--lang en|it] --vault DIR [--json]',
  details: [LANG_HELP.trim(), '  (with --json, codes stay as stored; "language" and "text" add the status, explanations and history in --lang)'],
  options: { lang: { type: 'string' } },
  positionals: { min: 1, max: 1, names: ['REF'] },
  async run(ctx) {
    requireLangFlag(ctx.values.lang);
    const { detail, x } = await withUnlockedVault(ctx, async (session) => ({
      detail: await getRequestDetail(session.db(), ctx.positionals[0] as string, new Date()),
      x: await vaultCliText(ctx, session.db()),
    }));
    const text = {
      status: x.status('request', detail.status),
      explanations: explanationTexts(detail, x),
      history: detail.timeline.map((t) => ({ seq: t.seq, action: t.action, label: x.history(t.action) })),
    };
    ctx.print({ ...detail, language: x.language, text }, detailLines(detail, x));
  },
};
