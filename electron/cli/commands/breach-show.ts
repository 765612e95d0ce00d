import { getBreachDetail } from '../../core/breaches/register';
import { LANG_HELP, requireLangFlag } from '../cli-language';
import { vaultCliText } from '../cli-text';
import type { Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { breachDetailLines, clockText, nextSteps } from './breach-format';

export const breachShow: Command = {
  path: ['breach', 'show'],
  summary: 'Show one breach: facts, triage, time left on the clock, decision, notifications',
  usage: 'breach show REF [--lang en|it] --vault DIR [--json]',
  details: [LANG_HELP.trim(), '  (with --json, codes stay as stored; "language" and "text" add the clock, reasons, next steps and history in --lang)'],
  options: { lang: { type: 'string' } },
  positionals: { min: 1, max: 1, names: ['REF'] },
  async run(ctx) {
    requireLangFlag(ctx.values.lang);
    const { detail, x } = await withUnlockedVault(ctx, async (session) => ({
      detail: await getBreachDetail(session.db(), ctx.positionals[0] as string, new Date()),
      x: await vaultCliText(ctx, session.db()),
    }));
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
